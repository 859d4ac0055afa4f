using System.Globalization;
using System.Text;

namespace HvLint.Cli.Tests.Corpus;

/// <summary>
/// A registry state as the oracle compares it: keys as lower-case paths under a root
/// ("machine\...", "user\...", "default\..."), each with its values as canonical text
/// ("REG_DWORD 5", "REG_SZ text", "REG_MULTI_SZ a\0b", "REG_BINARY 01 02").
/// </summary>
internal sealed class RegistryState
{
    private readonly Dictionary<string, Dictionary<string, string>> _keys = new(StringComparer.Ordinal);

    public IEnumerable<string> Keys => _keys.Keys;

    public RegistryState Clone()
    {
        var copy = new RegistryState();
        foreach (var (k, values) in _keys)
        {
            copy._keys[k] = new Dictionary<string, string>(values, StringComparer.Ordinal);
        }

        return copy;
    }

    public bool HasKey(string key) => _keys.ContainsKey(key);

    public IReadOnlyDictionary<string, string> Values(string key) =>
        _keys.TryGetValue(key, out var v) ? v : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Creates the key and its ancestors (a key exists when a descendant does).</summary>
    public Dictionary<string, string> CreateKey(string key)
    {
        var parts = key.Split('\\');
        Dictionary<string, string>? last = null;
        for (var i = 1; i <= parts.Length; i++)
        {
            var prefix = string.Join('\\', parts.Take(i));
            if (!_keys.TryGetValue(prefix, out last))
            {
                last = new Dictionary<string, string>(StringComparer.Ordinal);
                _keys[prefix] = last;
            }
        }

        return last!;
    }

    public void SetValue(string key, string name, string canonical) => CreateKey(key)[name] = canonical;

    public void DeleteValue(string key, string name)
    {
        if (_keys.TryGetValue(key, out var v))
        {
            v.Remove(name);
        }
    }

    public void DeleteAllValues(string key)
    {
        if (_keys.TryGetValue(key, out var v))
        {
            v.Clear();
        }
    }

    public void DeleteKey(string key)
    {
        foreach (var k in _keys.Keys.Where(k => k == key || k.StartsWith(key + "\\", StringComparison.Ordinal)).ToList())
        {
            _keys.Remove(k);
        }
    }

    /// <summary>
    /// Reads Wine's saved hives (system.reg: HKLM, user.reg: HKCU, userdef.reg: HKU\.DEFAULT).
    /// The format is Wine's own (server/registry.c: save_subkeys, dump_value).
    /// </summary>
    public static RegistryState LoadWinePrefix(string prefix)
    {
        var state = new RegistryState();
        state.LoadWineFile(Path.Combine(prefix, "system.reg"), "machine");
        state.LoadWineFile(Path.Combine(prefix, "user.reg"), "user");
        state.LoadWineFile(Path.Combine(prefix, "userdef.reg"), "default");
        return state;
    }

    private void LoadWineFile(string path, string root)
    {
        if (!File.Exists(path))
        {
            return;
        }

        Dictionary<string, string>? current = null;
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith('['))
            {
                var end = line.LastIndexOf(']');
                current = CreateKey(Normalize(root + "\\" + Unescape(line[1..end])));
                continue;
            }

            if (current is null || !(line.StartsWith('"') || line.StartsWith('@')))
            {
                continue;
            }

            // Hex data continues on the next lines after a trailing backslash.
            while (line.EndsWith('\\') && i + 1 < lines.Length)
            {
                line = line[..^1] + lines[++i].TrimStart();
            }

            string name;
            int pos;
            if (line[0] == '@')
            {
                name = "";
                pos = 1;
            }
            else
            {
                pos = ReadQuoted(line, 0, out name);
            }

            var data = line[(pos + 1)..]; // skip '='
            current[name.ToLowerInvariant()] = CanonicalFromWine(data);
        }
    }

    private static int ReadQuoted(string s, int start, out string value)
    {
        var sb = new StringBuilder();
        var i = start + 1;
        while (i < s.Length && s[i] != '"')
        {
            if (s[i] == '\\' && i + 1 < s.Length)
            {
                i++;
                switch (s[i])
                {
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case '0': sb.Append('\0'); break;
                    case 'a': sb.Append('\a'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'v': sb.Append('\v'); break;
                    case 'e': sb.Append('\u001b'); break;
                    case 'x':
                        var j = i + 1;
                        while (j < s.Length && j < i + 5 && Uri.IsHexDigit(s[j]))
                        {
                            j++;
                        }

                        sb.Append((char)int.Parse(s[(i + 1)..j], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i = j - 1;
                        break;
                    default: sb.Append(s[i]); break;
                }
            }
            else
            {
                sb.Append(s[i]);
            }

            i++;
        }

        value = sb.ToString();
        return i + 1;
    }

    private static string Unescape(string keyPath)
    {
        ReadQuoted("\"" + keyPath.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"", 0, out var v);
        return v;
    }

    private static string CanonicalFromWine(string data)
    {
        if (data.StartsWith('"'))
        {
            ReadQuoted(data, 0, out var s);
            return Canonical(1, s);
        }

        if (data.StartsWith("str(", StringComparison.Ordinal))
        {
            var close = data.IndexOf(')', StringComparison.Ordinal);
            var type = int.Parse(data[4..close], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            ReadQuoted(data, close + 2, out var s);
            return Canonical(type, s);
        }

        if (data.StartsWith("dword:", StringComparison.Ordinal))
        {
            return "REG_DWORD " + uint.Parse(data[6..], NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var t = data.StartsWith("hex(", StringComparison.Ordinal) ? int.Parse(data[4..data.IndexOf(')', StringComparison.Ordinal)], NumberStyles.HexNumber, CultureInfo.InvariantCulture) : 3;
        var bytes = data[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(b => byte.Parse(b.Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        return CanonicalBytes(t, bytes);
    }

    /// <summary>Canonical text of a value given as raw bytes of a registry type.</summary>
    public static string CanonicalBytes(int type, byte[] bytes) => type switch
    {
        1 or 2 or 7 => Canonical(type, Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1)),
        4 when bytes.Length == 4 => "REG_DWORD " + BitConverter.ToUInt32(bytes).ToString(CultureInfo.InvariantCulture),
        11 when bytes.Length == 8 => "REG_QWORD " + BitConverter.ToUInt64(bytes).ToString(CultureInfo.InvariantCulture),
        _ => TypeName(type) + " " + string.Join(' ', bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))),
    };

    /// <summary>Canonical text of a string-typed value: trailing NULs dropped; REG_MULTI_SZ as NUL-joined strings.</summary>
    public static string Canonical(int type, string s) => TypeName(type) + " " + s.TrimEnd('\0');

    public static string TypeName(int type) => type switch
    {
        0 => "REG_NONE",
        1 => "REG_SZ",
        2 => "REG_EXPAND_SZ",
        3 => "REG_BINARY",
        4 => "REG_DWORD",
        5 => "REG_DWORD_BIG_ENDIAN",
        6 => "REG_LINK",
        7 => "REG_MULTI_SZ",
        11 => "REG_QWORD",
        _ => "hex(" + type.ToString("x", CultureInfo.InvariantCulture) + ")",
    };

    /// <summary>Lower case, and Windows' ControlSet001 folded into CurrentControlSet (one key in Wine).</summary>
    public static string Normalize(string path)
    {
        var p = path.ToLowerInvariant();
        return p.Replace("\\system\\controlset001\\", "\\system\\currentcontrolset\\", StringComparison.Ordinal)
            .Replace("\\system\\controlset001", "\\system\\currentcontrolset", StringComparison.Ordinal);
    }
}
