using System.Globalization;
using System.Text;

namespace HvLint.Benchmarks;

/// <summary>
/// A document open in the editor, as the latency benchmark edits it: its lines (CR LF) and the
/// places a user's small edits go (the digit of a DWORD, a letter of a value name). Each edit
/// swaps the text at one place between its two forms, so a value name gains or loses a typo.
/// </summary>
internal sealed class EditedDocument(string languageId, List<string> lines, List<EditedDocument.Place> places)
{
    public string LanguageId { get; } = languageId;

    public int LineCount => lines.Count;

    public string Text => string.Join("\r\n", lines) + "\r\n";

    /// <summary>The <paramref name="k"/>-th edit: its range (line, start, end) and new text, applied here too.</summary>
    public (int Line, int Start, int End, string Text) Edit(int k)
    {
        // Spread over the file: consecutive edits land far apart, as a user's do not, but each
        // edit then lints a different part of the file's writes.
        var place = places[(int)((k * 7919L) % places.Count)];
        var line = lines[place.Line];
        var now = line.Substring(place.Column, place.A.Length);
        var next = now == place.A ? place.B : place.A;
        lines[place.Line] = string.Concat(line.AsSpan(0, place.Column), next, line.AsSpan(place.Column + next.Length));
        return (place.Line, place.Column, place.Column + now.Length, next);
    }

    /// <summary>A place an edit goes: column <see cref="Column"/> of line <see cref="Line"/> holds <see cref="A"/> or <see cref="B"/> (of the same length).</summary>
    public sealed record Place(int Line, int Column, string A, string B);
}

/// <summary>The latency benchmark's documents: about 5,000 lines each, written as a host's tuning files are.</summary>
internal static class LspInputs
{
    private const string MemoryReserve = @"SYSTEM\CurrentControlSet\Services\vid\Parameters\MemoryReserve";
    private const string Migration = @"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    /// <summary>
    /// A .reg file of Hyper-V keys: the Migration and Worker keys, then vid memory-reserve
    /// partitions (8 values each), one in 50 with the mistakes of a hand-edited file. Edits: the last digit of a partition's AllowNumaSpanning,
    /// and "Only" / "Onyl" in HugePagesOnly.
    /// </summary>
    public static EditedDocument Reg(int lineCount)
    {
        var sb = new StringBuilder("Windows Registry Editor Version 5.00\r\n\r\n; Hyper-V host tuning\r\n");
        using (var w = new StringWriter(sb, CultureInfo.InvariantCulture))
        {
            RegInputs.WriteHyperVHeaderKeys(w);
            for (var i = 0; Lines(sb) < lineCount; i++)
            {
                RegInputs.MemoryReserveKey(w, i, withMistakes: i % 50 == 25);
            }
        }

        var lines = Split(sb);
        var places = new List<EditedDocument.Place>();
        for (var n = 0; n < lines.Count; n++)
        {
            if (lines[n] == "\"AllowNumaSpanning\"=dword:00000001")
            {
                places.Add(new(n, lines[n].Length - 1, "1", "0"));
            }
            else if (lines[n].StartsWith("\"HugePagesOnly\"", StringComparison.Ordinal))
            {
                places.Add(new(n, "\"HugePages".Length, "Only", "Onyl"));
            }
        }

        return new EditedDocument("reg", lines, places);
    }

    /// <summary>
    /// A batch file of reg.exe and bcdedit commands: a memory-reserve partition's values per block
    /// with an error check. Edits: the /d digit of AllowNumaSpanning, and a letter of its name.
    /// </summary>
    public static EditedDocument Batch(int lineCount)
    {
        var sb = new StringBuilder("@echo off\r\nsetlocal\r\nrem Hyper-V host tuning\r\n");
        sb.Append("reg add \"HKLM\\").Append(Migration).Append("\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f\r\n");
        sb.Append("bcdedit /set {current} hypervisorlaunchtype auto\r\n");
        for (var i = 0; Lines(sb) < lineCount; i++)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"\"HKLM\\{MemoryReserve}\\{i}\"");
            sb.Append("rem ---- partition ").Append(i).Append(" ----\r\n");
            sb.Append("reg add ").Append(key).Append(" /v AllowNumaSpanning /t REG_DWORD /d 1 /f\r\n");
            sb.Append("reg add ").Append(key).Append(" /v HugePagesOnly /t REG_DWORD /d 0 /f\r\n");
            sb.Append("reg add ").Append(key).Append(" /v UseSystemPartitionForHvDeposits /t REG_DWORD /d 0 /f\r\n");
            sb.Append("if errorlevel 1 echo partition ").Append(i).Append(" failed\r\n");
        }

        var lines = Split(sb);
        var places = new List<EditedDocument.Place>();
        for (var n = 0; n < lines.Count; n++)
        {
            var at = lines[n].IndexOf(" /v AllowNumaSpanning /t REG_DWORD /d 1", StringComparison.Ordinal);
            if (at >= 0)
            {
                places.Add(new(n, at + " /v AllowNumaSpanning /t REG_DWORD /d ".Length, "1", "0"));
                places.Add(new(n, at + " /v AllowNumaSpann".Length, "ing", "ign"));
            }
        }

        return new EditedDocument("bat", lines, places);
    }

    /// <summary>
    /// A PowerShell script of one function per memory-reserve partition: a parameter, a
    /// Test-Path / New-Item guard, Set-ItemProperty with a variable path, splatting. Edits: the
    /// -Value digit of AllowNumaSpanning, and a letter of its name.
    /// </summary>
    public static EditedDocument PowerShell(int lineCount)
    {
        var sb = new StringBuilder("#Requires -RunAsAdministrator\r\n# Hyper-V host tuning\r\n");
        sb.Append("Set-ItemProperty -Path 'HKLM:\\").Append(Migration).Append("' -Name MaximumActiveTransfers -Value 8\r\n\r\n");
        for (var i = 0; Lines(sb) < lineCount; i++)
        {
            sb.Append(string.Create(CultureInfo.InvariantCulture, $$"""
                function Set-Partition{{i}}Reserve {
                    [CmdletBinding()]
                    param([string]$ComputerName = 'HV{{i % 64:D4}}')
                    $reserve = 'HKLM:\{{MemoryReserve}}\{{i}}'
                    if (-not (Test-Path -Path $reserve)) {
                        New-Item -Path $reserve -Force | Out-Null
                    }
                    Set-ItemProperty -Path $reserve -Name AllowNumaSpanning -Value 1 -Type DWord
                    Set-ItemProperty -Path $reserve -Name HugePagesOnly -Value 0 -Type DWord
                    $deposits = @{ Path = $reserve; Name = 'UseSystemPartitionForHvDeposits'; Value = 0 }
                    Set-ItemProperty @deposits
                    Write-Verbose "Memory reserve {{i}} set on $ComputerName"
                }


                """).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("\r\r\n", "\r\n", StringComparison.Ordinal));
        }

        var lines = Split(sb);
        var places = new List<EditedDocument.Place>();
        for (var n = 0; n < lines.Count; n++)
        {
            var at = lines[n].IndexOf("-Name AllowNumaSpanning -Value 1", StringComparison.Ordinal);
            if (at >= 0)
            {
                places.Add(new(n, at + "-Name AllowNumaSpanning -Value ".Length, "1", "0"));
                places.Add(new(n, at + "-Name AllowNumaSpann".Length, "ing", "ign"));
            }
        }

        return new EditedDocument("powershell", lines, places);
    }

    private static int Lines(StringBuilder sb)
    {
        var count = 0;
        foreach (var chunk in sb.GetChunks())
        {
            count += chunk.Span.Count('\n');
        }

        return count;
    }

    private static List<string> Split(StringBuilder sb) => [.. sb.ToString().TrimEnd('\r', '\n').Split("\r\n")];
}
