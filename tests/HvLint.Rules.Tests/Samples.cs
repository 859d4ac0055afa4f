using HvLint.Core.Engine;

namespace HvLint.Rules.Tests;

/// <summary>Sample scripts that several rules' tests share.</summary>
internal static class Samples
{
    /// <summary>A DSC configuration with one Registry resource on <paramref name="key"/>, with the resource's other properties as given.</summary>
    public static string DscRegistry(string key, string properties) => $$"""
        Configuration Tuning {
          Import-DscResource -ModuleName PSDesiredStateConfiguration
          Node localhost {
            Registry Transfers {
              Key = '{{key}}'
              {{properties}}
            }
          }
        }
        """;

    /// <summary>Lines joined as a Windows script writes them (CRLF, with a final line ending).</summary>
    public static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    /// <summary>The one finding of <paramref name="ruleId"/> relates a place on <paramref name="line"/> first.</summary>
    public static void AssertRelatedLine(FileResult result, string ruleId, int line)
    {
        var finding = Assert.Single(result.Diagnostics, d => d.Rule.Id == ruleId);
        Assert.NotEmpty(finding.Related);
        Assert.Equal(line, finding.Related[0].Location.Start.Line);
    }
}
