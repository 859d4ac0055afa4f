using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// The tool as users get it: 'dotnet pack' of src/HvLint.Cli, 'dotnet tool install' from the
/// .nupkg with only that folder as a package source (no network), then the installed command
/// run from a folder that is not the repository, so the catalog and the rule pages must come
/// from the package itself.
/// </summary>
[Collection(PackagingTests.Name)]
public sealed class ToolPackageTests : IDisposable
{
    private const string BadReg = "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfer\"=dword:00000002\r\n";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_packed_tool_installs_offline_runs_every_command_and_uninstalls()
    {
        var repo = RepoSnapshot.Create(Path.Combine(_dir.Path, "repo"));
        var packages = Path.Combine(_dir.Path, "packages");
        var pack = Processes.Run("dotnet", ["pack", "src/HvLint.Cli", "--configuration", "Release", "--output", packages], repo.Path);
        Assert.True(pack.ExitCode == 0, "dotnet pack: " + pack);
        var nupkg = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        Assert.StartsWith("HvLint.", Path.GetFileName(nupkg), StringComparison.Ordinal);

        // Only the local folder as a source: the install must not need the network.
        var config = _dir.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        var tools = Path.Combine(_dir.Path, "tools");
        var install = Processes.Run("dotnet", ["tool", "install", "--configfile", config, "--tool-path", tools, "--add-source", packages, "HvLint"], _dir.Path);
        Assert.True(install.ExitCode == 0, "dotnet tool install: " + install);
        var hvlint = Path.Combine(tools, OperatingSystem.IsWindows() ? "hvlint.exe" : "hvlint");
        Assert.True(File.Exists(hvlint), install.ToString());

        // Run from a folder outside the repository and the tool folder.
        var work = Path.Combine(_dir.Path, "work");
        Directory.CreateDirectory(work);
        File.WriteAllText(Path.Combine(work, "bad.reg"), BadReg);

        var version = Processes.Run(hvlint, ["--version"], work);
        Assert.Equal(0, version.ExitCode);
        Assert.Contains("hvlint " + ToolInfo.Version + "\n", version.Output, StringComparison.Ordinal);
        Assert.Contains("catalog " + HvLint.Core.Catalog.CatalogLoader.BuiltIn.Version, version.Output, StringComparison.Ordinal);

        var check = Processes.Run(hvlint, ["check", "bad.reg"], work);
        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("bad.reg:4:1: warning HV0101", check.Output, StringComparison.Ordinal);

        var explain = Processes.Run(hvlint, ["explain", "HV0101"], work);
        Assert.True(explain.ExitCode == 0, explain.ToString());
        Assert.StartsWith("# HV0101: UnknownValueName", explain.Output, StringComparison.Ordinal);

        var show = Processes.Run(hvlint, ["catalog", "show", "MaximumActiveTransfers"], work);
        Assert.True(show.ExitCode == 0, show.ToString());
        Assert.Contains(@"Virtualization\Migration\MaximumActiveTransfers", show.Output, StringComparison.Ordinal);

        var uninstall = Processes.Run("dotnet", ["tool", "uninstall", "--tool-path", tools, "HvLint"], _dir.Path);
        Assert.True(uninstall.ExitCode == 0, "dotnet tool uninstall: " + uninstall);
        Assert.False(File.Exists(hvlint), "the command is still there after uninstall");
    }
}
