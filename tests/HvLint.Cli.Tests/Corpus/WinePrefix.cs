using System.Diagnostics;

namespace HvLint.Cli.Tests.Corpus;

/// <summary>
/// A throw-away Wine prefix, booted once, in which .reg files are imported with Wine's regedit
/// and batch files run with Wine's cmd.exe and reg.exe. The prefix is sandboxed as far as Wine
/// allows: the Z: drive (this machine's root) is unmapped, HOME points into the temp folder (so
/// Documents and Desktop links do not reach a real home), no display is used, and the menu
/// builder and browser launcher are disabled.
/// </summary>
internal sealed class WinePrefix : IDisposable
{
    private readonly string _wine;
    private readonly string _wineserver;
    private readonly string _root;
    private readonly string[] _hives = ["system.reg", "user.reg", "userdef.reg"];

    private WinePrefix(string wine, string wineserver, string root)
    {
        _wine = wine;
        _wineserver = wineserver;
        _root = root;
    }

    /// <summary>The Wine prefix folder (WINEPREFIX).</summary>
    public string Prefix => Path.Combine(_root, "prefix");

    private string Work => Path.Combine(Prefix, "drive_c", "hvlint");

    /// <summary>The wine launcher on PATH ('wine64', else 'wine'), or null when Wine is not installed.</summary>
    public static string? FindWine() => FindOnPath("wine64") ?? FindOnPath("wine");

    /// <summary>Boots a fresh prefix (the slow part: once per test run) and keeps its hives as the template.</summary>
    public static WinePrefix Boot(string wine)
    {
        var wineserver = FindOnPath("wineserver") ?? FindOnPath("wineserver64") ?? "/usr/lib/wine/wineserver64";
        var root = Path.Combine(Path.GetTempPath(), "hvlint-wine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "home"));
        var p = new WinePrefix(wine, wineserver, root);
        var boot = p.Run([wine, "wineboot", "-i"], TimeSpan.FromMinutes(4));
        p.Run([wineserver, "-w"], TimeSpan.FromMinutes(1));
        if (!File.Exists(Path.Combine(p.Prefix, "system.reg")))
        {
            throw new InvalidOperationException("wineboot made no registry: " + boot);
        }

        // No Z: drive: a script must not reach this machine's files through it.
        File.Delete(Path.Combine(p.Prefix, "dosdevices", "z:"));
        Directory.CreateDirectory(p.Work);
        foreach (var hive in p._hives)
        {
            File.Copy(Path.Combine(p.Prefix, hive), Path.Combine(root, hive + ".template"), overwrite: true);
        }

        return p;
    }

    /// <summary>The registry as wineboot left it.</summary>
    public RegistryState Template()
    {
        var t = Path.Combine(_root, "template");
        Directory.CreateDirectory(t);
        foreach (var hive in _hives)
        {
            File.Copy(Path.Combine(_root, hive + ".template"), Path.Combine(t, hive), overwrite: true);
        }

        return RegistryState.LoadWinePrefix(t);
    }

    /// <summary>
    /// Resets the registry to the template, runs the file (regedit /s for .reg, cmd /c for batch)
    /// from C:\hvlint with no input, and returns the registry Wine saved afterwards.
    /// </summary>
    public (RegistryState State, string Log) Apply(string file)
    {
        foreach (var hive in _hives)
        {
            File.Copy(Path.Combine(_root, hive + ".template"), Path.Combine(Prefix, hive), overwrite: true);
        }

        var ext = Path.GetExtension(file).ToLowerInvariant();
        var name = "script" + ext;
        File.Copy(file, Path.Combine(Work, name), overwrite: true);
        var windowsPath = @"C:\hvlint\" + name;
        string[] command = ext == ".reg" ? [_wine, "regedit", "/s", windowsPath] : [_wine, "cmd", "/c", windowsPath];
        var log = Run(command, TimeSpan.FromSeconds(90));

        // Stop the server, which saves the registry to the hive files.
        Run([_wineserver, "-k"], TimeSpan.FromSeconds(30));
        Run([_wineserver, "-w"], TimeSpan.FromSeconds(30));
        return (RegistryState.LoadWinePrefix(Prefix), log);
    }

    public void Dispose()
    {
        try
        {
            Run([_wineserver, "-k"], TimeSpan.FromSeconds(30));
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
        }
    }

    private string Run(string[] command, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = Directory.Exists(Work) ? Work : _root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in command.Skip(1))
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["WINEPREFIX"] = Prefix;
        psi.Environment["WINEDEBUG"] = "-all";
        psi.Environment["WINEARCH"] = "win64";

        // No Mono or Gecko install prompts; no menu entries or browser started on this machine.
        psi.Environment["WINEDLLOVERRIDES"] = "mscoree,mshtml=;winemenubuilder.exe,winebrowser.exe=d";
        psi.Environment["HOME"] = Path.Combine(_root, "home");
        psi.Environment["XDG_CONFIG_HOME"] = Path.Combine(_root, "home", ".config");
        psi.Environment.Remove("DISPLAY");
        psi.Environment.Remove("WAYLAND_DISPLAY");

        using var process = Process.Start(psi)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            using var kill = Process.Start(new ProcessStartInfo(_wineserver, "-k") { UseShellExecute = false, Environment = { ["WINEPREFIX"] = Prefix } });
            kill?.WaitForExit(30_000);
            return $"timed out after {timeout}: {string.Join(' ', command)}";
        }

        return $"exit {process.ExitCode}\n{stdout.Result}{stderr.Result}";
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);
}
