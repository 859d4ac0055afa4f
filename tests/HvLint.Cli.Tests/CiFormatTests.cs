using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// The CI formats of 'check' against their documented shapes, parsed rather than compared with
/// golden files: GitHub workflow commands (docs.github.com, "Workflow commands for GitHub
/// Actions", and the toolkit's escaping), GitLab's Code Quality report, and JUnit XML.
/// The JSON output of the same run is the reference for what each finding says.
/// </summary>
public sealed partial class CiFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    // ---- --format github ----

    [Fact]
    public void Github_writes_one_workflow_command_per_finding_with_its_level_and_region()
    {
        _dir.Write("hosts/a.hvt", "set Twice=1\nset Twice=bad\nset Trace=1\n");
        _dir.Write("b.hvt", "set Fine=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "github");
        Assert.Equal(1, r.ExitCode);

        var commands = ParseCommands(r.Stdout);
        var expected = JsonDiagnostics();
        Assert.Equal(expected.Count, commands.Count);
        foreach (var (d, c) in expected.Zip(commands))
        {
            Assert.Equal(d.Severity switch { "error" => "error", "warning" => "warning", _ => "notice" }, c.Name);
            Assert.Equal(d.Path, c.Properties["file"]);
            Assert.Equal(d.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Properties["line"]);
            Assert.Equal(d.StartColumn.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Properties["col"]);
            Assert.Equal(d.EndLine.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Properties["endLine"]);
            Assert.Equal(d.EndColumn.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Properties["endColumn"]);
            Assert.StartsWith(d.RuleId + " ", c.Properties["title"], StringComparison.Ordinal);
            Assert.Equal(d.Message, c.Message);
        }

        Assert.Contains(commands, c => c.Name == "notice");
        Assert.Contains(commands, c => c.Name == "error");
        Assert.Contains(commands, c => c.Name == "warning");

        // The last line is the summary, a plain log line.
        Assert.DoesNotContain("::", r.Stdout.TrimEnd('\n').Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Github_escapes_percent_line_breaks_colons_and_commas_as_the_toolkit_does()
    {
        // A value name with '%', ':' and ',' ends up in the message; a file name with ':' and ',' in 'file'.
        _dir.Write("we,ird:name.hvt", "set 100%:a,b=bad\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "github");
        Assert.Equal(1, r.ExitCode);
        var line = r.Stdout.Split('\n')[0];

        // Raw, the property list holds no ':' or ',' but the separators, and the data no bare '%'.
        Assert.StartsWith("::error file=we%2Cird%3Aname.hvt,line=1,", line, StringComparison.Ordinal);
        var data = line[(line.IndexOf("::", 2, StringComparison.Ordinal) + 2)..];
        Assert.Contains("100%25:a,b", data, StringComparison.Ordinal);
        Assert.DoesNotMatch("%(?!25|0D|0A)", data);

        var c = Assert.Single(ParseCommands(r.Stdout));
        Assert.Equal("we,ird:name.hvt", c.Properties["file"]);
        Assert.Equal(JsonDiagnostics().Single().Message, c.Message);
    }

    [Fact]
    public void Github_escape_functions_follow_the_documented_table()
    {
        Assert.Equal("a%25b%0D%0Ac: d, e", Output.GitHubFormatter.EscapeData("a%b\r\nc: d, e"));
        Assert.Equal("a%25b%0D%0Ac%3A d%2C e", Output.GitHubFormatter.EscapeProperty("a%b\r\nc: d, e"));

        // A control character cannot reach the runner's log raw (it could restyle or hide lines).
        Assert.Equal(@"x\x1b[2Jy", Output.GitHubFormatter.EscapeData("x\u001b[2Jy"));
    }

    [Fact]
    public void Github_reports_an_internal_error_as_an_error_command_and_exits_3()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "github");
        Assert.Equal(3, r.ExitCode);
        var c = Assert.Single(ParseCommands(r.Stdout), c => c.Properties.GetValueOrDefault("title") == "HvLint internal error");
        Assert.Equal("error", c.Name);
        Assert.Equal("a.hvt", c.Properties["file"]);
        Assert.Contains("HV0991", c.Message, StringComparison.Ordinal);
    }

    // ---- --format gitlab ----

    [Fact]
    public void Gitlab_writes_a_code_quality_report_with_the_documented_fields()
    {
        _dir.Write("hosts/a.hvt", "set Twice=1\nset Twice=bad\nset Trace=1\nset Insecure=1\n");
        _dir.Write("b.hvt", "set Fine=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "gitlab");
        Assert.Equal(1, r.ExitCode);

        using var doc = JsonDocument.Parse(r.Stdout);
        var issues = doc.RootElement.EnumerateArray().ToArray();
        var expected = JsonDiagnostics();
        Assert.Equal(expected.Count, issues.Length);
        foreach (var (d, issue) in expected.Zip(issues))
        {
            // Required by GitLab: description, check_name, fingerprint, severity, location.path, location.lines.begin.
            Assert.Contains(d.Message, issue.GetProperty("description").GetString(), StringComparison.Ordinal);
            Assert.Equal(d.RuleId, issue.GetProperty("check_name").GetString());
            Assert.False(string.IsNullOrEmpty(issue.GetProperty("fingerprint").GetString()));
            Assert.Equal(d.Severity switch { "error" => "major", "warning" => "minor", _ => "info" }, issue.GetProperty("severity").GetString());
            Assert.Equal(d.Path, issue.GetProperty("location").GetProperty("path").GetString());
            Assert.Equal(d.StartLine, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        }

        var fingerprints = issues.Select(i => i.GetProperty("fingerprint").GetString()).ToArray();
        Assert.Equal(fingerprints.Length, fingerprints.Distinct().Count());
    }

    [Fact]
    public void Gitlab_fingerprints_are_the_sarif_ones_and_survive_lines_inserted_above()
    {
        _dir.Write("a.hvt", "set A=bad\nset B=bad\nset Insecure=1\n");
        var before = GitLabFingerprints();
        var sarif = CliRunner.RunFake(_dir.Path, "check", "--format", "sarif");
        using (var doc = JsonDocument.Parse(sarif.Stdout))
        {
            var sarifPrints = doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Select(res => res.GetProperty("partialFingerprints").EnumerateObject().Single(p => p.Name.StartsWith("hvlint", StringComparison.Ordinal)).Value.GetString())
                .Order(StringComparer.Ordinal);
            Assert.Equal(sarifPrints, before.Order(StringComparer.Ordinal));
        }

        _dir.Write("a.hvt", "\n\nset Unrelated=1\nset A=bad\nset B=bad\nset Insecure=1\n");
        Assert.Equal(before.Order(StringComparer.Ordinal), GitLabFingerprints().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Gitlab_writes_an_empty_array_for_a_clean_run_and_a_blocker_for_an_internal_error()
    {
        _dir.Write("a.hvt", "set Fine=1\n");
        var clean = CliRunner.RunFake(_dir.Path, "check", "--format", "gitlab");
        Assert.Equal(0, clean.ExitCode);
        using (var doc = JsonDocument.Parse(clean.Stdout))
        {
            Assert.Equal(0, doc.RootElement.GetArrayLength());
        }

        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "gitlab");
        Assert.Equal(3, r.ExitCode);
        using var crashed = JsonDocument.Parse(r.Stdout);
        var issue = Assert.Single(crashed.RootElement.EnumerateArray());
        Assert.Equal("internal-error", issue.GetProperty("check_name").GetString());
        Assert.Equal("blocker", issue.GetProperty("severity").GetString());
        Assert.Equal("a.hvt", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(1, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Contains("HV0991", issue.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    // ---- --format junit ----

    [Fact]
    public void Junit_has_a_suite_per_file_a_failure_per_finding_and_a_passing_case_for_a_clean_file()
    {
        _dir.Write("hosts/a.hvt", "set Twice=1\nset Twice=bad\nset Trace=1\n");
        _dir.Write("b.hvt", "set Fine=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "junit");
        Assert.Equal(1, r.ExitCode);

        var doc = XDocument.Parse(r.Stdout);
        Assert.Equal("testsuites", doc.Root!.Name.LocalName);
        var suites = doc.Root.Elements("testsuite").ToDictionary(s => (string)s.Attribute("name")!);
        Assert.Equal(["b.hvt", "hosts/a.hvt"], suites.Keys.Order(StringComparer.Ordinal));
        foreach (var suite in suites.Values)
        {
            // The counts a consumer reads agree with the cases.
            var cases = suite.Elements("testcase").ToArray();
            Assert.Equal(cases.Length, (int)suite.Attribute("tests")!);
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), (int)suite.Attribute("failures")!);
            Assert.Equal(cases.Count(c => c.Element("error") is not null), (int)suite.Attribute("errors")!);
            Assert.All(cases, c => Assert.NotNull(c.Attribute("classname")));
            Assert.All(cases, c => Assert.NotNull(c.Attribute("name")));
        }

        var clean = Assert.Single(suites["b.hvt"].Elements("testcase"));
        Assert.Empty(clean.Elements());

        var expected = JsonDiagnostics();
        var findings = suites["hosts/a.hvt"].Elements("testcase").ToArray();
        Assert.Equal(expected.Count, findings.Length);
        foreach (var (d, c) in expected.Zip(findings))
        {
            Assert.StartsWith(d.RuleId + " ", (string)c.Attribute("name")!, StringComparison.Ordinal);

            // A note does not fail the run (default fail level: warning), so it does not fail the test either.
            if (d.Severity == "note")
            {
                Assert.Null(c.Element("failure"));
                Assert.Contains(d.Message, c.Element("system-out")!.Value, StringComparison.Ordinal);
            }
            else
            {
                Assert.Equal(d.Message, (string)c.Element("failure")!.Attribute("message")!);
                Assert.Equal(d.RuleId, (string)c.Element("failure")!.Attribute("type")!);
            }
        }
    }

    [Fact]
    public void Junit_escapes_markup_and_control_characters_so_the_document_stays_valid()
    {
        _dir.Write("a.hvt", "set <x>&\"'\u0001=bad\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "junit");
        Assert.Equal(1, r.ExitCode);
        var doc = XDocument.Parse(r.Stdout);
        var failure = doc.Descendants("failure").Single();
        Assert.Contains("<x>&\"'\\x01", (string)failure.Attribute("message")!, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', r.Stdout);
    }

    [Fact]
    public void Junit_reports_an_internal_error_as_an_error_case_and_exits_3()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "junit");
        Assert.Equal(3, r.ExitCode);
        var suite = XDocument.Parse(r.Stdout).Root!.Elements("testsuite").Single();
        Assert.Equal(1, (int)suite.Attribute("errors")!);
        var error = suite.Descendants("error").Single();
        Assert.Contains("HV0991", (string)error.Attribute("message")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_ci_format_is_named_in_the_help_and_the_readme()
    {
        var help = CliRunner.Run(_dir.Path, "check", "--help").Stdout;
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        foreach (var format in new[] { "github", "gitlab", "junit" })
        {
            Assert.Contains(format, help, StringComparison.Ordinal);
            Assert.Matches(@"--format [a-z|]*\b" + format + @"\b", readme);
        }
    }

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HvLint.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("HvLint.sln not found above " + AppContext.BaseDirectory);
    }

    private List<string> GitLabFingerprints()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "gitlab");
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.EnumerateArray().Select(i => i.GetProperty("fingerprint").GetString()!)];
    }

    private sealed record JsonFinding(string RuleId, string Severity, string Message, string Path, int StartLine, int StartColumn, int EndLine, int EndColumn);

    private List<JsonFinding> JsonDiagnostics()
    {
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        return [.. doc.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => new JsonFinding(
            d.GetProperty("ruleId").GetString()!,
            d.GetProperty("severity").GetString()!,
            d.GetProperty("message").GetString()!,
            d.GetProperty("path").GetString()!,
            d.GetProperty("startLine").GetInt32(),
            d.GetProperty("startColumn").GetInt32(),
            d.GetProperty("endLine").GetInt32(),
            d.GetProperty("endColumn").GetInt32()))];
    }

    private sealed record WorkflowCommand(string Name, Dictionary<string, string> Properties, string Message);

    // As the Actions runner reads a line: '::name k=v,k=v::data', properties split on ',' and
    // the first '=', then %0D, %0A, %3A, %2C and %25 decoded (%25 last, so '%253A' stays '%3A').
    private static List<WorkflowCommand> ParseCommands(string stdout)
    {
        var commands = new List<WorkflowCommand>();
        foreach (var line in stdout.Split('\n'))
        {
            var m = CommandLine().Match(line);
            if (!m.Success)
            {
                continue;
            }

            var props = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in m.Groups["props"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                props[pair[..eq]] = Unescape(pair[(eq + 1)..], property: true);
            }

            commands.Add(new WorkflowCommand(m.Groups["name"].Value, props, Unescape(m.Groups["data"].Value, property: false)));
        }

        return commands;
    }

    private static string Unescape(string s, bool property)
    {
        s = s.Replace("%0D", "\r", StringComparison.Ordinal).Replace("%0A", "\n", StringComparison.Ordinal);
        if (property)
        {
            s = s.Replace("%3A", ":", StringComparison.Ordinal).Replace("%2C", ",", StringComparison.Ordinal);
        }

        return s.Replace("%25", "%", StringComparison.Ordinal);
    }

    [GeneratedRegex("^::(?<name>[a-z]+)(?: (?<props>[^:]*))?::(?<data>.*)$")]
    private static partial Regex CommandLine();
}

/// <summary>
/// The JUnit output read by a real consumer: junitparser (Debian's python3-junitparser), as a
/// CI plugin would read it. Installed by .ci/run; with CI=true a missing junitparser fails.
/// </summary>
public sealed class JUnitConsumerTests : IDisposable
{
    private const string Script = """
        import sys
        from junitparser import JUnitXml, Failure, Error
        xml = JUnitXml.fromfile(sys.argv[1])
        for suite in xml:
            for case in suite:
                kinds = [type(r).__name__ for r in case.result]
                print(f"{suite.name}|{suite.tests}|{suite.failures}|{suite.errors}|{case.classname}|{case.name}|{','.join(kinds)}")
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [JunitparserFact]
    public void Junitparser_reads_the_suites_cases_failures_and_errors()
    {
        const string python = JunitparserFactAttribute.Python;
        Assert.True(JunitparserFactAttribute.Available(), "junitparser is needed (apt-get install python3-junitparser); .ci/run installs it.");

        _dir.Write("hosts/a.hvt", "set Twice=1\nset Twice=bad\nset Trace=1\n");
        _dir.Write("b.hvt", "set Fine=1\n");
        _dir.Write("c.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "junit", "--output", "report.xml");
        Assert.Equal(3, r.ExitCode);
        var script = _dir.Write("read.py", Script);
        var read = Processes.Run(python, [script, Path.Combine(_dir.Path, "report.xml")], _dir.Path, timeoutSeconds: 60);
        Assert.True(read.ExitCode == 0, read.ToString());
        var rows = read.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')).ToArray();

        var clean = Assert.Single(rows, row => row[0] == "b.hvt");
        Assert.Equal(["b.hvt", "1", "0", "0", "b.hvt", "b.hvt", string.Empty], clean);

        var a = rows.Where(row => row[0] == "hosts/a.hvt").ToArray();
        Assert.Equal(3, a.Length);
        Assert.All(a, row => Assert.Equal(["3", "2", "0", "hosts/a.hvt"], row[1..5]));
        Assert.Equal(["Failure", "Failure", string.Empty], a.Select(row => row[6]));
        Assert.Equal(["HV0791", "HV0391", "HV0691"], a.Select(row => row[5].Split(' ')[0]));

        var crash = Assert.Single(rows, row => row[0] == "c.hvt");
        Assert.Equal("1", crash[3]);
        Assert.Equal("Error", crash[6]);
    }
}

/// <summary>Runs where Debian's python3-junitparser is installed; with CI=true always (a missing one fails).</summary>
public sealed class JunitparserFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    public JunitparserFactAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && !Available())
        {
            Skip = "junitparser is not installed (apt-get install python3-junitparser); .ci/run installs it and CI runs this test.";
        }
    }

    public static bool Available() =>
        File.Exists(Python) && Processes.Run(Python, ["-c", "import junitparser"], Path.GetTempPath(), timeoutSeconds: 60).ExitCode == 0;
}
