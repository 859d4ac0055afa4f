using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// The real pre-commit (Debian's package; installed here when missing and possible) using this
/// repository as a hook repository, as another project's .pre-commit-config.yaml would: it packs
/// the repository with 'dotnet pack', installs the tool from the package and runs the 'hvlint'
/// hook of .pre-commit-hooks.yaml on a scratch repository's files.
/// </summary>
[Collection(PackagingTests.Name)]
public sealed class PreCommitHookTests : IDisposable
{
    private const string CleanReg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=dword:00000008\r\n";
    private const string BadReg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfer\"=dword:00000002\r\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [PreCommitFact]
    public void The_hooks_pass_clean_files_fail_a_bad_one_with_the_finding_and_fix_a_fixable_one()
    {
        var preCommit = PreCommitFactAttribute.FindOrInstall();
        Assert.True(preCommit is not null, "pre-commit is needed and could not be installed (apt-get install pre-commit); .ci/run installs it.");

        var hooks = RepoSnapshot.Create(Path.Combine(_dir.Path, "hvlint"));
        var work = Path.Combine(_dir.Path, "work");
        Directory.CreateDirectory(work);
        RepoSnapshot.Git(work, "init", "-q");
        File.WriteAllText(Path.Combine(work, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hooks.Path}
                rev: {hooks.Commit}
                hooks:
                  - id: hvlint
            """);
        File.WriteAllText(Path.Combine(work, "clean.reg"), CleanReg);
        File.WriteAllText(Path.Combine(work, "notes.txt"), "not a file HvLint reads\n");
        RepoSnapshot.Git(work, "add", "-A");

        // pre-commit's cache (the clone and the installed tool) stays in the test's folder.
        var environment = new Dictionary<string, string> { ["PRE_COMMIT_HOME"] = Path.Combine(_dir.Path, "cache") };
        var clean = Processes.Run(preCommit!, ["run", "--all-files", "--color", "never"], work, environment);
        Assert.True(clean.ExitCode == 0, "pre-commit on clean files: " + clean);
        Assert.Matches(@"hvlint\.+Passed", clean.Output);

        File.WriteAllText(Path.Combine(work, "bad.reg"), BadReg);
        RepoSnapshot.Git(work, "add", "-A");
        var bad = Processes.Run(preCommit!, ["run", "--all-files", "--color", "never"], work, environment);
        Assert.True(bad.ExitCode == 1, "pre-commit with a bad file: " + bad);
        Assert.Matches(@"hvlint\.+Failed", bad.Output);
        Assert.Contains("bad.reg:4:1: warning HV0101", bad.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("clean.reg:", bad.Output, StringComparison.Ordinal);

        // hvlint-fix applies the safe fix; pre-commit fails the run because the hook changed a
        // file, and passes the next one (the tool installed for the first hook is reused).
        File.WriteAllText(Path.Combine(work, ".pre-commit-config.yaml"), $"""
            repos:
              - repo: {hooks.Path}
                rev: {hooks.Commit}
                hooks:
                  - id: hvlint-fix
            """);
        File.Delete(Path.Combine(work, "bad.reg"));
        File.WriteAllText(Path.Combine(work, "header.reg"), CleanReg.Replace("5.00\r\n", "5.00  \r\n", StringComparison.Ordinal));
        RepoSnapshot.Git(work, "add", "-A");
        var fix = Processes.Run(preCommit!, ["run", "--all-files", "--color", "never"], work, environment);
        Assert.True(fix.ExitCode == 1, "pre-commit with a fixable file: " + fix);
        Assert.Contains("files were modified by this hook", fix.Output, StringComparison.Ordinal);
        Assert.Equal(CleanReg, File.ReadAllText(Path.Combine(work, "header.reg")));
        Assert.Equal(CleanReg, File.ReadAllText(Path.Combine(work, "clean.reg")));

        RepoSnapshot.Git(work, "add", "-A");
        var again = Processes.Run(preCommit!, ["run", "--all-files", "--color", "never"], work, environment);
        Assert.True(again.ExitCode == 0, "pre-commit after the fix: " + again);
    }
}

/// <summary>
/// Runs where pre-commit is installed or can be (Linux with apt-get, as root or with sudo).
/// With CI=true it always runs, so a missing pre-commit fails the test instead of skipping it.
/// </summary>
public sealed class PreCommitFactAttribute : FactAttribute
{
    public PreCommitFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (Processes.FindOnPath("pre-commit") is null && !CanInstall())
        {
            Skip = "pre-commit is not installed (apt-get install pre-commit) and cannot be installed here; .ci/run installs it and CI runs this test.";
        }
    }

    /// <summary>pre-commit's path, installing Debian's package when it is missing.</summary>
    public static string? FindOrInstall()
    {
        if (Processes.FindOnPath("pre-commit") is { } found)
        {
            return found;
        }

        if (CanInstall())
        {
            var sudo = Environment.UserName == "root" ? [] : new[] { "sudo", "-n" };
            var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
            string[] update = [.. sudo, "apt-get", "update", "-qq"];
            string[] install = [.. sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "pre-commit"];
            Processes.Run(update[0], update[1..], Path.GetTempPath(), env);
            Processes.Run(install[0], install[1..], Path.GetTempPath(), env);
        }

        return Processes.FindOnPath("pre-commit");
    }

    private static bool CanInstall() => OperatingSystem.IsLinux() && Processes.FindOnPath("apt-get") is not null
        && (Environment.UserName == "root" || Processes.FindOnPath("sudo") is not null);
}
