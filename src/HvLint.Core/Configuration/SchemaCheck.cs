using System.Globalization;
using System.Text.Json;
using HvLint.Core.Text;
using Json.Schema;

namespace HvLint.Core.Configuration;

/// <summary>One way a JSON document breaks its schema, at a place in the document.</summary>
internal sealed record SchemaError(int Line, int Column, string Where, string Message);

/// <summary>
/// Checks a <see cref="JsonFile"/> against a JSON Schema (draft 2020-12) with JsonSchema.Net,
/// the same schema editors use, and words each failure for a person: at the line and column of
/// the value (or of the property name), naming what is expected, with a suggestion for a
/// misspelt name. JsonSchema.Net decides what fails; this class only reads its hierarchical
/// output (instance location, evaluation path, failing keyword) and the schema's own text
/// (enum values, descriptions, property names) to write the message.
/// </summary>
internal sealed class SchemaCheck
{
    // Beyond this many allowed names, listing them all does not help; a suggestion does.
    private const int MaxListed = 12;

    private static readonly EvaluationOptions s_options = new() { OutputFormat = OutputFormat.Hierarchical };

    private readonly JsonSchema _schema;
    private readonly JsonElement _text;

    /// <summary>Builds the check from a schema's text (local $ref only).</summary>
    public SchemaCheck(string schemaText)
    {
        using (var document = JsonDocument.Parse(schemaText))
        {
            _text = document.RootElement.Clone();
        }

        // A registry of its own: hvlint.json's schema is generated per rule set under one $id.
        _schema = JsonSchema.Build(_text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>Every error, in document order.</summary>
    public IReadOnlyList<SchemaError> Validate(JsonFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var results = _schema.Evaluate(file.Root, s_options);
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<SchemaError>();
        Collect(results, _text, file, errors);
        return [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)];
    }

    private void Collect(EvaluationResults node, JsonElement schema, JsonFile file, List<SchemaError> errors)
    {
        if (node.IsValid)
        {
            return;
        }

        var pointer = node.InstanceLocation.ToString();
        var value = JsonFile.At(file.Root, pointer) ?? default;
        var where = file.DisplayPath(pointer);
        var failed = node.Errors ?? new Dictionary<string, string>();
        SchemaError Error(string message)
        {
            var (line, column) = file.PositionOf(pointer);
            return new SchemaError(line, column, where, message);
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add(Error("is not allowed here."));
            return;
        }

        // A value of the wrong type: its other keywords say nothing more.
        if (failed.ContainsKey("type"))
        {
            var type = schema.GetProperty("type");
            var expected = type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => Article(t.GetString()!))) : Article(type.GetString()!);
            errors.Add(Error($"expected {expected}, found {JsonFile.KindName(value)}{Described(schema)}."));
            return;
        }

        foreach (var keyword in failed.Keys)
        {
            switch (keyword)
            {
                case "const":
                    errors.Add(Error($"expected {JsonFile.Display(schema.GetProperty("const"))}, found {JsonFile.Display(value)}."));
                    break;
                case "enum":
                    var allowed = schema.GetProperty("enum").EnumerateArray().ToArray();
                    var suggestion = value.ValueKind == JsonValueKind.String
                        ? DidYouMean(value.GetString()!, allowed.Where(a => a.ValueKind == JsonValueKind.String).Select(a => a.GetString()!))
                        : string.Empty;
                    errors.Add(Error($"{JsonFile.Display(value)} is not allowed; expected {OneOf([.. allowed.Select(JsonFile.Display)])}.{suggestion}"));
                    break;
                case "minLength":
                    errors.Add(Error(Number(schema, "minLength") == "1" ? "must not be empty." : $"must be at least {Number(schema, "minLength")} characters long."));
                    break;
                case "pattern":
                    errors.Add(Error($"{JsonFile.Display(value)} is not in the expected form{Described(schema)}."));
                    break;
                case "minimum":
                    errors.Add(Error($"{value.GetRawText()} is less than the minimum {Number(schema, "minimum")}."));
                    break;
                case "exclusiveMinimum":
                    errors.Add(Error($"{value.GetRawText()} must be greater than {Number(schema, "exclusiveMinimum")}."));
                    break;
                case "maximum":
                    errors.Add(Error($"{value.GetRawText()} is more than the maximum {Number(schema, "maximum")}."));
                    break;
                case "minItems":
                    errors.Add(Error(Number(schema, "minItems") == "1" ? "must not be empty." : $"must have at least {Number(schema, "minItems")} items."));
                    break;
                case "uniqueItems":
                    var items = value.EnumerateArray().ToArray();
                    for (var i = 1; i < items.Length; i++)
                    {
                        if (items.Take(i).Any(x => JsonElement.DeepEquals(x, items[i])))
                        {
                            var (line, column) = file.PositionOf(JsonFile.Child(pointer, i));
                            errors.Add(new SchemaError(line, column, file.DisplayPath(JsonFile.Child(pointer, i)), $"{JsonFile.Display(items[i])} is listed twice."));
                        }
                    }

                    break;
                case "required":
                    var properties = Member(schema, "properties");
                    foreach (var name in schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                    {
                        errors.Add(Error($"'{name}' is missing{Described(properties is { } p ? Member(p, name) : null)}."));
                    }

                    break;
                case "additionalProperties" or "properties" or "items" or "prefixItems" or "$ref" or "allOf" or "anyOf" or "oneOf" or "not" or "if" or "then" or "else":
                    // Summaries of what their subschemas report below.
                    break;
                default:
                    errors.Add(Error(failed[keyword]));
                    break;
            }
        }

        // JsonSchema.Net words these on their subschemas' results, not on this one.
        errors.AddRange(Alternatives(node, "oneOf", schema, file, Error));
        errors.AddRange(Alternatives(node, "anyOf", schema, file, Error));
        if ((node.Details ?? []).Any(c => c.IsValid && Step(node, c) is ["not"]))
        {
            // "not": { "required": [...] } is how a schema forbids a property in some case.
            var forbidden = Member(schema, "not") is { } not && Member(not, "required") is { ValueKind: JsonValueKind.Array } names
                ? names.EnumerateArray().Select(n => n.GetString()!).Where(n => value.ValueKind == JsonValueKind.Object && value.TryGetProperty(n, out _)).ToArray()
                : [];
            errors.Add(forbidden.Length > 0
                ? Error($"{OneOf([.. forbidden.Select(n => "'" + n + "'")])} is not allowed here{Described(schema)}.")
                : Error($"{JsonFile.Display(value)} is not allowed here{Described(schema)}."));
        }

        foreach (var child in node.Details ?? [])
        {
            var step = Step(node, child);
            switch (step)
            {
                case ["if", ..] or ["not", ..] or ["oneOf", ..] or ["anyOf", ..]:
                    // A failing condition is no error; alternatives are weighed above.
                    break;
                case ["additionalProperties", ..] when Member(schema, "additionalProperties") is { ValueKind: JsonValueKind.False }:
                    errors.Add(NotAllowed(child.InstanceLocation.ToString(), schema, file));
                    break;
                default:
                    if (Subschema(schema, step) is { } sub)
                    {
                        Collect(child, sub, file, errors);
                    }

                    break;
            }
        }
    }

    // When no alternative matches, the one with the fewest errors is most likely what was
    // meant; its errors say more than "matches none of the alternatives".
    private List<SchemaError> Alternatives(EvaluationResults node, string keyword, JsonElement schema, JsonFile file, Func<string, SchemaError> error)
    {
        var branches = (node.Details ?? []).Select(c => (Child: c, Step: Step(node, c))).Where(c => c.Step is [var k, _] && k == keyword).ToArray();
        var matches = branches.Count(b => b.Child.IsValid);
        if (branches.Length == 0 || (keyword == "anyOf" && matches > 0) || (keyword == "oneOf" && matches == 1))
        {
            return [];
        }

        if (matches > 1)
        {
            return [error($"matches more than one of the allowed forms{Described(schema)}.")];
        }

        var attempts = branches.Select(b =>
        {
            var list = new List<SchemaError>();
            if (Subschema(schema, b.Step) is { } sub)
            {
                Collect(b.Child, sub, file, list);
            }

            return list;
        }).ToArray();
        var best = attempts.MinBy(a => a.Count)!;
        return attempts.Count(a => a.Count == best.Count) == 1 && best.Count > 0
            ? best
            : [error($"does not match any of the allowed forms{Described(schema)}.")];
    }

    private static SchemaError NotAllowed(string pointer, JsonElement schema, JsonFile file)
    {
        var segments = JsonFile.Segments(pointer);
        var name = segments[^1];
        var names = Member(schema, "properties") is { ValueKind: JsonValueKind.Object } p
            ? p.EnumerateObject().Select(x => x.Name).Where(n => n != "$schema").ToArray()
            : [];
        var expected = names.Length == 0 ? "no properties"
            : names.Length <= MaxListed ? OneOf([.. names.Select(n => "'" + n + "'")])
            : DescriptionOf(schema) is { } d ? char.ToLowerInvariant(d[0]) + d[1..] : "a property the schema lists";
        var (line, column) = file.NamePositionOf(pointer);
        var parent = pointer[..pointer.LastIndexOf('/')];
        return new SchemaError(line, column, file.DisplayPath(parent), $"'{name}' is not allowed here; expected {expected}.{DidYouMean(name, names)}");
    }

    // The evaluation-path segments from a result to one of its details: ["properties", "x"], ["$ref"], ["items"].
    private static string[] Step(EvaluationResults parent, EvaluationResults child)
    {
        var from = JsonFile.Segments(parent.EvaluationPath.ToString());
        var to = JsonFile.Segments(child.EvaluationPath.ToString());
        return to.Length > from.Length ? to[from.Length..] : [];
    }

    // The subschema a step leads to; keywords with one subschema take only their own segment.
    private JsonElement? Subschema(JsonElement schema, string[] step) => step switch
    {
        ["$ref", ..] => Resolve(schema.GetProperty("$ref").GetString()!),
        ["properties" or "patternProperties" or "$defs" or "dependentSchemas", var name, ..] => Member(schema, step[0]) is { } map ? Member(map, name) : null,
        ["allOf" or "anyOf" or "oneOf" or "prefixItems", var index, ..] => Member(schema, step[0]) is { ValueKind: JsonValueKind.Array } list && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < list.GetArrayLength() ? list[i] : null,
        [var keyword, ..] => Member(schema, keyword),
        _ => null,
    };

    private JsonElement Resolve(string reference)
    {
        // Only references inside the same document: "#/$defs/name" and other JSON pointers.
        return reference.StartsWith('#') && JsonFile.At(_text, reference[1..]) is { } target
            ? target
            : throw new NotSupportedException($"schema reference '{reference}' is not a local reference that resolves");
    }

    private static JsonElement? Member(JsonElement schema, string name) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(name, out var member) ? member : null;

    private static string Number(JsonElement schema, string keyword) => schema.GetProperty(keyword).GetRawText();

    private static string Article(string type) => type switch
    {
        "object" => "an object",
        "array" => "an array",
        "integer" => "an integer",
        "null" => "null",
        _ => "a " + type,
    };

    private static string Described(JsonElement? schema) =>
        DescriptionOf(schema) is { } d ? $" ({d})" : string.Empty;

    private static string? DescriptionOf(JsonElement? schema) =>
        schema is { } s && Member(s, "description") is { ValueKind: JsonValueKind.String } d ? FirstSentence(d.GetString()!) : null;

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
}
