using System.Globalization;
using System.Text;
using System.Text.Json;
using HvLint.TestKit;
using Xunit.Abstractions;

namespace HvLint.Cli.Tests.Corpus;

/// <summary>
/// The oracle: for every .reg and batch file of examples/ and tests/corpus/files/, what Wine's
/// regedit (or cmd.exe with reg.exe) leaves in its registry must equal what 'hvlint writes'
/// says for the writes that are unconditional and fully resolved. Writes HvLint marks as
/// conditional or computed at run time are not compared (Wine may or may not make them).
/// Differences that are understood are listed in <see cref="s_intended"/> with the reason;
/// the test fails on any other difference, and on a listed one that no longer happens.
/// Runs in CI (CI=true) and fails there if Wine is missing; elsewhere it skips without Wine.
/// </summary>
public sealed class WineOracleTests(ITestOutputHelper output)
{
    /// <summary>
    /// Differences between Wine and HvLint that are intended, by file and by the difference's
    /// text (as the failure message prints it), with the reason.
    /// </summary>
    private static readonly (string File, string Difference, string Reason)[] s_intended =
    [
        .. AtlasAdminCheck("tests/corpus/files/atlas/disable-vbs.cmd"),
        .. AtlasAdminCheck("tests/corpus/files/atlas/enable-vbs.cmd"),
        .. AtlasAdminCheck("tests/corpus/files/atlas/enable-all-mitigations.cmd"),
        .. AtlasAdminCheck("tests/corpus/files/atlas/set-windows-default-mitigations.cmd"),
        .. AtlasAdminCheck("tests/corpus/files/atlas/Mitigations_2.cmd"),
        ("tests/corpus/files/atlas/disable-drivers-from-windows-update.reg", "*",
            "UTF-8 with a byte-order mark: Wine's regedit rejects the header and imports nothing (HvLint warns HV0003) while HvLint reports the writes as a Windows regedit that accepts the file makes them"),
        ("tests/corpus/files/gamingpcsetup/GamingMinimalNoSvcs.reg", "*",
            "UTF-8 with a byte-order mark: Wine's regedit rejects the header and imports nothing (HvLint warns HV0003) while HvLint reports the writes as a Windows regedit that accepts the file makes them"),
    ];

    /// <summary>Files the oracle does not run, with the reason.</summary>
    private static readonly Dictionary<string, string> s_notRun = new(StringComparer.Ordinal)
    {
        ["tests/corpus/files/tairikuookami/windows-tweaks.bat"] = TairikuReason,
        ["tests/corpus/files/tairikuookami/windows-setup-1.bat"] = TairikuReason,
    };

    private const string TairikuReason =
        "a whole-machine setup script: thousands of sc, schtasks, takeown, netsh and download commands that need Windows or the network; "
        + "in Wine it runs for minutes or waits for ever, past the oracle's time budget";

    /// <summary>
    /// Keys Wine rewrites by itself (device class keys on every start; its own settings, and
    /// WineDbg's when a command crashes): ignored unless HvLint writes there.
    /// </summary>
    private static readonly string[] s_wineManaged =
    [
        "machine\\system\\currentcontrolset\\control\\class\\",
        "machine\\software\\wine",
        "user\\software\\wine",
    ];

    private static (string, string, string)[] AtlasAdminCheck(string file) =>
    [
        (file, "*", "Wine has no fltmc.exe, so the script's administrator check ('fltmc || exit /b') fails and it exits before writing; HvLint models a run as administrator, where fltmc succeeds"),
    ];

    [WineFact]
    public void Wine_leaves_exactly_the_registry_writes_hvlint_reports()
    {
        var files = OracleFiles().ToList();
        Assert.True(files.Count >= 20, "expected the examples' and the corpus' .reg and batch files");

        var wineExe = WinePrefix.FindWine();
        Assert.True(wineExe is not null, "CI=true but Wine is not installed; .ci/run installs it (apt-get install wine wine64).");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var wine = WinePrefix.Boot(wineExe);
        output.WriteLine($"wineboot: {clock.Elapsed.TotalSeconds:0.0} s");
        var template = wine.Template();

        // What Wine changes by itself on any run (timestamps of its own keys, device dates):
        // measured with an empty batch file and left out of every comparison.
        var empty = Path.Combine(Path.GetTempPath(), "hvlint-empty-" + Guid.NewGuid().ToString("N") + ".cmd");
        File.WriteAllText(empty, "@echo off\r\n");
        var noise = Diff(template, wine.Apply(empty).State).Select(d => d.Item).ToHashSet(StringComparer.Ordinal);
        File.Delete(empty);

        var report = new StringBuilder();
        var seenIntended = new HashSet<(string, string)>();
        foreach (var (display, full) in files)
        {
            if (s_notRun.TryGetValue(display, out var why))
            {
                output.WriteLine($"{display}: not run ({why})");
                continue;
            }

            clock.Restart();
            var (expected, uncertain, certain, touched) = Expected(template, full);
            var (actual, log) = wine.Apply(full);
            var differences = Compare(template, expected, actual)
                .Where(d => touched.Contains(d.Item) || !(noise.Contains(d.Item) || s_wineManaged.Any(m => d.Item.Contains(m, StringComparison.Ordinal))))
                .Where(d => !uncertain.Any(u => u.Covers(d.Item)))
                .ToList();
            output.WriteLine($"{display}: {certain} writes compared, {uncertain.Count} not (conditional or computed), {Diff(template, actual).Count(d => !noise.Contains(d.Item))} changes by Wine, {differences.Count} differences, {clock.Elapsed.TotalSeconds:0.0} s");
            foreach (var d in differences)
            {
                var intended = s_intended.FirstOrDefault(i => i.File == display && (i.Difference == "*" || d.Text.Contains(i.Difference, StringComparison.Ordinal)));
                if (intended.File is not null)
                {
                    seenIntended.Add((intended.File, intended.Difference));
                    continue;
                }

                report.Append(display).Append(": ").Append(d.Text).Append('\n');
            }

            if (differences.Count > 0 && report.Length > 0 && report.ToString().Contains(display + ": ", StringComparison.Ordinal))
            {
                report.Append("  (wine: ").Append(log.Trim().Replace("\n", "\n   ", StringComparison.Ordinal)).Append(")\n");
            }
        }

        foreach (var stale in s_intended.Where(i => !seenIntended.Contains((i.File, i.Difference))))
        {
            report.Append(stale.File).Append(": listed as an intended difference but no longer differs: ").Append(stale.Difference).Append('\n');
        }

        Assert.True(report.Length == 0, "Wine's registry differs from 'hvlint writes':\n" + report);
    }

    private static IEnumerable<(string Display, string Full)> OracleFiles()
    {
        string[] exts = [".reg", ".cmd", ".bat"];
        foreach (var root in new[] { RepoPaths.Combine("examples"), CorpusManifest.FilesRoot })
        {
            foreach (var f in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (exts.Contains(Path.GetExtension(f).ToLowerInvariant()))
                {
                    yield return (Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), f);
                }
            }
        }
    }

    /// <summary>The template with HvLint's unconditional, resolved writes applied in order, and the scopes of the other writes.</summary>
    private static (RegistryState Expected, List<Scope> Uncertain, int Certain, HashSet<string> Touched) Expected(RegistryState template, string file)
    {
        var r = CliRunner.Run(Path.GetDirectoryName(file)!, "writes", Path.GetFileName(file), "--format", "json");
        Assert.True(r.ExitCode == 0, file + ": hvlint writes failed: " + r);
        using var doc = JsonDocument.Parse(r.Stdout);
        var state = template.Clone();
        var uncertain = new List<Scope>();
        var certain = 0;
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in doc.RootElement.GetProperty("writes").EnumerateArray())
        {
            if (w.GetProperty("store").GetString() != "registry")
            {
                continue;
            }

            var op = w.GetProperty("operation").GetString()!;
            var fullKey = w.GetProperty("key").GetString();
            var view = w.GetProperty("view").GetString();
            var key = MapKey(fullKey, "default");
            if (key is not null && view != "default")
            {
                // reg.exe /reg:32 and /reg:64: whether a key is redirected to Wow6432Node or shared
                // (Software\Policies, Classes) is Windows' business, which Wine models with links.
                var wow = MapKey(fullKey, view);
                uncertain.Add(new Scope(key, op is "setValue" or "deleteValue" ? NameOf(w) : null, op == "deleteKey"));
                uncertain.Add(new Scope(wow, op is "setValue" or "deleteValue" ? NameOf(w) : null, op == "deleteKey"));
                continue;
            }

            if (fullKey is not null && key is null)
            {
                // HKCR is a merged view of two keys, other HKEY_USERS profiles do not exist in Wine:
                // such writes are not compared, and HKCR's may land in either Classes key.
                if (fullKey.StartsWith("HKEY_CLASSES_ROOT", StringComparison.OrdinalIgnoreCase))
                {
                    uncertain.Add(new Scope("machine\\software\\classes", null, true));
                    uncertain.Add(new Scope("user\\software\\classes", null, true));
                }

                continue;
            }

            var name = NameOf(w);
            var certainty = w.GetProperty("certainty");
            var resolved = certainty.EnumerateObject().All(c => c.Value.GetString() != "unresolved");
            var canonical = op == "setValue" ? CanonicalFromHvLint(w) : null;
            if (key is null || w.GetProperty("conditional").GetBoolean() || !resolved || (op == "setValue" && canonical is null))
            {
                uncertain.Add(new Scope(key, op is "setValue" or "deleteValue" ? name : null, op == "deleteKey"));
                continue;
            }

            certain++;
            touched.Add("key " + key);
            if (name is not null)
            {
                touched.Add($"value {key}\\\\{name}");
            }

            switch (op)
            {
                case "setValue": state.SetValue(key, name!, canonical!); break;
                case "deleteValue": state.DeleteValue(key, name!); break;
                case "createKey": state.CreateKey(key); break;
                case "deleteKey": state.DeleteKey(key); break;
                case "deleteAllValues": state.DeleteAllValues(key); break;
                default: throw new InvalidOperationException("unknown operation " + op);
            }
        }

        return (state, uncertain, certain, touched);
    }

    private static string? NameOf(JsonElement w) =>
        w.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.ToLowerInvariant() : null;

    /// <summary>Maps HvLint's full key to the oracle's root; null for hives Wine keeps elsewhere (HKCR merges two places).</summary>
    private static string? MapKey(string? key, string? view)
    {
        if (key is null)
        {
            return null;
        }

        var i = key.IndexOf('\\', StringComparison.Ordinal);
        var hive = i < 0 ? key : key[..i];
        var rest = i < 0 ? "" : key[(i + 1)..];
        string? mapped = hive.ToUpperInvariant() switch
        {
            "HKEY_LOCAL_MACHINE" => "machine",
            "HKEY_CURRENT_USER" => "user",
            "HKEY_USERS" when rest.StartsWith(".DEFAULT", StringComparison.OrdinalIgnoreCase) => "default" + rest[".DEFAULT".Length..],
            _ => null,
        };
        if (mapped is null)
        {
            return null;
        }

        if (hive.Equals("HKEY_USERS", StringComparison.OrdinalIgnoreCase))
        {
            rest = "";
        }

        // The 32-bit view of HKLM\SOFTWARE is its Wow6432Node (Wine does the same redirection).
        if (view == "32" && mapped == "machine" && rest.StartsWith("SOFTWARE\\", StringComparison.OrdinalIgnoreCase))
        {
            rest = "SOFTWARE\\Wow6432Node\\" + rest["SOFTWARE\\".Length..];
        }

        return RegistryState.Normalize(rest.Length == 0 ? mapped : mapped + "\\" + rest);
    }

    private static string? CanonicalFromHvLint(JsonElement w)
    {
        var type = w.GetProperty("type").GetString();
        var data = w.GetProperty("data");
        if (type is null || data.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var typeNumber = type switch
        {
            "REG_NONE" => 0,
            "REG_SZ" => 1,
            "REG_EXPAND_SZ" => 2,
            "REG_BINARY" => 3,
            "REG_DWORD" => 4,
            "REG_DWORD_BIG_ENDIAN" => 5,
            "REG_LINK" => 6,
            "REG_MULTI_SZ" => 7,
            "REG_QWORD" => 11,
            _ when type.StartsWith("hex(", StringComparison.Ordinal) => int.Parse(type[4..^1], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            _ => -1,
        };
        return data.ValueKind switch
        {
            JsonValueKind.Number => RegistryState.TypeName(typeNumber) + " " + data.GetRawText(),
            JsonValueKind.Array => RegistryState.Canonical(typeNumber, string.Join('\0', data.EnumerateArray().Select(s => s.GetString()))),
            JsonValueKind.String when typeNumber is 1 or 2 or 7 => RegistryState.Canonical(typeNumber, data.GetString()!),
            JsonValueKind.String => RegistryState.CanonicalBytes(
                typeNumber,
                data.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => byte.Parse(b, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray()),
            _ => null,
        };
    }

    /// <summary>Everything that differs between two states: key existence and values.</summary>
    private static List<Difference> Diff(RegistryState a, RegistryState b) => Compare(a, a, b);

    /// <summary>
    /// Compares expected and actual over what either of them changed from the template; each
    /// difference names the key (and value) and both sides.
    /// </summary>
    private static List<Difference> Compare(RegistryState template, RegistryState expected, RegistryState actual)
    {
        var keys = expected.Keys.Concat(actual.Keys).Concat(template.Keys).Distinct(StringComparer.Ordinal);
        var result = new List<Difference>();
        foreach (var k in keys)
        {
            bool inE = expected.HasKey(k), inA = actual.HasKey(k);
            if (inE != inA)
            {
                result.Add(new Difference("key " + k, $"key {k}: hvlint {(inE ? "creates or keeps it" : "deletes it or never creates it")}, Wine {(inA ? "has it" : "has not")}"));
                continue;
            }

            if (!inE)
            {
                continue;
            }

            var ev = expected.Values(k);
            var av = actual.Values(k);
            foreach (var name in ev.Keys.Concat(av.Keys).Distinct(StringComparer.Ordinal))
            {
                var e = ev.GetValueOrDefault(name);
                var a = av.GetValueOrDefault(name);
                if (e != a)
                {
                    result.Add(new Difference($"value {k}\\\\{name}", $"value {k} \"{name}\": hvlint {Show(e)}, Wine {Show(a)}"));
                }
            }
        }

        return result;
    }

    private static string Show(string? canonical) => canonical is null ? "(none)" : "'" + canonical.Replace("\0", "\\0", StringComparison.Ordinal) + "'";

    /// <summary>One difference: a stable item id (key or value) and a text for people.</summary>
    private sealed record Difference(string Item, string Text);

    /// <summary>Where an uncertain write may have changed things: a key (null: anywhere), a value name (null: any), the subtree for deletes.</summary>
    private sealed record Scope(string? Key, string? Name, bool Subtree)
    {
        public bool Covers(string item)
        {
            if (Key is null)
            {
                return true;
            }

            if (item.StartsWith("key ", StringComparison.Ordinal))
            {
                var k = item[4..];

                // Setting a value creates the key and its ancestors; deleting a key removes its subtree.
                return k == Key || Key.StartsWith(k + "\\", StringComparison.Ordinal) || (Subtree && k.StartsWith(Key + "\\", StringComparison.Ordinal));
            }

            var v = item[6..];
            var sep = v.IndexOf("\\\\", StringComparison.Ordinal);
            var vk = v[..sep];
            var vn = v[(sep + 2)..];
            return (vk == Key && (Name is null || Name == vn)) || (Subtree && vk.StartsWith(Key + "\\", StringComparison.Ordinal));
        }
    }
}

/// <summary>
/// A fact that needs Wine. Without Wine it is skipped on a developer machine, but never in CI:
/// with CI=true it runs and fails, so the oracle cannot silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WineFactAttribute : FactAttribute
{
    public WineFactAttribute()
    {
        if (WinePrefix.FindWine() is null && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = "Wine is not installed (apt-get install --no-install-recommends wine wine64); the Wine oracle runs in CI, where it is required.";
        }
    }
}
