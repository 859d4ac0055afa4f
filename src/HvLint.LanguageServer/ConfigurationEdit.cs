using System.Text;
using HvLint.Core.Configuration;

namespace HvLint.LanguageServer;

/// <summary>
/// The "Disable HVnnnn in hvlint.json" action: the smallest edit of the configuration file that
/// applies to a document (found as <c>hvlint check</c> finds it) that turns a rule off for it,
/// keeping the rest of the file as written; or a new hvlint.json when none applies.
/// </summary>
internal static class ConfigurationEdit
{
    /// <summary>
    /// The edits of <paramref name="text"/> (the configuration's file) that set the rule to
    /// "off" where it decides for <paramref name="file"/>: in the last matching <c>overrides</c>
    /// entry that sets the rule (it would win over the top level), else in the top-level
    /// <c>rules</c>, which is added when missing. Null when the text cannot be read as JSON.
    /// </summary>
    public static IReadOnlyList<(int Start, int End, string NewText)>? Disable(string text, HvLintConfiguration configuration, string file, string ruleId, RuleIndex rules)
    {
        if (JsonScanner.Parse(text) is not { Kind: JsonKind.Object } root)
        {
            return null;
        }

        var eol = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var relative = configuration.RelativePath(file);
        JsonNode? target = null;
        if (root["overrides"] is { Kind: JsonKind.Array } overrides && overrides.Items.Count == configuration.Overrides.Count)
        {
            for (var i = configuration.Overrides.Count - 1; i >= 0 && target is null; i--)
            {
                var o = configuration.Overrides[i];
                if (o.Files.Any(g => g.IsMatch(relative)) && o.Rules.Any(r => r.RuleIds.Contains(ruleId, StringComparer.OrdinalIgnoreCase)))
                {
                    target = overrides.Items[i]["rules"];
                }
            }
        }

        var property = $"\"{ruleId}\": \"off\"";
        target ??= root["rules"];
        if (target is null)
        {
            return Insert(text, root, $"\"rules\": {{ {property} }}", eol);
        }

        if (target.Kind != JsonKind.Object)
        {
            return null;
        }

        // The rule already named there (by ID or name): its severity becomes "off".
        var named = target.Properties.Where(p => rules.Find(p.Name)?.Id == ruleId).ToList();
        if (named.Count > 0)
        {
            return [.. named.Select(p => (p.Value.Start, p.Value.End, "\"off\""))];
        }

        return Insert(text, target, property, eol);
    }

    /// <summary>The text of a new hvlint.json that turns the rule off.</summary>
    public static string NewFile(string ruleId) =>
        "{\n  \"$schema\": \"https://hvlint.dev/schemas/hvlint.schema.json\",\n  \"rules\": {\n    \"" + ruleId + "\": \"off\"\n  }\n}\n";

    // Adds a property after the object's last one, on a line of its own with the same
    // indentation when the object is written over several lines, else on the same line.
    private static List<(int, int, string)> Insert(string text, JsonNode obj, string property, string eol)
    {
        if (obj.Properties.Count == 0)
        {
            return [(obj.Start + 1, obj.End - 1, " " + property + " ")];
        }

        var last = obj.Properties[^1];
        var lineStart = text.LastIndexOfAny(['\r', '\n'], Math.Max(0, last.NameStart - 1)) + 1;
        var sameLine = text.AsSpan(obj.Start, last.NameStart - obj.Start).IndexOfAny('\r', '\n') < 0;
        if (sameLine)
        {
            return [(last.Value.End, last.Value.End, ", " + property)];
        }

        var line = text[lineStart..last.NameStart];
        var indent = line[..(line.Length - line.TrimStart().Length)];

        // The new entry goes on the next line, after a trailing comma and a comment that end
        // the last entry's line, which stay with it; it ends with a comma when the last one did.
        var valueEnd = last.Value.End;
        var at = SkipSpaces(text, valueEnd);
        var trailingComma = at < text.Length && text[at] == ',';
        if (trailingComma)
        {
            at = SkipSpaces(text, at + 1);
        }

        if (text.AsSpan(at).StartsWith("//"))
        {
            var end = text.AsSpan(at).IndexOfAny('\r', '\n');
            at = end < 0 ? text.Length : at + end;
        }
        else if (text.AsSpan(at).StartsWith("/*") && text.IndexOf("*/", at + 2, StringComparison.Ordinal) is var close and >= 0
            && text.AsSpan(at, close - at).IndexOfAny('\r', '\n') < 0)
        {
            at = SkipSpaces(text, close + 2);
        }

        if (at < text.Length && text[at] is not ('\r' or '\n'))
        {
            // Something else follows on the line (the closing brace): the entry goes right after the value.
            return [(valueEnd, valueEnd, "," + eol + indent + property)];
        }

        var entry = eol + indent + property + (trailingComma ? "," : string.Empty);
        if (trailingComma)
        {
            return [(at, at, entry)];
        }

        return string.IsNullOrWhiteSpace(text[valueEnd..at])
            ? [(valueEnd, at, "," + entry)]
            : [(valueEnd, valueEnd, ","), (at, at, entry)];
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }

        return at;
    }

    internal enum JsonKind
    {
        Object,
        Array,
        Scalar,
    }

    internal sealed record JsonProperty(string Name, int NameStart, JsonNode Value);

    /// <summary>A JSON value and where it is: [Start, End) in the text.</summary>
    internal sealed class JsonNode(JsonKind kind, int start)
    {
        public JsonKind Kind { get; } = kind;

        public int Start { get; } = start;

        public int End { get; set; }

        public List<JsonProperty> Properties { get; } = [];

        public List<JsonNode> Items { get; } = [];

        public JsonNode? this[string name] => Properties.LastOrDefault(p => p.Name == name)?.Value;
    }

    /// <summary>
    /// Reads JSON as hvlint.json is read (comments and trailing commas allowed) and keeps where
    /// each value is; null when the text is not JSON.
    /// </summary>
    internal sealed class JsonScanner
    {
        private readonly string _text;
        private int _at;

        private JsonScanner(string text) => _text = text;

        public static JsonNode? Parse(string text)
        {
            var scanner = new JsonScanner(text);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                scanner._at = 1;
            }

            try
            {
                var value = scanner.Value(0);
                scanner.Blank();
                return scanner._at == text.Length ? value : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        private JsonNode Value(int depth)
        {
            if (depth > 64)
            {
                throw new FormatException("too deep");
            }

            Blank();
            var start = _at;
            switch (Peek())
            {
                case '{':
                    var obj = new JsonNode(JsonKind.Object, start);
                    _at++;
                    while (true)
                    {
                        Blank();
                        if (Peek() == '}')
                        {
                            break;
                        }

                        var nameStart = _at;
                        var name = String();
                        Blank();
                        Expect(':');
                        obj.Properties.Add(new JsonProperty(name, nameStart, Value(depth + 1)));
                        Blank();
                        if (Peek() == ',')
                        {
                            _at++;
                            continue;
                        }

                        Blank();
                        if (Peek() != '}')
                        {
                            throw new FormatException("expected , or }");
                        }
                    }

                    _at++;
                    obj.End = _at;
                    return obj;
                case '[':
                    var array = new JsonNode(JsonKind.Array, start);
                    _at++;
                    while (true)
                    {
                        Blank();
                        if (Peek() == ']')
                        {
                            break;
                        }

                        array.Items.Add(Value(depth + 1));
                        Blank();
                        if (Peek() == ',')
                        {
                            _at++;
                            continue;
                        }

                        Blank();
                        if (Peek() != ']')
                        {
                            throw new FormatException("expected , or ]");
                        }
                    }

                    _at++;
                    array.End = _at;
                    return array;
                case '"':
                    _ = String();
                    return new JsonNode(JsonKind.Scalar, start) { End = _at };
                default:
                    while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '-' or '+' or '.'))
                    {
                        _at++;
                    }

                    if (_at == start)
                    {
                        throw new FormatException("expected a value");
                    }

                    return new JsonNode(JsonKind.Scalar, start) { End = _at };
            }
        }

        private string String()
        {
            Expect('"');
            var value = new StringBuilder();
            while (true)
            {
                var c = Peek();
                _at++;
                if (c == '"')
                {
                    return value.ToString();
                }

                if (c == '\\')
                {
                    var escaped = Peek();
                    _at++;
                    value.Append(escaped switch
                    {
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'b' => '\b',
                        'f' => '\f',
                        'u' when _at + 4 <= _text.Length => (char)Convert.ToInt32(_text.Substring(_at, 4), 16),
                        _ => escaped,
                    });
                    if (escaped == 'u')
                    {
                        _at += 4;
                    }
                }
                else if (c is '\r' or '\n')
                {
                    throw new FormatException("line break in a string");
                }
                else
                {
                    value.Append(c);
                }
            }
        }

        private void Expect(char c)
        {
            if (Peek() != c)
            {
                throw new FormatException($"expected {c}");
            }

            _at++;
        }

        private char Peek() => _at < _text.Length ? _text[_at] : throw new FormatException("unexpected end");

        // Whitespace and comments.
        private void Blank()
        {
            while (_at < _text.Length)
            {
                if (char.IsWhiteSpace(_text[_at]))
                {
                    _at++;
                }
                else if (_text.AsSpan(_at).StartsWith("//"))
                {
                    var end = _text.AsSpan(_at).IndexOfAny('\r', '\n');
                    _at = end < 0 ? _text.Length : _at + end;
                }
                else if (_text.AsSpan(_at).StartsWith("/*"))
                {
                    var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                    _at = end < 0 ? throw new FormatException("unterminated comment") : end + 2;
                }
                else
                {
                    return;
                }
            }
        }
    }
}
