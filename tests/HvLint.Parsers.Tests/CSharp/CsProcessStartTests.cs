using HvLint.Core.Model;
using static HvLint.Parsers.Tests.CSharp.CsTestHelpers;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>Process.Start of reg.exe and bcdedit: the command line goes to the shared interpreters.</summary>
public class CsProcessStartTests
{
    [Fact]
    public void Bcdedit_with_a_literal_command_line_is_a_BCD_write_with_spans_inside_the_literal()
    {
        var result = CsMain("""
            Process.Start("bcdedit", "/set {current} hypervisorlaunchtype auto");
            """);
        var w = Assert.IsType<BcdWrite>(Assert.Single(result.Writes));

        Assert.Equal(("hypervisorlaunchtype", "auto"), (w.Element, w.Value!.Text));
        Assert.Equal(BcdObjectReference.Current, w.Object);
        Assert.Equal("hypervisorlaunchtype", result.Text(w.ElementSpan));
        Assert.Equal("auto", result.Text(w.ValueSpan));
        Assert.Equal("{current}", result.Text(w.ObjectSpan));
        Assert.Equal(CommandShell.None, w.Shell);
    }

    [Fact]
    public void Reg_exe_through_a_ProcessStartInfo_with_escaped_quotes_and_backslashes()
    {
        var result = CsMain("""
            var psi = new ProcessStartInfo("reg.exe")
            {
                Arguments = "add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /v MaximumActiveTransfers /t REG_DWORD /d 8 /f",
                UseShellExecute = false,
            };
            using var p = Process.Start(psi);
            """);
        var w = Assert.Single(result.Registry());

        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal(("MaximumActiveTransfers", 8UL), (w.ValueName, w.Data!.Number));
        Assert.Equal(WriteForm.RegExe, w.Form);
        Assert.Equal("MaximumActiveTransfers", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
    }

    [Fact]
    public void Arguments_set_after_the_start_info_is_made_and_a_verbatim_path()
    {
        var w = CsMain("""
            var psi = new ProcessStartInfo();
            psi.FileName = @"C:\Windows\System32\bcdedit.exe";
            psi.Arguments = "/set {default} hypervisorlaunchtype off";
            Process.Start(psi);
            """).Writes;

        var bcd = Assert.IsType<BcdWrite>(Assert.Single(w));
        Assert.Equal("off", bcd.Value!.Text);
    }

    [Fact]
    public void A_list_of_arguments_passes_each_element_as_one_argument()
    {
        var w = CsMain("""
            Process.Start("bcdedit", new[] { "/set", "{current}", "hypervisorlaunchtype", "off" });
            """).Writes;

        Assert.Equal("off", Assert.IsType<BcdWrite>(Assert.Single(w)).Value!.Text);
    }

    [Fact]
    public void Arguments_computed_at_run_time_and_other_programs_give_nothing()
    {
        var result = CsMain("""
            Process.Start("bcdedit", "/set {current} hypervisorlaunchtype " + args[0]);
            Process.Start("notepad.exe", "/set {current} hypervisorlaunchtype off");
            Process.Start("bcdedit");
            """);

        Assert.Empty(result.Writes);
        Assert.Empty(result.Diagnostics);
    }
}
