using System.Text;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Commands;

/// <summary>hvlint explain &lt;ID|Name&gt;: prints a rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("explain", args, []);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Explain);
            return ExitCodes.Success;
        }

        var query = parsed.ExpectOne("rule ID or name (e.g. 'hvlint explain HV0001')");
        var descriptors = host.CreateEngine().Descriptors;
        var rule = descriptors.FirstOrDefault(d => string.Equals(d.Id, query, StringComparison.OrdinalIgnoreCase))
            ?? descriptors.FirstOrDefault(d => string.Equals(d.Name, query, StringComparison.OrdinalIgnoreCase));
        var id = rule?.Id ?? query.ToUpperInvariant();
        var page = host.ReadRuleDoc(id);
        if (rule is null && page is null)
        {
            var candidates = descriptors.SelectMany(d => new[] { d.Id, d.Name });
            throw new UsageException($"explain: no rule '{query}'." + Suggestions.DidYouMean(query, candidates), "Run 'hvlint rules' for the list of rules.");
        }

        var text = page ?? Fallback(rule!);
        host.Stdout.Write(text.EndsWith('\n') ? text : text + "\n");
        if (rule is not null)
        {
            host.Stdout.Write("\n" + FixLine(rule) + "\n");
        }

        return ExitCodes.Success;
    }

    /// <summary>"Fix: Renames the value to the catalog's spelling (unsafe)." or that the rule has none.</summary>
    internal static string FixLine(RuleDescriptor rule) => rule.Fix is { } fix
        ? $"Fix: {fix.Description.TrimEnd().TrimEnd('.')} ({(fix.Applicability == HvLint.Core.Fixes.FixApplicability.Safe ? "safe: hvlint check --fix applies it" : "unsafe: applied with hvlint check --fix --unsafe-fixes")})."
        : "Fix: none; this rule has no automatic fix.";

    // A rule whose page is not written yet is still explained from its descriptor.
    private static string Fallback(RuleDescriptor rule)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(rule.Id).Append(' ').Append(rule.Name).Append("\n\n");
        sb.Append(rule.Title).Append("\n\n");
        sb.Append(rule.Description).Append("\n\n");
        sb.Append("Category: ").Append(RuleCategories.Name(rule.Category))
            .Append("; default severity: ").Append(Output.JsonFormatter.SeverityName(rule.DefaultSeverity)).Append(".\n");
        sb.Append("More: ").Append(rule.HelpUri.AbsoluteUri).Append('\n');
        return sb.ToString();
    }
}
