using HvLint.Cli.Output;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Commands;

/// <summary>hvlint rules: every rule and parse finding the engine can produce.</summary>
internal static class RulesCommand
{
    private static readonly OptionSpec[] s_options = [new("format", ValueName: "FORMAT", AllowedValues: ["text", "json"])];

    private static readonly string[] s_header = ["ID", "NAME", "CATEGORY", "SEVERITY", "TITLE"];

    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("rules", args, s_options);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Rules);
            return ExitCodes.Success;
        }

        parsed.ExpectAtMost(0, "no arguments");
        var descriptors = host.CreateEngine().Descriptors;
        host.Stdout.Write(parsed.Value("format") == "json" ? Json(descriptors) : Text(descriptors));
        return ExitCodes.Success;
    }

    /// <summary>{ "version": 1, "rules": [ { id, name, category, severity, title, description, helpUri, securitySeverity } ] }.</summary>
    private static string Json(IReadOnlyList<RuleDescriptor> descriptors) => JsonFormatter.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", JsonFormatter.ShapeVersion);
        w.WriteStartArray("rules");
        foreach (var d in descriptors)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            w.WriteString("name", d.Name);
            w.WriteString("category", RuleCategories.Name(d.Category));
            w.WriteString("severity", JsonFormatter.SeverityName(d.DefaultSeverity));
            w.WriteString("title", d.Title);
            w.WriteString("description", d.Description);
            w.WriteString("helpUri", d.HelpUri.AbsoluteUri);
            if (d.SecuritySeverity is { } s)
            {
                w.WriteNumber("securitySeverity", s);
            }
            else
            {
                w.WriteNull("securitySeverity");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Text(IReadOnlyList<RuleDescriptor> descriptors)
    {
        var rows = new List<string[]> { s_header };
        rows.AddRange(descriptors.Select(d => new[] { d.Id, d.Name, RuleCategories.Name(d.Category), JsonFormatter.SeverityName(d.DefaultSeverity), d.Title }));
        return Columns.Format(rows);
    }
}
