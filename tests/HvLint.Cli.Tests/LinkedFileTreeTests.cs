using HvLint.Core.Engine;

namespace HvLint.Cli.Tests;

/// <summary>
/// A linted file is untrusted input: reg import, dot-sourcing and Import-Module are followed only
/// inside the tree being linted (the repository, or the folder given), never to a file elsewhere,
/// a UNC path or a device; such a link is reported as HV0960 and the file is not read.
/// </summary>
public sealed class LinkedFileTreeTests : IDisposable
{
    private const string Secret = "SECRET_DB_PASSWORD_hunter2";

    // A write with a finding (a string where a DWORD belongs), so a followed file would print its line.
    private const string SecretReg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfers\"=\"" + Secret + "\"\r\n";

    private readonly TempDir _dir = new();

    public LinkedFileTreeTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir.Path, "repo", ".git"));
        _dir.Write("outside/secret.reg", SecretReg);
        _dir.Write("outside/tools.psm1", "Set-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration' -Name MaximumActiveTransfers -Value '" + Secret + "'\n");
    }

    private string Repo => Path.Combine(_dir.Path, "repo");

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("check")]
    [InlineData("writes")]
    public void A_relative_reg_import_out_of_the_repository_is_not_read(string command)
    {
        _dir.Write("repo/sub/a.cmd", "reg import ..\\..\\outside\\secret.reg\r\n");

        var r = CliRunner.Run(Repo, command, "sub");

        Assert.DoesNotContain(Secret, r.Stdout + r.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("outside/secret.reg", r.Stdout, StringComparison.Ordinal);
        if (command == "check")
        {
            Assert.True(r.ExitCode == 0, r.ToString()); // A note: the run does not fail by default.
            Assert.Contains(@"sub/a.cmd:1:1: note HV0960: '..\..\outside\secret.reg' is not read: it is outside the folder being linted", r.Stdout, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.Contains(@"hvlint: writes: sub/a.cmd:1:1: '..\..\outside\secret.reg' is not read: it is outside the folder being linted", r.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_absolute_reg_import_and_an_absolute_dot_source_are_not_read()
    {
        var secret = Path.Combine(_dir.Path, "outside", "secret.reg");
        var module = Path.Combine(_dir.Path, "outside", "tools.psm1");
        _dir.Write("repo/a.cmd", $"reg import {secret}\r\n");
        _dir.Write("repo/b.ps1", $". {module}\nImport-Module {module}\n");

        var r = CliRunner.Run(Repo, "check", ".", "--format", "json");

        Assert.DoesNotContain(Secret, r.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, CountOf(r.Stdout, "\"HV0960\""));
        Assert.Contains(module, r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void With_as_one_host_an_outside_file_is_not_read_either()
    {
        _dir.Write("repo/a.cmd", "reg import ..\\outside\\secret.reg\r\n");
        _dir.Write("repo/b.reg", "Windows Registry Editor Version 5.00\r\n");

        var r = CliRunner.Run(Repo, "check", "--as-one-host", "a.cmd", "b.reg");

        Assert.DoesNotContain(Secret, r.Stdout, StringComparison.Ordinal);
        Assert.Contains("HV0960", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_configuration_beside_the_outside_file_is_not_loaded()
    {
        // Were the outside file linted, its folder's configuration would be looked up, and this one is broken.
        _dir.Write("outside/hvlint.json", "{ \"rules\": ");
        _dir.Write("repo/a.cmd", "reg import ..\\outside\\secret.reg\r\n");

        var r = CliRunner.Run(Repo, "check", "a.cmd");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.DoesNotContain("configuration error", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("HV0960", r.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(@"reg import \\host\share\x.reg", "a UNC path")]
    [InlineData(@"reg import \\?\C:\tuning\x.reg", "a Windows device or long-path namespace path")]
    [InlineData(@"reg import \\.\pipe\x.reg", "a Windows device or long-path namespace path")]
    [InlineData(@"reg import CON.reg", "a Windows device name")]
    [InlineData(@"reg import /dev/stdin.reg", "a device or kernel file")]
    public void Unc_and_device_paths_are_never_resolved(string line, string kind)
    {
        _dir.Write("repo/a.cmd", line + "\r\n");

        var r = CliRunner.Run(Repo, "check", "a.cmd", "--fail-level", "note");

        Assert.True(r.ExitCode == 1, r.ToString());
        Assert.Contains($"note HV0960: '{line["reg import ".Length..]}' is not read: it is {kind}", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_drive_path_is_outside_the_tree_wherever_hvlint_runs()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // There it is an ordinary absolute path, checked like any other.
        }

        _dir.Write("repo/a.cmd", "reg import C:\\Deploy\\host.reg\r\n");

        var r = CliRunner.Run(Repo, "check", "a.cmd");

        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Contains(@"a.cmd:1:1: note HV0960: 'C:\Deploy\host.reg' is not read: it is an absolute path on the Windows host", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_inside_the_repository_that_points_outside_is_outside()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        File.CreateSymbolicLink(Path.Combine(Repo, "shared.reg"), Path.Combine(_dir.Path, "outside", "secret.reg"));
        Directory.CreateSymbolicLink(Path.Combine(Repo, "vendor"), Path.Combine(_dir.Path, "outside"));
        _dir.Write("repo/a.cmd", "reg import shared.reg\r\nreg import vendor\\secret.reg\r\n");

        var r = CliRunner.Run(Repo, "check", "a.cmd");

        Assert.DoesNotContain(Secret, r.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(r.Stdout, "HV0960"));
    }

    [Fact]
    public void A_file_in_the_tree_that_is_a_symbolic_link_to_a_file_outside_is_not_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating symbolic links needs a privilege on Windows.
        }

        Directory.CreateDirectory(Path.Combine(Repo, "hosts"));
        File.CreateSymbolicLink(Path.Combine(Repo, "hosts", "evil.reg"), Path.Combine(_dir.Path, "outside", "secret.reg"));
        File.CreateSymbolicLink(Path.Combine(Repo, "hosts", "fine.reg"), Path.Combine(Repo, "base.reg"));
        _dir.Write("repo/base.reg", "Windows Registry Editor Version 5.00\r\n");

        var walked = CliRunner.Run(Repo, "check", "hosts");
        var named = CliRunner.Run(Repo, "check", "hosts/evil.reg");

        foreach (var r in new[] { walked, named })
        {
            Assert.DoesNotContain(Secret, r.Stdout, StringComparison.Ordinal);
            Assert.Contains("hosts/evil.reg:1:1: note HV0960: 'hosts/evil.reg' is not read: it is a symbolic link and its target is outside", r.Stdout, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("hosts/fine.reg", walked.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_anywhere_inside_the_repository_is_still_followed()
    {
        _dir.Write("repo/shared/base.reg", SecretReg);
        _dir.Write("repo/sub/a.cmd", "reg import ..\\shared\\base.reg\r\n");

        // Only sub/ is given, but the repository is the tree: the imported file is linted.
        var r = CliRunner.Run(Repo, "check", "sub");

        Assert.Contains("shared/base.reg:4:", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("HV0960", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_a_repository_the_tree_is_the_folder_given()
    {
        Directory.Delete(Path.Combine(Repo, ".git"));
        _dir.Write("repo/shared/base.reg", SecretReg);
        _dir.Write("repo/sub/a.cmd", "reg import ..\\shared\\base.reg\r\n");

        var narrow = CliRunner.Run(Repo, "check", "sub");
        var wide = CliRunner.Run(Repo, "check", ".");

        Assert.Contains("HV0960", narrow.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, narrow.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("HV0960", wide.Stdout, StringComparison.Ordinal);
        Assert.Contains(Secret, wide.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_that_reads_only_its_documents_reports_the_link_and_does_not_follow_it()
    {
        var script = _dir.Write("repo/a.cmd", "reg import ..\\outside\\secret.reg\r\n");

        var result = CliHost.DefaultEngine().Lint(new LintRequest(script, "a.cmd") { Links = LinkPolicy.DocumentsOnly }).Single();

        var d = Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0960");
        Assert.Equal(0, d.Location.Span.Start);
        Assert.Empty(result.LinkedFiles);
    }

    [Fact]
    public void Text_without_a_location_names_a_unc_path()
    {
        var result = CliHost.DefaultEngine().LintBytes("a.cmd", "reg import \\\\host\\share\\x.reg\r\nreg import x.reg\r\n"u8.ToArray());

        Assert.Single(result.Diagnostics, d => d.Rule.Id == "HV0960");
    }

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
