using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using HvLint.Core.Text;

namespace HvLint.Core.Configuration;

/// <summary>One way a JSON document breaks its schema, at a place in the document.</summary>
internal sealed record SchemaError(int Line, int Column, string Where, string Message);

/// <summary>
/// Validates a <see cref="JsonTree"/> against a JSON Schema (draft 2020-12), for the keywords
/// HvLint's own schemas use: type, enum, const, required, properties, additionalProperties,
/// items, minItems, uniqueItems, minLength, pattern, minimum, maximum, exclusiveMinimum,
/// allOf, anyOf, oneOf, not, if/then/else and local $ref. Other keywords are ignored, as a
/// validator may do with annotations. It exists so that an organisation's catalog files and
/// hvlint.json are checked by the very schemas that editors use, with line numbers in errors.
/// It is kept instead of JsonSchema.Net for start-up time: see docs/architecture.md,
/// "Configuration". A keyword added to rules/catalog.schema.json or to ConfigurationSchema
/// must be added here too (ConfigurationSchemaTests checks the keywords both schemas use).
/// </summary>
internal sealed class SchemaValidator
{
    // Beyond this many allowed names, listing them all does not help; a suggestion does.
    private const int MaxListed = 12;

    /// <summary>The keywords this validator asserts, and the annotations it may ignore.</summary>
    internal static IReadOnlySet<string> Keywords { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "type", "enum", "const", "required", "properties", "additionalProperties", "items", "minItems", "uniqueItems",
        "minLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "$ref",
        "$schema", "$id", "$defs", "$comment", "title", "description", "default", "examples", "deprecated",
    };

    private readonly JsonTree _schema;
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    public SchemaValidator(JsonTree schema)
    {
        _schema = schema;
    }

    /// <summary>Every error, in document order.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonTree instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var errors = new List<SchemaError>();
        Check(_schema, instance, string.Empty, errors);
        return [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
    }

    private void Check(JsonTree schema, JsonTree value, string where, List<SchemaError> errors)
    {
        if (schema.Kind == JsonTreeKind.False)
        {
            errors.Add(Error(value, where, "is not allowed here."));
            return;
        }

        if (!schema.IsObject)
        {
            return;
        }

        if (schema["$ref"] is { IsString: true } reference)
        {
            Check(Resolve(reference.Text!), value, where, errors);
        }

        if (schema["type"] is { } type && !TypeMatches(type, value))
        {
            var expected = type.IsArray ? string.Join(" or ", type.Items.Select(t => Article(t.Text!))) : Article(type.Text!);
            errors.Add(Error(value, where, $"expected {expected}, found {value.KindName}{Described(schema)}."));
            return;
        }

        if (schema["const"] is { } constant && !constant.JsonEquals(value))
        {
            errors.Add(Error(value, where, $"expected {constant.Display}, found {value.Display}."));
        }

        if (schema["enum"] is { IsArray: true } allowed && !allowed.Items.Any(a => a.JsonEquals(value)))
        {
            var names = allowed.Items.Select(a => a.Display).ToArray();
            var suggestion = value.IsString ? DidYouMean(value.Text!, allowed.Items.Where(a => a.IsString).Select(a => a.Text!)) : string.Empty;
            errors.Add(Error(value, where, $"{value.Display} is not allowed; expected {OneOf(names)}.{suggestion}"));
        }

        switch (value.Kind)
        {
            case JsonTreeKind.String:
                CheckString(schema, value, where, errors);
                break;
            case JsonTreeKind.Number:
                CheckNumber(schema, value, where, errors);
                break;
            case JsonTreeKind.Array:
                CheckArray(schema, value, where, errors);
                break;
            case JsonTreeKind.Object:
                CheckObject(schema, value, where, errors);
                break;
        }

        if (schema["allOf"] is { IsArray: true } allOf)
        {
            foreach (var s in allOf.Items)
            {
                Check(s, value, where, errors);
            }
        }

        if (schema["anyOf"] is { IsArray: true } anyOf)
        {
            var attempts = anyOf.Items.Select(s => Attempt(s, value, where)).ToArray();
            if (attempts.All(a => a.Count > 0))
            {
                errors.AddRange(Closest(attempts, value, where, schema));
            }
        }

        if (schema["oneOf"] is { IsArray: true } oneOf)
        {
            var attempts = oneOf.Items.Select(s => Attempt(s, value, where)).ToArray();
            var matches = attempts.Count(a => a.Count == 0);
            if (matches == 0)
            {
                errors.AddRange(Closest(attempts, value, where, schema));
            }
            else if (matches > 1)
            {
                errors.Add(Error(value, where, $"matches more than one of the allowed forms{Described(schema)}."));
            }
        }

        if (schema["if"] is { } condition)
        {
            var branch = Attempt(condition, value, where).Count == 0 ? schema["then"] : schema["else"];
            if (branch is not null)
            {
                Check(branch, value, where, errors);
            }
        }

        if (schema["not"] is { } forbidden && Attempt(forbidden, value, where).Count == 0)
        {
            // "not": { "required": [...] } is how a schema forbids a property in some case.
            var names = forbidden["required"] is { IsArray: true } required
                ? required.Items.Where(r => r.IsString && value[r.Text!] is not null).Select(r => "'" + r.Text + "'").ToArray()
                : [];
            errors.Add(Error(value, where, names.Length > 0 ? $"{OneOf(names)} is not allowed here{Described(schema)}." : $"{value.Display} is not allowed here{Described(schema)}."));
        }
    }

    private List<SchemaError> Attempt(JsonTree schema, JsonTree value, string where)
    {
        var errors = new List<SchemaError>();
        Check(schema, value, where, errors);
        return errors;
    }

    // When no alternative matches, the one with the fewest errors is most likely what was
    // meant; its errors say more than "matches none of the alternatives".
    private static List<SchemaError> Closest(List<SchemaError>[] attempts, JsonTree value, string where, JsonTree schema)
    {
        var best = attempts.MinBy(a => a.Count)!;
        return attempts.Count(a => a.Count == best.Count) == 1
            ? best
            : [Error(value, where, $"does not match any of the allowed forms{Described(schema)}.")];
    }

    private void CheckString(JsonTree schema, JsonTree value, string where, List<SchemaError> errors)
    {
        var text = value.Text!;
        if (schema["minLength"] is { IsNumber: true } min && text.Length < min.Number)
        {
            errors.Add(Error(value, where, min.Number == 1 ? "must not be empty." : $"must be at least {min.Text} characters long."));
        }

        if (schema["pattern"] is { IsString: true } pattern && !Pattern(pattern.Text!).IsMatch(text))
        {
            errors.Add(Error(value, where, $"{value.Display} is not in the expected form{Described(schema)}."));
        }
    }

    private static void CheckNumber(JsonTree schema, JsonTree value, string where, List<SchemaError> errors)
    {
        var n = value.Number;
        if (schema["minimum"] is { IsNumber: true } min && n < min.Number)
        {
            errors.Add(Error(value, where, $"{value.Text} is less than the minimum {min.Text}."));
        }

        if (schema["exclusiveMinimum"] is { IsNumber: true } emin && n <= emin.Number)
        {
            errors.Add(Error(value, where, $"{value.Text} must be greater than {emin.Text}."));
        }

        if (schema["maximum"] is { IsNumber: true } max && n > max.Number)
        {
            errors.Add(Error(value, where, $"{value.Text} is more than the maximum {max.Text}."));
        }
    }

    private void CheckArray(JsonTree schema, JsonTree value, string where, List<SchemaError> errors)
    {
        if (schema["minItems"] is { IsNumber: true } min && value.Items.Count < min.Number)
        {
            errors.Add(Error(value, where, min.Number == 1 ? "must not be empty." : $"must have at least {min.Text} items."));
        }

        if (schema["uniqueItems"] is { Kind: JsonTreeKind.True })
        {
            for (var i = 1; i < value.Items.Count; i++)
            {
                if (value.Items.Take(i).Any(x => x.JsonEquals(value.Items[i])))
                {
                    errors.Add(Error(value.Items[i], Index(where, i), $"{value.Items[i].Display} is listed twice."));
                }
            }
        }

        if (schema["items"] is { } items)
        {
            for (var i = 0; i < value.Items.Count; i++)
            {
                Check(items, value.Items[i], Index(where, i), errors);
            }
        }
    }

    private void CheckObject(JsonTree schema, JsonTree value, string where, List<SchemaError> errors)
    {
        var properties = schema["properties"];
        if (schema["required"] is { IsArray: true } required)
        {
            foreach (var name in required.Items.Where(r => r.IsString).Select(r => r.Text!))
            {
                if (value[name] is null)
                {
                    errors.Add(Error(value, where, $"'{name}' is missing{Described(properties?[name])}."));
                }
            }
        }

        var additional = schema["additionalProperties"];
        foreach (var p in value.Properties)
        {
            var path = Member(where, p.Name);
            if (properties?[p.Name] is { } declared)
            {
                Check(declared, p.Value, path, errors);
            }
            else if (additional is { Kind: JsonTreeKind.False })
            {
                var names = properties?.Properties.Select(x => x.Name).Where(n => n != "$schema").ToArray() ?? [];
                var expected = names.Length == 0 ? "no properties"
                    : names.Length <= MaxListed ? OneOf(names.Select(n => "'" + n + "'").ToArray())
                    : DescriptionOf(schema) is { } d ? char.ToLowerInvariant(d[0]) + d[1..] : "a property the schema lists";
                errors.Add(new SchemaError(p.Line, p.Column, where, $"'{p.Name}' is not allowed here; expected {expected}.{DidYouMean(p.Name, names)}"));
            }
            else if (additional is { IsObject: true })
            {
                Check(additional, p.Value, path, errors);
            }
        }
    }

    private JsonTree Resolve(string reference)
    {
        // Only references inside the same document: "#/$defs/name" and other JSON pointers.
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"schema reference '{reference}' is not a local reference");
        }

        var node = _schema;
        foreach (var part in reference[2..].Split('/'))
        {
            var name = part.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            node = node[name] ?? throw new NotSupportedException($"schema reference '{reference}' does not resolve");
        }

        return node;
    }

    private Regex Pattern(string pattern) =>
        _patterns.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    private static bool TypeMatches(JsonTree type, JsonTree value) =>
        type.IsArray ? type.Items.Any(t => TypeMatches(t.Text!, value)) : TypeMatches(type.Text!, value);

    private static bool TypeMatches(string type, JsonTree value) => type switch
    {
        "object" => value.IsObject,
        "array" => value.IsArray,
        "string" => value.IsString,
        "boolean" => value.IsBoolean,
        "null" => value.Kind == JsonTreeKind.Null,
        "number" => value.IsNumber,
        "integer" => value.IsNumber && Math.Abs(value.Number % 1) == 0,
        _ => true,
    };

    private static string Article(string type) => type switch
    {
        "object" => "an object",
        "array" => "an array",
        "integer" => "an integer",
        "null" => "null",
        _ => "a " + type,
    };

    private static string Described(JsonTree? schema) =>
        DescriptionOf(schema) is { } d ? $" ({d})" : string.Empty;

    private static string? DescriptionOf(JsonTree? schema) =>
        schema?["description"] is { IsString: true } d ? FirstSentence(d.Text!) : null;

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? text : text[..end]).TrimEnd('.');
    }

    private static string OneOf(string[] names) =>
        names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];

    private static string DidYouMean(string input, IEnumerable<string> candidates)
    {
        // Names are case-sensitive in JSON; a name that differs only in case is the likeliest intent.
        var list = candidates.ToArray();
        var prefixed = input.Length >= 2 ? list.Where(c => c.StartsWith(input, StringComparison.OrdinalIgnoreCase)).Take(2).ToArray() : [];
        var best = Array.Find(list, c => string.Equals(c, input, StringComparison.OrdinalIgnoreCase))
            ?? (prefixed.Length == 1 ? prefixed[0] : null)
            ?? NameSuggester.Suggest(input, list, 1) switch { [var first, ..] => first, _ => null };
        return best is null ? string.Empty : $" Did you mean '{best}'?";
    }

    private static string Member(string where, string name) => where.Length == 0 ? name : where + "." + name;

    private static string Index(string where, int i) => string.Create(CultureInfo.InvariantCulture, $"{where}[{i}]");

    private static SchemaError Error(JsonTree value, string where, string message) => new(value.Line, value.Column, where, message);
}
