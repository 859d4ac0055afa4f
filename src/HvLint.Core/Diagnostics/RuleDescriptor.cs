using System.Globalization;

namespace HvLint.Core.Diagnostics;

/// <summary>
/// What a rule is: a stable ID (never reused), a PascalCase name, a one-sentence title, a
/// fuller description, a category and a default severity (from the category unless given).
/// </summary>
public sealed class RuleDescriptor
{
    /// <summary>Where rule pages are published; the page of a rule is HelpBaseUri + ID + ".md".</summary>
    public const string HelpBaseUri = "https://github.com/hvlint/hvlint/blob/main/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    public RuleDescriptor(string id, string name, string title, string description, RuleCategory category, Severity? defaultSeverity = null, double? securitySeverity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Name = name;
        Title = title;
        Description = description;
        Category = category;
        DefaultSeverity = defaultSeverity ?? RuleCategories.DefaultSeverity(category);
        SecuritySeverity = securitySeverity;
    }

    /// <summary>The stable ID, HV + 4 digits.</summary>
    public string Id { get; }

    /// <summary>The PascalCase name.</summary>
    public string Name { get; }

    /// <summary>One sentence: what the rule finds.</summary>
    public string Title { get; }

    /// <summary>A few sentences: why it matters.</summary>
    public string Description { get; }

    /// <summary>The category.</summary>
    public RuleCategory Category { get; }

    /// <summary>The severity unless configuration overrides it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>For security rules, the default GitHub security-severity score (0.1-10).</summary>
    public double? SecuritySeverity { get; }

    /// <summary>What the rule's fix does and whether it is safe; null when the rule offers none.</summary>
    public HvLint.Core.Fixes.FixInfo? Fix { get; init; }

    /// <summary>The rule's documentation page.</summary>
    public Uri HelpUri => new(HelpBaseUri + Id + ".md");

    /// <summary>The number part of the ID.</summary>
    public int Number => int.Parse(Id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name}";
}
