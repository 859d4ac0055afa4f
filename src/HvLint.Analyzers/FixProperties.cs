using System.Collections.Immutable;
using System.Text.Json;
using HvLint.Core.Fixes;

namespace HvLint.Analyzers;

/// <summary>A fix as the code fix provider reads it back from a diagnostic's properties.</summary>
/// <param name="Title">What it does ("Rename to 'MaximumActiveTransfers'").</param>
/// <param name="Safe">Whether <c>hvlint check --fix</c> would apply it on its own.</param>
/// <param name="Edits">Replacements in the document's text: start, length, new text.</param>
internal sealed record CarriedFix(string Title, bool Safe, IReadOnlyList<CarriedEdit> Edits);

/// <summary>One replacement of a <see cref="CarriedFix"/>.</summary>
internal readonly record struct CarriedEdit(int Start, int Length, string NewText);

/// <summary>
/// The fixes HvLint rendered for a finding, carried in the Roslyn diagnostic's properties (the
/// only channel from an analyzer to a code fix provider): the provider applies exactly the
/// edits <c>hvlint check --fix</c> would, and parses nothing again.
/// </summary>
internal static class FixProperties
{
    /// <summary>The property that holds the fixes, as JSON.</summary>
    public const string Key = "HvLint.Fixes";

    /// <summary>Properties carrying <paramref name="fixes"/> whose edits lie inside a text of <paramref name="length"/>; empty when there are none.</summary>
    public static ImmutableDictionary<string, string?> Of(IReadOnlyList<CodeFix> fixes, int length)
    {
        var carried = fixes
            .Where(f => f.Edits.Count > 0 && f.Edits.All(e => e.Span.Start >= 0 && e.Span.End <= length))
            .Select(f => new Carried
            {
                Title = f.Title,
                Safe = f.Applicability == FixApplicability.Safe,
                Edits = [.. f.Edits.Select(e => new CarriedEditJson { Start = e.Span.Start, Length = e.Span.Length, Text = e.NewText })],
            })
            .ToArray();
        return carried.Length == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(Key, JsonSerializer.Serialize(carried));
    }

    /// <summary>The fixes a diagnostic carries; empty when it carries none or they cannot be read.</summary>
    public static IReadOnlyList<CarriedFix> Read(ImmutableDictionary<string, string?> properties)
    {
        if (!properties.TryGetValue(Key, out var json) || string.IsNullOrEmpty(json))
        {
            return [];
        }

        try
        {
            var carried = JsonSerializer.Deserialize<Carried[]>(json) ?? [];
            return [.. carried
                .Where(c => c.Title is not null && c.Edits is { Length: > 0 })
                .Select(c => new CarriedFix(c.Title!, c.Safe, [.. c.Edits!.Select(e => new CarriedEdit(e.Start, e.Length, e.Text ?? string.Empty))]))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private sealed class Carried
    {
        public string? Title { get; set; }

        public bool Safe { get; set; }

        public CarriedEditJson[]? Edits { get; set; }
    }

    private sealed class CarriedEditJson
    {
        public int Start { get; set; }

        public int Length { get; set; }

        public string? Text { get; set; }
    }
}
