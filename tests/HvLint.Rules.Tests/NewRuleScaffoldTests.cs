using System.Diagnostics;
using System.Text.RegularExpressions;
using HvLint.Core.Diagnostics;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>
/// tools/new-rule, run with --root on a scratch copy of the files it reads (sources, pages) so that
/// nothing is generated in the repository: what it creates, where the registration line goes, and
/// what it refuses.
/// </summary>
public sealed partial class NewRuleScaffoldTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("hvlint-new-rule");

    public NewRuleScaffoldTests()
    {
        var sources = Directory.EnumerateFiles(RepoPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in sources.Concat(Directory.EnumerateFiles(RepoPaths.Combine("docs", "rules"), "*.md")))
        {
            var target = Path.Combine(_root.FullName, Path.GetRelativePath(RepoPaths.Root, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private string RuleSetPath => Path.Combine(_root.FullName, "src", "HvLint.Rules", "RuleSet.cs");

    public void Dispose() => _root.Delete(recursive: true);

    [Fact]
    public void Creates_the_rule_its_page_and_its_test_class_in_the_category_folder()
    {
        var (exit, output) = Run("HV0307", "WrongUnit", "range");
        Assert.True(exit == 0, output);

        var rule = File.ReadAllText(Path.Combine(_root.FullName, "src", "HvLint.Rules", "Range", "HV0307WrongUnit.cs"));
        Assert.Contains("public sealed class HV0307WrongUnit : Rule", rule, StringComparison.Ordinal);
        Assert.Contains("\"HV0307\",\n        \"WrongUnit\",", rule, StringComparison.Ordinal);
        Assert.Contains("RuleCategory.Range);", rule, StringComparison.Ordinal);
        Assert.Contains("public override void AnalyzeRegistryWrite(RegistryWriteContext context)", rule, StringComparison.Ordinal);
        Assert.Contains("// TODO", rule, StringComparison.Ordinal);

        var tests = File.ReadAllText(Path.Combine(_root.FullName, "tests", "HvLint.Rules.Tests", "Range", "HV0307WrongUnitTests.cs"));
        Assert.Contains("public sealed class HV0307WrongUnitTests", tests, StringComparison.Ordinal);
        Assert.Contains("RuleVerifier.Verify<HV0307WrongUnit>(", tests, StringComparison.Ordinal);
        Assert.Contains("{|HV0307:", tests, StringComparison.Ordinal);

        AssertStandardPage("HV0307", "WrongUnit", RuleCategory.Range, RuleCategories.DefaultSeverity(RuleCategory.Range));
    }

    [Fact]
    public void Adds_one_registration_line_in_id_order()
    {
        var before = File.ReadAllLines(RuleSetPath);
        Assert.Equal(0, Run("HV0307", "WrongUnit", "Range").Exit);

        var after = File.ReadAllLines(RuleSetPath);
        Assert.Equal(before.Length + 1, after.Length);
        var added = Assert.Single(after.Except(before));
        Assert.Equal("        new HV0307WrongUnit(),", added);
        var ids = Registered(after);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(before, after.Where(l => l != added));
    }

    [Fact]
    public void The_last_id_goes_last_and_a_severity_other_than_the_category_default_is_written_out()
    {
        Assert.Equal(0, Run("--severity", "note", "--title", "A setting the host reads from elsewhere.", "HV0899", "ReadFromElsewhere", "placement").Exit);

        Assert.Equal("HV0899", Registered(File.ReadAllLines(RuleSetPath))[^1]);
        var rule = File.ReadAllText(Path.Combine(_root.FullName, "src", "HvLint.Rules", "Placement", "HV0899ReadFromElsewhere.cs"));
        Assert.Contains("RuleCategory.Placement,\n        Severity.Note);", rule, StringComparison.Ordinal);
        Assert.Contains("\"A setting the host reads from elsewhere.\",", rule, StringComparison.Ordinal);
        AssertStandardPage("HV0899", "ReadFromElsewhere", RuleCategory.Placement, Severity.Note);
    }

    [Theory]
    [InlineData("HV0301", "WrongUnit", "range", "HV0301 is already used")]
    [InlineData("HV0960", "WrongUnit", "conflict", "outside the range of conflict rules")]
    [InlineData("HV0399", "ValueOutOfRange", "range", "the name ValueOutOfRange is already used")]
    [InlineData("HV0399", "UnknownFlagBits", "range", "the name UnknownFlagBits is already used")]
    [InlineData("HV0399", "wrongUnit", "range", "not a PascalCase name")]
    [InlineData("HV399", "WrongUnit", "range", "not an ID")]
    [InlineData("HV0950", "WrongUnit", "script", "come from a front end")]
    [InlineData("HV0399", "WrongUnit", "ranges", "unknown category")]
    public void Refuses_and_writes_nothing(string id, string name, string category, string reason)
    {
        var before = Snapshot();

        var (exit, output) = Run(id, name, category);

        Assert.NotEqual(0, exit);
        Assert.Contains(reason, output, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot());
    }

    private void AssertStandardPage(string id, string name, RuleCategory category, Severity severity)
    {
        // The layout RulePages.AssertStandardLayout checks on every page of the repository.
        var lines = File.ReadAllLines(Path.Combine(_root.FullName, "docs", "rules", id + ".md"));
        var rule = File.ReadAllText(Path.Combine(_root.FullName, "src", "HvLint.Rules", category.ToString(), id + name + ".cs"));
        Assert.Equal($"# {id}: {name}", lines[0]);
        Assert.Equal("| Category | Default severity |", lines[2]);
        Assert.Equal($"| {RuleCategories.Name(category)} | {severity.ToString().ToLowerInvariant()} |", lines[4]);
        Assert.EndsWith(".", lines[6], StringComparison.Ordinal);
        Assert.Contains($"\"{lines[6]}\",", rule, StringComparison.Ordinal);
        Assert.Equal(["## Why it matters", "## Noncompliant", "## Compliant", "## How to fix"], lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l == "```reg"));
    }

    private static string[] Registered(string[] ruleSet) =>
        [.. ruleSet.Select(l => RegistrationRegex().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    private SortedDictionary<string, string> Snapshot() => new(
        Directory.EnumerateFiles(_root.FullName, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText),
        StringComparer.Ordinal);

    private (int Exit, string Output) Run(params string[] args)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepoPaths.Combine("tools", "new-rule"));
        start.ArgumentList.Add("--root");
        start.ArgumentList.Add(_root.FullName);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "tools/new-rule did not finish");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    [GeneratedRegex(@"^ {8}new (HV\d{4})\w*\(\),$")]
    private static partial Regex RegistrationRegex();
}
