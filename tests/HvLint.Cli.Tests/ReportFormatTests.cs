using HvLint.Cli.Output;

namespace HvLint.Cli.Tests;

/// <summary>
/// The formats of 'hvlint check' come from one table: the option accepts its names, the help
/// lists them, and each one writes a report.
/// </summary>
public sealed class ReportFormatTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_help_lists_the_formats_of_the_table()
    {
        var help = CliRunner.Run(_dir.Path, "check", "--help");
        Assert.Contains("--format " + string.Join('|', ReportFormats.Names) + " ", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_format_of_the_table_writes_a_report_and_others_are_refused()
    {
        File.WriteAllText(Path.Combine(_dir.Path, "host.reg"), "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n\"MaximumActiveTransfer\"=dword:00000002\r\n");
        foreach (var format in ReportFormats.Names)
        {
            var result = CliRunner.Run(_dir.Path, "check", "host.reg", "--format", format);
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("HV0101", result.Stdout, StringComparison.Ordinal);
        }

        var refused = CliRunner.Run(_dir.Path, "check", "host.reg", "--format", "xml");
        Assert.Equal(2, refused.ExitCode);
    }
}
