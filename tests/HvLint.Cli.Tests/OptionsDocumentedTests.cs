using System.Reflection;
using HvLint.Cli.Commands;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>Every option of 'hvlint check' has a line in 'check --help' and in the README's usage block.</summary>
public sealed class OptionsDocumentedTests
{
    private static IEnumerable<string> CheckOptions() =>
        ((OptionSpec[])typeof(CheckCommand).GetField("s_options", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!)
            .Select(o => "--" + o.Name);

    [Fact]
    public void Check_help_lists_every_option()
    {
        var help = CliRunner.Run(Path.GetTempPath(), "check", "--help").Stdout;
        Assert.All(CheckOptions(), option => Assert.Matches(@"(?m)^\s+(-\w, )?" + System.Text.RegularExpressions.Regex.Escape(option) + @"\b", help));
    }

    [Fact]
    public void The_readme_usage_block_lists_every_option()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md"));
        var start = readme.IndexOf("hvlint check [PATH...]", StringComparison.Ordinal);
        var block = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.All(CheckOptions(), option => Assert.Matches(@"(?m)^\s+(-\w, |-  )?" + System.Text.RegularExpressions.Regex.Escape(option) + @"\b", block));
    }
}
