using System.Text.RegularExpressions;
using HvLint.TestKit;

namespace HvLint.Analyzers.Tests;

/// <summary>
/// The analyzer as users get it: the package packed from src/HvLint.Analyzers/Package, a new
/// project that references it with only the package's folder as a source (no network), and a
/// real 'dotnet build' whose output names the finding's file, line and column. The package holds
/// no System.Management.Automation, so the build also shows the C# path never loads PowerShell.
/// </summary>
public sealed partial class PackageTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private const string Migration = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "hvlint-analyzer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public void A_project_referencing_the_packed_analyzer_shows_the_finding_in_dotnet_build_and_editorconfig_sets_its_severity()
    {
        // The test's own build built the package project (a reference of this project), so packing
        // is only zipping: --no-build, with the nuspec written outside the repository.
        var packages = Path.Combine(_dir, "packages");
        var pack = Processes.Run("dotnet", ["pack", RepoPaths.Combine("src", "HvLint.Analyzers", "Package"), "--no-build", "--configuration", Configuration, "--output", packages, "-p:NuspecOutputPath=" + Path.Combine(_dir, "nuspec") + Path.DirectorySeparatorChar], _dir);
        Assert.True(pack.ExitCode == 0, "dotnet pack: " + pack);
        var nupkg = Assert.Single(Directory.GetFiles(packages, "*.nupkg"));
        var version = VersionOf().Match(Path.GetFileName(nupkg)).Groups[1].Value;
        using (var zip = System.IO.Compression.ZipFile.OpenRead(nupkg))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/HvLint.Analyzers.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/HvLint.Analyzers.CodeFixes.dll", entries);
            Assert.DoesNotContain(entries, e => e.Contains("System.Management.Automation", StringComparison.OrdinalIgnoreCase) || e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        }

        var sample = Path.Combine(_dir, "sample");
        // Nothing from folders above (the temp folder) takes part: empty Directory.Build files.
        Write(sample, "Directory.Build.props", "<Project />");
        Write(sample, "Directory.Build.targets", "<Project />");
        Write(sample, "Directory.Packages.props", "<Project />");
        Write(sample, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        Write(sample, "Sample.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HvLint.Analyzers" Version="{version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        // The same misspelt value name four times: at its default severity, switched off, made an error,
        // and switched off with its whole category (HvLint's category names).
        Write(sample, "Tuning.cs", Tuning("Tuning"));
        Write(sample, Path.Combine("Quiet", "QuietTuning.cs"), Tuning("QuietTuning"));
        Write(sample, Path.Combine("Quiet", ".editorconfig"), "[*.cs]\ndotnet_diagnostic.HV0101.severity = none\n");
        Write(sample, Path.Combine("Strict", "StrictTuning.cs"), Tuning("StrictTuning"));
        Write(sample, Path.Combine("Category", "CategoryTuning.cs"), Tuning("CategoryTuning"));
        Write(sample, Path.Combine("Category", ".editorconfig"), "[*.cs]\ndotnet_analyzer_diagnostic.category-unknown-name.severity = none\n");
        Write(sample, Path.Combine("Strict", ".editorconfig"), "[*.cs]\ndotnet_diagnostic.HV0101.severity = error\n");

        // A global packages folder of its own: the package is extracted fresh, never taken from a
        // cache filled by an earlier run with the same version.
        var build = Processes.Run("dotnet", ["build", "Sample.csproj", "--disable-build-servers", "-nologo", "-clp:NoSummary"], sample, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_dir, "nuget-packages") });

        var literal = Tuning("Tuning").Split('\n')[5].IndexOf("\"MaximumActiveTransfer\"", StringComparison.Ordinal) + 1;
        var output = build.Output;
        Assert.True(output.Contains($"{Path.DirectorySeparatorChar}Tuning.cs(6,{literal}): warning HV0101: 'MaximumActiveTransfer' is not a value", StringComparison.Ordinal), output);
        Assert.True(output.Contains($"StrictTuning.cs(6,{literal}): error HV0101: ", StringComparison.Ordinal), output);
        Assert.False(HasHv0101("QuietTuning.cs", output), output);
        Assert.False(HasHv0101("CategoryTuning.cs", output), output);
        // The error fails the build; nothing else does: the analyzer loaded and ran (no CS8032,
        // no AD0001), without the PowerShell assemblies the package leaves out.
        Assert.True(build.ExitCode != 0, build.ToString());
        foreach (var absent in new[] { "AD0001", "CS8032", "HVA00", "System.Management.Automation" })
        {
            Assert.False(output.Contains(absent, StringComparison.Ordinal), absent + " in:\n" + output);
        }
    }

    private static bool HasHv0101(string file, string output) =>
        output.Split('\n').Any(l => l.Contains(file + "(", StringComparison.Ordinal) && l.Contains(" HV0101: ", StringComparison.Ordinal));

    private static string Tuning(string className) => $$"""
        using Microsoft.Win32;

        public static class {{className}}
        {
            public static void Apply() =>
                Registry.SetValue(@"{{Migration}}", "MaximumActiveTransfer", 2, RegistryValueKind.DWord);
        }
        """.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^HvLint\.Analyzers\.(.+)\.nupkg$")]
    private static partial Regex VersionOf();

    private static void Write(string folder, string relative, string content)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }
}
