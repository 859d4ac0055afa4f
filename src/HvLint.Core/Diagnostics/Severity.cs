namespace HvLint.Core.Diagnostics;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    /// <summary>Informational.</summary>
    Note = 1,
    /// <summary>Probably a mistake.</summary>
    Warning = 2,
    /// <summary>Certainly a mistake: Windows ignores, rejects or changes the setting.</summary>
    Error = 3,
}

/// <summary>The category of a rule. Every rule has exactly one.</summary>
public enum RuleCategory
{
    /// <summary>The file cannot be read as its tool reads it; a line is silently dropped.</summary>
    Parse,
    /// <summary>A key or value name that nothing reads.</summary>
    UnknownName,
    /// <summary>A registry type the reader does not accept.</summary>
    Type,
    /// <summary>Data outside what the reader accepts.</summary>
    Range,
    /// <summary>A setting or location that current Windows no longer reads.</summary>
    Deprecated,
    /// <summary>A setting that weakens the host's security.</summary>
    Security,
    /// <summary>A debug or trace setting that does not belong on a production host.</summary>
    Diagnostic,
    /// <summary>Writes that contradict each other.</summary>
    Conflict,
    /// <summary>A write to a place where the reader does not look.</summary>
    Placement,
    /// <summary>A scripting mistake that changes what a write does.</summary>
    Script,
}

/// <summary>Names of categories as they appear in output and configuration.</summary>
public static class RuleCategories
{
    /// <summary>The kebab-case name, e.g. unknown-name.</summary>
    public static string Name(RuleCategory category) => category switch
    {
        RuleCategory.Parse => "parse",
        RuleCategory.UnknownName => "unknown-name",
        RuleCategory.Type => "type",
        RuleCategory.Range => "range",
        RuleCategory.Deprecated => "deprecated",
        RuleCategory.Security => "security",
        RuleCategory.Diagnostic => "diagnostic",
        RuleCategory.Conflict => "conflict",
        RuleCategory.Placement => "placement",
        RuleCategory.Script => "script",
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The range of rule numbers (HV + 4 digits) reserved for a category.</summary>
    public static (int First, int Last) IdRange(RuleCategory category) => category switch
    {
        RuleCategory.Parse => (1, 99),
        RuleCategory.UnknownName => (100, 199),
        RuleCategory.Type => (200, 299),
        RuleCategory.Range => (300, 399),
        RuleCategory.Deprecated => (400, 499),
        RuleCategory.Security => (500, 599),
        RuleCategory.Diagnostic => (600, 699),
        RuleCategory.Conflict => (700, 799),
        RuleCategory.Placement => (800, 899),
        RuleCategory.Script => (900, 999),
        _ => throw new ArgumentOutOfRangeException(nameof(category)),
    };

    /// <summary>The severity a rule of the category has unless it says otherwise.</summary>
    public static Severity DefaultSeverity(RuleCategory category) => category switch
    {
        RuleCategory.Parse or RuleCategory.Type or RuleCategory.Range => Severity.Error,
        _ => Severity.Warning,
    };

    /// <summary>Parses a kebab-case category name.</summary>
    public static bool TryParse(string name, out RuleCategory category)
    {
        foreach (var c in Enum.GetValues<RuleCategory>())
        {
            if (string.Equals(Name(c), name, StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        }

        category = default;
        return false;
    }
}
