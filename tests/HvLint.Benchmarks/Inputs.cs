using System.Globalization;
using System.Text;

namespace HvLint.Benchmarks;

/// <summary>The benchmark's inputs, generated into a temporary folder.</summary>
internal static class Inputs
{
    private const string Worker = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker";
    private const string Migration = @"HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    /// <summary>
    /// A PowerShell script of about <paramref name="bytes"/> bytes built like a large real tuning
    /// script: the repository's PowerShell examples (settings tables, splatting, Join-Path,
    /// native commands, DSC), each copy wrapped in its own function, plus plain per-host sections.
    /// </summary>
    public static string LargePowerShell(string examplesFolder, int bytes)
    {
        var examples = Directory.GetFiles(examplesFolder, "*.ps1").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var sb = new StringBuilder(bytes + 4096);
        for (var copy = 0; sb.Length < bytes; copy++)
        {
            var host = string.Create(CultureInfo.InvariantCulture, $"HV{copy:D4}");
            sb.Append("# ---- ").Append(host).Append(" ----\r\n");
            sb.Append("$base = '").Append(Worker).Append("'\r\n");
            sb.Append("Set-ItemProperty -Path $base -Name RamOpConcurrencyMax -Value ").Append(8 + (copy % 8)).Append("\r\n");
            sb.Append("Set-ItemProperty -Path (Join-Path $base '..\\Migration') -Name MaximumActiveTransfers -Value ").Append(1 + (copy % 4)).Append("\r\n");
            sb.Append("$p = @{ Path = '").Append(Migration).Append("'; Name = 'MaximumActiveTransfers'; Value = 2 }\r\nSet-ItemProperty @p\r\n");
            foreach (var example in examples)
            {
                sb.Append("function Invoke-Tuning").Append(copy).Append('_').Append(sb.Length).Append(" {\r\n").Append(example).Append("\r\n}\r\n");
                if (sb.Length >= bytes)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A PowerShell script of about <paramref name="bytes"/> bytes that is mostly ordinary
    /// administration (reads, audits, other software's settings) with few Hyper-V writes: the
    /// repository's read-only and other-software examples, each copy in its own function.
    /// </summary>
    public static string OrdinaryPowerShell(string examplesFolder, int bytes)
    {
        string[] names = ["read-only-audit.ps1", "other-software-and-runtime-values.ps1"];
        var examples = names.Select(n => File.ReadAllText(Path.Combine(examplesFolder, n))).ToArray();
        var sb = new StringBuilder(bytes + 4096);
        for (var copy = 0; sb.Length < bytes; copy++)
        {
            foreach (var example in examples)
            {
                sb.Append("function Get-Audit").Append(copy).Append('_').Append(sb.Length).Append(" {\r\n").Append(example).Append("\r\n}\r\n");
            }
        }

        return sb.ToString();
    }

    /// <summary>Many small .reg files, as a repository of per-host exports has.</summary>
    public static void ManyRegFiles(string folder, string examplesFolder, int count)
    {
        Directory.CreateDirectory(folder);
        var examples = Directory.GetFiles(examplesFolder, "*.reg").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
        for (var i = 0; i < count; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"host{i:D4}.reg")), examples[i % examples.Length]);
        }
    }

    /// <summary>
    /// Copies of the repository's examples (.reg, .ps1, .cmd, .bat), <paramref name="count"/> files
    /// in all: one folder per full set, so that the relative paths the examples use between
    /// themselves (reg import, dot-sourcing) still resolve.
    /// </summary>
    public static void MixedExamples(string folder, string examplesFolder, int count)
    {
        string[] extensions = [".reg", ".ps1", ".cmd", ".bat"];
        var examples = Directory.GetFiles(examplesFolder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Relative: Path.GetRelativePath(examplesFolder, f), Bytes: File.ReadAllBytes(f)))
            .ToArray();
        for (var i = 0; i < count; i++)
        {
            var (relative, bytes) = examples[i % examples.Length];
            var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"set{i / examples.Length:D4}"), relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>The script with each DSC 'Configuration' keyword read as 'function', as the front end parses it.</summary>
    public static string ConfigurationAsFunction(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"(?im)^([ \t]*)configuration(?=\s)", "$1function     ");
}
