using System.Text;
using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// Golden samples (Bicep's main.diagnostics.bicep): every example file is linted and written
/// out with each finding as a comment under its line. The annotated copies are committed and
/// reviewed by eye; refresh them with HVLINT_UPDATE_BASELINES=1 dotnet test.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Combine("examples"), "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (RuleVerifier.Engine.CanLint(f))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_findings_match_the_reviewed_golden_file(string relativePath)
    {
        var result = RuleVerifier.Engine.Lint(new LintRequest(RepoPaths.Combine(relativePath.Split('/')), relativePath) { Links = LinkPolicy.DocumentsOnly }).Single();
        var actual = Annotate(result);
        var golden = RepoPaths.Combine(["tests", "HvLint.Rules.Tests", "Golden", .. relativePath.Split('/')]) + ".diagnostics.txt";
        if (Environment.GetEnvironmentVariable("HVLINT_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(golden, actual);
            return;
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}; run HVLINT_UPDATE_BASELINES=1 dotnet test and review it.");
        Assert.Equal(File.ReadAllText(golden).ReplaceLineEndings("\n"), actual);
    }

    private static string Annotate(FileResult result)
    {
        var source = result.Source!;
        var comment = Path.GetExtension(result.Path) switch
        {
            ".reg" => ";",
            ".cmd" or ".bat" => "::",
            ".cs" => "//",
            _ => "#",
        };
        var sb = new StringBuilder();
        for (var line = 1; line <= source.LineCount; line++)
        {
            var text = source.GetLineText(line);
            if (line == source.LineCount && text.Length == 0)
            {
                break;
            }

            sb.Append(text).Append('\n');
            foreach (var d in result.Diagnostics.Where(d => d.Location.Start.Line == line))
            {
                var (s, e) = (d.Location.Start, d.Location.End);
                sb.Append($"{comment} {d.Rule.Id} {d.Severity.ToString().ToLowerInvariant()} {s.Line}:{s.Column}-{e.Line}:{e.Column} {d.Message}\n");
                foreach (var r in d.Related)
                {
                    sb.Append($"{comment}   related {r.Location.Start.Line}:{r.Location.Start.Column}: {r.Message}\n");
                }
            }
        }

        return sb.ToString();
    }
}
