using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using HvLint.Core.Configuration;

namespace HvLint.Cli.Tests;

/// <summary>
/// Issue 12: what hvlint.json, a baseline and --output may name. HvLint reads only regular,
/// bounded files inside the repository, reports bad JSON text as a configuration error with
/// its place, never replaces a device or a link, and leaves no temporary file behind.
/// </summary>
public sealed class HostileFileSystemTests : IDisposable
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";
    private const string Unknown = Head + "\"ContosoThrottle\"=dword:00000008\n";
    private const string PasswdLike = "root:x:0:0:root:/root:/bin/bash\nSECRET_DB_PASSWORD_hunter2\n";

    private readonly TempDir _dir = new();

    public HostileFileSystemTests()
    {
        Repo = Path.Combine(_dir.Path, "repo");
        Directory.CreateDirectory(Path.Combine(Repo, ".git"));
        File.WriteAllText(Path.Combine(Repo, "a.reg"), Unknown);
    }

    private string Repo { get; }

    public void Dispose() => _dir.Dispose();

    // ----- 1. Catalog paths -----

    [Fact]
    public void An_absolute_catalog_path_is_refused_at_its_place_without_reading_it()
    {
        Config("""{ "catalogs": ["/etc/passwd"] }""");
        var r = Check();
        AssertConfigurationError(r, "hvlint.json:2:16: catalogs: '/etc/passwd' is an absolute path");
        Assert.DoesNotContain("root:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_outside_the_repository_is_refused_even_when_it_is_a_valid_catalog()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "outside.json"), """{ "area": "x", "description": "x", "entries": [] }""");
        Config("""{ "catalogs": ["../outside.json"] }""");
        AssertConfigurationError(Check(), "hvlint.json:2:16: catalogs: '../outside.json' is outside the repository");
    }

    [Fact]
    public void Without_a_repository_the_configuration_folder_bounds_the_catalogs()
    {
        var plain = Path.Combine(_dir.Path, "plain", "hosts");
        Directory.CreateDirectory(plain);
        File.WriteAllText(Path.Combine(plain, "a.reg"), Unknown);
        File.WriteAllText(Path.Combine(_dir.Path, "plain", "up.json"), """{ "area": "x", "description": "x", "entries": [] }""");
        File.WriteAllText(Path.Combine(plain, "hvlint.json"), """{ "catalogs": ["../up.json"] }""");
        var r = CliRunner.Run(plain, "check");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'../up.json' is outside the repository", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_inside_the_repository_to_a_file_outside_it_is_refused()
    {
        File.CreateSymbolicLink(Path.Combine(Repo, "catalog.json"), "/etc/passwd");
        Config("""{ "catalogs": ["catalog.json"] }""");
        var r = Check();
        AssertConfigurationError(r, "hvlint.json:2:16: catalogs: 'catalog.json' is a link to a file outside the repository");
        Assert.DoesNotContain("root:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_a_device_such_as_dev_zero_is_refused_at_once()
    {
        File.CreateSymbolicLink(Path.Combine(Repo, "zero.json"), "/dev/zero");
        Config("""{ "catalogs": ["zero.json"] }""");
        AssertConfigurationError(WithinSeconds(() => Check()), "hvlint.json:2:16: catalogs: 'zero.json'");
    }

    [Fact]
    public void A_pipe_in_the_repository_is_refused_without_hanging()
    {
        MakeFifo(Path.Combine(Repo, "pipe.json"));
        Config("""{ "catalogs": ["pipe.json"] }""");
        AssertConfigurationError(WithinSeconds(() => Check()), "hvlint.json:2:16: catalogs: 'pipe.json' is not a regular file");
    }

    [Fact]
    public void A_pipe_in_a_catalog_folder_is_refused_without_hanging()
    {
        Directory.CreateDirectory(Path.Combine(Repo, "catalogs"));
        MakeFifo(Path.Combine(Repo, "catalogs", "pipe.json"));
        Config("""{ "catalogs": ["catalogs"] }""");
        AssertConfigurationError(WithinSeconds(() => Check()), "hvlint.json:2:16: catalogs: 'catalogs' (its file 'pipe.json') is not a regular file");
    }

    [Fact]
    public void A_catalog_over_16_MiB_is_refused_without_reading_it()
    {
        using (var f = new FileStream(Path.Combine(Repo, "huge.json"), FileMode.CreateNew))
        {
            f.SetLength((16L * 1024 * 1024) + 1);
        }

        Config("""{ "catalogs": ["huge.json"] }""");
        AssertConfigurationError(Check(), "hvlint.json:2:16: catalogs: 'huge.json' is larger than 16 MiB");
    }

    [Fact]
    public void A_catalog_that_is_not_JSON_is_reported_by_place_and_never_quoted()
    {
        File.WriteAllText(Path.Combine(Repo, "passwd.json"), PasswdLike);
        Config("""{ "catalogs": ["passwd.json"] }""");
        var r = Check();
        AssertConfigurationError(r, "passwd.json:1:1: not valid JSON");
        Assert.DoesNotContain("root", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'r'", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_byte_length_beyond_a_32_bit_integer_is_a_configuration_error()
    {
        File.WriteAllText(Path.Combine(Repo, "big.json"), """
            { "area": "contoso", "description": "x", "entries": [ {
                "store": "registry",
                "key": "HKLM\\SOFTWARE\\Contoso",
                "name": "Mac",
                "types": ["REG_BINARY"],
                "constraint": { "kind": "binary", "byteLength": 2147483648 },
                "description": "x",
                "source": "x"
            } ] }
            """);
        Config("""{ "catalogs": ["big.json"] }""");
        var r = Check();
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
    }

    // ----- 2. Discovery stops at the repository root -----

    [Theory]
    [InlineData("folder")]
    [InlineData("file")]
    [InlineData("subfolder-file")]
    [InlineData("worktree")]
    public void Configuration_above_the_repository_root_is_never_read(string how)
    {
        // A broken configuration above the root would stop the run with exit code 2 if it were read.
        File.WriteAllText(Path.Combine(_dir.Path, "hvlint.json"), """{ "rules": { "HV0101": "bogus" } }""");
        File.WriteAllText(Path.Combine(_dir.Path, ".hvlint.json"), """{ "rules": { "HV0101": "bogus" } }""");
        Directory.CreateDirectory(Path.Combine(Repo, "sub"));
        File.WriteAllText(Path.Combine(Repo, "sub", "b.reg"), Unknown);
        if (how == "worktree")
        {
            // In a git worktree or submodule, .git is a file.
            Directory.Delete(Path.Combine(Repo, ".git"));
            File.WriteAllText(Path.Combine(Repo, ".git"), "gitdir: /elsewhere\n");
        }

        var r = how switch
        {
            "folder" or "worktree" => CliRunner.Run(_dir.Path, "check", "repo"),
            "file" => CliRunner.Run(_dir.Path, "check", "repo/a.reg"),
            _ => CliRunner.Run(Path.Combine(Repo, "sub"), "check", "b.reg"),
        };
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("HV0101", r.Stdout, StringComparison.Ordinal);
    }

    // ----- 3. JSON text HvLint cannot use -----

    [Fact]
    public void A_lone_surrogate_in_the_configuration_is_a_configuration_error_with_its_place()
    {
        Config("""{ "target": "\ud800" }""");
        AssertConfigurationError(Check(), "hvlint.json:2:13: the string has an unpaired surrogate");
    }

    [Fact]
    public void A_lone_surrogate_in_a_property_name_is_a_configuration_error()
    {
        Config("""{ "\udc00": 1 }""");
        AssertConfigurationError(Check(), "hvlint.json:2:3: the string has an unpaired surrogate");
    }

    [Fact]
    public void Invalid_UTF8_in_the_configuration_is_a_configuration_error_with_its_place()
    {
        File.WriteAllBytes(Path.Combine(Repo, "hvlint.json"), [.. "{\n  \"target\": \""u8, 0xFF, 0xFE, .. "\" }"u8]);
        AssertConfigurationError(Check(), "hvlint.json:2:14: the file is not valid UTF-8");
    }

    [Fact]
    public void Deeply_nested_configuration_is_a_configuration_error()
    {
        Config("{ \"include\": " + new string('[', 5000) + new string(']', 5000) + " }");
        var r = Check();
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("hvlint.json:2:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_that_is_a_pipe_or_huge_is_refused_without_hanging()
    {
        MakeFifo(Path.Combine(Repo, "hvlint.json"));
        AssertConfigurationError(WithinSeconds(() => Check()), "hvlint.json: cannot be read: it is not a regular file");
        File.Delete(Path.Combine(Repo, "hvlint.json"));
        using (var f = new FileStream(Path.Combine(Repo, "hvlint.json"), FileMode.CreateNew))
        {
            f.SetLength((16L * 1024 * 1024) + 1);
        }

        AssertConfigurationError(Check(), "hvlint.json: cannot be read: the file is larger than 16 MiB");
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("2147483648")]
    [InlineData("-1")]
    public void A_baseline_version_that_is_not_1_is_a_configuration_error_with_its_place(string version)
    {
        File.WriteAllText(Path.Combine(Repo, "b.json"), "{\n  \"version\": " + version + ",\n  \"findings\": []\n}\n");
        AssertConfigurationError(Check("--baseline", "b.json"), $"b.json:2:14: baseline version {version} is not one this HvLint reads");
    }

    [Fact]
    public void A_lone_surrogate_in_a_baseline_is_a_configuration_error_with_its_place()
    {
        File.WriteAllText(Path.Combine(Repo, "b.json"), "{\"version\": 1, \"findings\": [\n  {\"path\": \"\\ud800\", \"ruleId\": \"HV0101\", \"identity\": \"x\"}\n]}\n");
        AssertConfigurationError(Check("--baseline", "b.json"), "b.json:2:12: the string has an unpaired surrogate");
    }

    [Fact]
    public void A_baseline_finding_of_the_wrong_shape_names_its_place()
    {
        File.WriteAllText(Path.Combine(Repo, "b.json"), "{\"version\": 1, \"findings\": [\n  {\"path\": 1}\n]}\n");
        AssertConfigurationError(Check("--baseline", "b.json"), "b.json:2:3: findings[0] has no 'path' string");
    }

    [Fact]
    public void A_deeply_nested_baseline_is_a_configuration_error()
    {
        File.WriteAllText(Path.Combine(Repo, "b.json"), "{\"findings\": " + new string('[', 5000) + new string(']', 5000) + "}");
        var r = Check("--baseline", "b.json");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("b.json:1:", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_is_a_device_or_a_pipe_is_refused_without_hanging()
    {
        AssertConfigurationError(WithinSeconds(() => Check("--baseline", "/dev/zero")), "/dev/zero: the baseline cannot be read: it is not a regular file");
        MakeFifo(Path.Combine(Repo, "pipe.json"));
        AssertConfigurationError(WithinSeconds(() => Check("--baseline", "pipe.json")), "pipe.json: the baseline cannot be read: it is not a regular file");
    }

    // ----- 4. What --output and --write-baseline replace -----

    [Theory]
    [InlineData("check", "--output")]
    [InlineData("check", "--write-baseline")]
    [InlineData("writes", "--output")]
    public void A_character_device_is_written_to_and_stays_a_device(string command, string option)
    {
        // A private copy of /dev/null, so that a regression cannot break the machine's own.
        var device = Path.Combine(_dir.Path, "null");
        Run("mknod", device, "c", "1", "3");
        var r = CliRunner.Run(Repo, command, "a.reg", option, device);
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.Equal(FileKind.Special, FileChecks.KindOf(device));
        Assert.Empty(Directory.GetFiles(_dir.Path, "*.tmp"));
    }

    [Fact]
    public async Task A_pipe_is_written_to_and_stays_a_pipe()
    {
        var pipe = Path.Combine(_dir.Path, "report.pipe");
        MakeFifo(pipe);
        var reader = Task.Run(() => File.ReadAllText(pipe));
        var r = WithinSeconds(() => CliRunner.Run(Repo, "check", "a.reg", "--output", pipe));
        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains("HV0101", await reader.WaitAsync(TimeSpan.FromSeconds(30)), StringComparison.Ordinal);
        Assert.Equal(FileKind.Special, FileChecks.KindOf(pipe));
    }

    [Theory]
    [InlineData("check", "--output")]
    [InlineData("check", "--write-baseline")]
    [InlineData("writes", "--output")]
    public void A_symbolic_link_is_followed_and_stays_a_link(string command, string option)
    {
        Directory.CreateDirectory(Path.Combine(Repo, "reports"));
        var link = Path.Combine(Repo, "latest");
        File.CreateSymbolicLink(link, Path.Combine("reports", "real.txt"));
        var r = CliRunner.Run(Repo, command, "a.reg", option, "latest");
        Assert.True(r.ExitCode is 0 or 1, r.ToString());
        Assert.Equal(Path.Combine("reports", "real.txt"), new FileInfo(link).LinkTarget);
        Assert.NotEqual(0, new FileInfo(Path.Combine(Repo, "reports", "real.txt")).Length);
        Assert.Empty(Directory.GetFiles(Repo, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_regular_file_is_still_replaced_atomically()
    {
        var out1 = Path.Combine(Repo, "out.txt");
        File.WriteAllText(out1, "old");
        Assert.Equal(1, CliRunner.Run(Repo, "check", "a.reg", "--output", "out.txt").ExitCode);
        Assert.Contains("HV0101", File.ReadAllText(out1), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Repo, "*.tmp"));
    }

    [Fact]
    public void A_failed_run_leaves_no_temporary_file()
    {
        Config("{ nope");
        Assert.Equal(2, Check("--output", "out.txt").ExitCode);
        Assert.Empty(Directory.GetFiles(Repo, "*.tmp"));
        Assert.False(File.Exists(Path.Combine(Repo, "out.txt")));
    }

    // ----- 6. Targets that cannot be written -----

    [Theory]
    [InlineData("--output", "/proc/hvlint-report.txt")]
    [InlineData("--write-baseline", "/proc/hvlint-baseline.json")]
    [InlineData("--output", "/sys/hvlint-report.txt")]
    [InlineData("--write-baseline", "/sys/hvlint-baseline.json")]
    [InlineData("--output", "full")]
    [InlineData("--write-baseline", "full")]
    public void An_unwritable_target_is_a_usage_error_naming_the_path_and_reason(string option, string path)
    {
        if (path == "full")
        {
            // A private copy of /dev/full, so that a regression cannot replace the machine's own.
            Run("mknod", Path.Combine(Repo, "full"), "c", "1", "7");
        }

        var r = Check(option, path);
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.StartsWith($"hvlint: cannot write {option} '{path}': ", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(".tmp", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_under_a_regular_file_is_a_usage_error()
    {
        var r = Check("--output", "a.reg/report.txt");
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Contains("is a file, not a folder", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdout_that_cannot_take_the_report_is_a_usage_error()
    {
        var (code, _, stderr) = RunProcess(Repo, "exec dotnet \"$0\" check a.reg > /dev/full");
        Assert.True(code == 2, $"exit {code}\n{stderr}");
        Assert.Contains("hvlint: cannot write to standard output: No space left on device", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }

    // ----- 5. Interrupted writes -----

    [Theory]
    [InlineData(Signal.Interrupt, 0)]
    [InlineData(Signal.Terminate, 0)]
    [InlineData(Signal.Interrupt, 400)]
    public void An_interrupt_leaves_no_temporary_file_whenever_it_arrives(Signal signal, int delayMs)
    {
        // Enough findings for a report of megabytes, so the run is still going when the signal comes.
        var text = new StringBuilder(Head);
        for (var i = 0; i < 8000; i++)
        {
            text.Append("\"ContosoThrottle\"=dword:00000008\n");
        }

        File.WriteAllText(Path.Combine(Repo, "big.reg"), text.ToString());
        using var process = StartHvLint(Repo, "check", "big.reg", "--format", "sarif", "--output", "report.sarif");
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && Directory.GetFiles(Repo, "*.tmp").Length == 0 && deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            Thread.Sleep(5);
        }

        Thread.Sleep(delayMs);
        if (!process.HasExited)
        {
            _ = Kill(process.Id, (int)signal);
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(120)), "hvlint did not stop after the signal");
        Assert.Empty(Directory.GetFiles(Repo, "*.tmp"));
        if (File.Exists(Path.Combine(Repo, "report.sarif")))
        {
            // The run finished first: then the report is whole.
            Assert.EndsWith("}\n", File.ReadAllText(Path.Combine(Repo, "report.sarif")), StringComparison.Ordinal);
        }
    }

    /// <summary>The Linux numbers of the signals the tests send.</summary>
    public enum Signal
    {
        /// <summary>SIGINT (Ctrl+C).</summary>
        Interrupt = 2,

        /// <summary>SIGTERM (a CI runner's cancel).</summary>
        Terminate = 15,
    }

    private static void AssertConfigurationError(CliResult r, string expected)
    {
        Assert.True(r.ExitCode == 2, r.ToString());
        Assert.Equal(string.Empty, r.Stdout);
        Assert.StartsWith("hvlint: configuration error: " + expected, r.Stderr, StringComparison.Ordinal);
    }

    private static CliResult WithinSeconds(Func<CliResult> run)
    {
        var task = Task.Run(run);
        Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "hvlint hung");
        return task.Result;
    }

    private static void MakeFifo(string path) => Run("mkfifo", path);

    private static void Run(string program, params string[] args)
    {
        using var p = Process.Start(new ProcessStartInfo(program, args) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }

    private static string HvLintDll => Path.Combine(AppContext.BaseDirectory, "hvlint.dll");

    private static Process StartHvLint(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(HvLintDll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        var p = Process.Start(info)!;
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }

    private static (int Code, string Stdout, string Stderr) RunProcess(string workingDirectory, string script)
    {
        var info = new ProcessStartInfo("/bin/sh") { WorkingDirectory = workingDirectory, UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(script);
        info.ArgumentList.Add(HvLintDll);
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        Assert.True(p.WaitForExit(TimeSpan.FromSeconds(120)));
        return (p.ExitCode, stdout.Result, stderr);
    }

    [DllImport("libc", EntryPoint = "kill")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);

    private void Config(string json) => File.WriteAllText(Path.Combine(Repo, "hvlint.json"), "\n" + json);

    private CliResult Check(params string[] extra) => CliRunner.Run(Repo, ["check", "a.reg", .. extra]);
}
