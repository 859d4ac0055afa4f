using System.Diagnostics;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace HvLint.LanguageServer.Tests;

/// <summary>
/// End to end in a real LSP client: headless Neovim (Debian's 'neovim') starts 'hvlint lsp', opens
/// a .reg file with a misspelt value name and does what a user does (Neovim/drive.lua): reads the
/// findings through vim.diagnostic.get, asks for the code actions at the finding, applies the quick
/// fix, waits for the new findings and hovers over the corrected name. Neovim runs with --clean (no
/// user configuration) and its state, cache, log and temporary folders inside the test's folder.
/// </summary>
public sealed class NeovimTests : IDisposable
{
    private static readonly TimeSpan s_wholeTest = TimeSpan.FromMinutes(3);

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-nvim-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [NeovimFact]
    public async Task In_Neovim_a_misspelt_value_name_shows_the_finding_its_quick_fix_corrects_it_and_hover_shows_the_catalog_entry()
    {
        var nvim = NeovimFactAttribute.FindOrInstall();
        Assert.True(nvim is not null, "Neovim is needed and could not be installed (apt-get install neovim); .ci/run installs it.");
        var file = Path.Combine(_folder, "migration.reg");
        File.WriteAllText(file, "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"EnableCompresion\"=dword:00000001\r\n");
        var onDisk = File.ReadAllText(file);

        var report = await RunAsync(nvim, file);

        // The finding as Neovim shows it: vim.diagnostic positions are 0-based lines and byte columns.
        var before = (JArray)report["before"]!;
        var finding = Assert.Single(before);
        Assert.Equal("HV0101", (string)finding["code"]!);
        Assert.Equal("hvlint", (string)finding["source"]!);
        Assert.Contains("Did you mean 'EnableCompression'?", (string)finding["message"]!, StringComparison.Ordinal);
        Assert.Equal(3, (int)finding["lnum"]!);
        Assert.Equal(0, (int)finding["col"]!);
        Assert.Equal(3, (int)finding["end_lnum"]!);
        Assert.Equal("\"EnableCompresion\"".Length, (int)finding["end_col"]!);
        Assert.Equal(2, (int)finding["severity"]!); // vim.diagnostic.severity.WARN

        // The quick fix offered at the finding, applied by Neovim's own workspace-edit code.
        // Beside it, the suppress-on-this-line action; the menu lists the fix first.
        var quickFixes = report["actions"]!.Where(a => (string?)a["kind"] == "quickfix").ToList();
        var fix = quickFixes[0];
        Assert.Contains("EnableCompression", (string)fix["title"]!, StringComparison.Ordinal);
        Assert.Contains(quickFixes, a => ((string)a["title"]!).StartsWith("Suppress HV0101", StringComparison.Ordinal));
        Assert.Equal((string)fix["title"]!, (string)report["applied"]!);
        Assert.Equal(
            ["Windows Registry Editor Version 5.00", string.Empty, "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]", "\"EnableCompression\"=dword:00000001"],
            report["lines"]!.Select(l => (string)l!));
        Assert.Equal("dos", (string)report["fileformat"]!); // The CR LF lines stayed CR LF lines.

        // Neovim sent the edit; the server published that version, with nothing left to report.
        Assert.True((int)report["versions"]!["after"]! > (int)report["versions"]!["before"]!);
        Assert.DoesNotContain(report["after"]!, d => (string?)d["code"] == "HV0101");
        Assert.Empty(report["after"]!);

        // Hover on the corrected name: its catalog entry.
        var hover = report["hover"]!;
        Assert.Equal("markdown", (string)hover["contents"]!["kind"]!);
        var shown = Regex.Replace((string)hover["contents"]!["value"]!, @"\\([\\`*_\[\]<>|#])", "$1");
        Assert.Contains("Virtualization\\Migration\\EnableCompression", shown, StringComparison.Ordinal);
        Assert.Contains("REG_DWORD", shown, StringComparison.Ordinal);
        Assert.Contains("vmms.exe", shown, StringComparison.Ordinal);
        Assert.Equal(3, (int)hover["range"]!["start"]!["line"]!);

        // Quitting shut the server down cleanly; the file itself was never written.
        Assert.Equal(0, (int)report["exit_code"]!);
        Assert.Equal(onDisk, File.ReadAllText(file));
    }

    /// <summary>Runs Neovim on the file with drive.lua; the report it wrote. Fails with Neovim's output when it fails or hangs.</summary>
    private async Task<JObject> RunAsync(string nvim, string file)
    {
        var output = Path.Combine(_folder, "report.json");
        var script = Path.Combine(AppContext.BaseDirectory, "Neovim", "drive.lua");
        var start = new ProcessStartInfo(nvim)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };

        // --clean: no user configuration or plugins; -n: no swap file; -i NONE: no ShaDa file.
        foreach (var argument in new[] { "--headless", "--clean", "-n", "-i", "NONE", "-c", "luafile " + script.Replace(" ", "\\ ", StringComparison.Ordinal) })
        {
            start.ArgumentList.Add(argument);
        }

        // Whatever Neovim (and the server it starts) would write under the home folder or /tmp goes here.
        foreach (var (name, sub) in new[] { ("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"), ("TMPDIR", "tmp") })
        {
            start.Environment[name] = Directory.CreateDirectory(Path.Combine(_folder, "nvim-" + sub)).FullName;
        }

        start.Environment["NVIM_LOG_FILE"] = Path.Combine(_folder, "nvim-cache", "nvim.log");
        start.Environment["HVLINT_NVIM_CMD"] = new JArray("dotnet", Path.Combine(AppContext.BaseDirectory, "hvlint.dll"), "lsp", "--stdio").ToString(Newtonsoft.Json.Formatting.None);
        start.Environment["HVLINT_NVIM_FILE"] = file;
        start.Environment["HVLINT_NVIM_OUT"] = output;
        start.Environment["HVLINT_NVIM_WAIT_MS"] = ((int)LspClient.Patience.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(s_wholeTest);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"Neovim did not finish within {s_wholeTest.TotalMinutes} minutes. {Describe(output, await stdout, await stderr)}");
        }

        Assert.True(process.ExitCode == 0 && File.Exists(output), $"Neovim exited with {process.ExitCode}. {Describe(output, await stdout, await stderr)}");
        return JObject.Parse(File.ReadAllText(output));
    }

    private static string Describe(string output, string stdout, string stderr) =>
        $"Report: {(File.Exists(output) ? File.ReadAllText(output) : "(none)")}\nstdout: {stdout}\nstderr: {stderr}";
}

/// <summary>
/// A fact that needs Neovim. It installs Debian's 'neovim' with apt-get (as root, or with sudo when
/// it needs no password) when it is missing; otherwise it is skipped on a developer machine, but
/// never in CI (CI=true), where it runs and fails, so the check cannot silently stop running.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeovimFactAttribute : FactAttribute
{
    public NeovimFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!OperatingSystem.IsLinux())
        {
            Skip = "The Neovim test runs on Linux (Debian's neovim); it runs in CI.";
        }
        else if (FindOnPath("nvim") is null && Installer() is null)
        {
            Skip = "Neovim is not installed (apt-get install neovim) and cannot be installed without root or sudo; .ci/run installs it and CI runs this check.";
        }
    }

    /// <summary>nvim's path, installing Debian's neovim with apt-get when it is missing.</summary>
    public static string? FindOrInstall()
    {
        if (FindOnPath("nvim") is { } found)
        {
            return found;
        }

        if (Installer() is { } prefix)
        {
            Run([.. prefix, "apt-get", "update", "-qq"]);
            Run([.. prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", "neovim"]);
        }

        return FindOnPath("nvim");
    }

    // apt-get as root, or through sudo when sudo asks no password; null when neither works.
    private static string[]? Installer()
    {
        if (!OperatingSystem.IsLinux() || FindOnPath("apt-get") is null)
        {
            return null;
        }

        if (Environment.UserName == "root")
        {
            return [];
        }

        return FindOnPath("sudo") is not null && Run(["sudo", "-n", "true"]) == 0 ? ["sudo", "-n", "DEBIAN_FRONTEND=noninteractive"] : null;
    }

    private static int Run(string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command[1..])
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var p = Process.Start(start)!;
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            return -1;
        }

        return p.ExitCode;
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(d => Path.Combine(d, name))
        .FirstOrDefault(File.Exists);
}
