using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>bcdedit /set, /deletevalue, identifiers and the commands that write nothing (docs/formats.md §3.1, §3.2).</summary>
public class BcdEditTests
{
    [Fact]
    public void Set_with_an_identifier_becomes_a_write_with_spans()
    {
        var result = BcdCommand("bcdedit /set {current} hypervisorlaunchtype auto");

        var w = result.SingleBcdWrite();
        Assert.Equal(BcdOperation.Set, w.Operation);
        Assert.Equal("{current}", w.Object.ToString());
        Assert.Equal("{current}", result.Text(w.ObjectSpan));
        Assert.Equal("hypervisorlaunchtype", w.Element);
        Assert.Equal("hypervisorlaunchtype", result.Text(w.ElementSpan));
        Assert.Equal("auto", w.Value?.Text);
        Assert.Equal("auto", result.Text(w.ValueSpan));
        Assert.Null(w.Store);
        Assert.Equal((Certainty.Literal, Certainty.Literal), (w.ObjectCertainty, w.ValueCertainty));
        Assert.Equal(result.Source.Text, result.Text(w.Span));
    }

    [Fact]
    public void Set_without_an_identifier_targets_current()
    {
        var w = BcdCommand("bcdedit /set hypervisorlaunchtype off").SingleBcdWrite();

        Assert.Equal("{current}", w.Object.ToString());
        Assert.Null(w.ObjectSpan);
    }

    [Theory]
    [InlineData("{Default}", "{default}")]
    [InlineData("{HYPERVISORSETTINGS}", "{hypervisorsettings}")]
    [InlineData("{bootmgr}", "{bootmgr}")]
    [InlineData("{fwbootmgr}", "{fwbootmgr}")]
    [InlineData("{memdiag}", "{memdiag}")]
    [InlineData("{dbgsettings}", "{dbgsettings}")]
    [InlineData("{globalsettings}", "{globalsettings}")]
    [InlineData("{CBD971BF-B7B8-4885-951A-FA03044F5D71}", "{cbd971bf-b7b8-4885-951a-fa03044f5d71}")]
    public void Identifiers_are_lower_cased_with_their_braces(string written, string id)
    {
        Assert.Equal(id, BcdCommand($"bcdedit /set {written} description x").SingleBcdWrite().Object.ToString());
    }

    [Fact]
    public void Element_and_value_are_kept_as_written()
    {
        var w = BcdCommand("bcdedit /set {current} HypervisorLaunchType Auto").SingleBcdWrite();

        Assert.Equal("HypervisorLaunchType", w.Element);
        Assert.Equal("Auto", w.Value?.Text);
    }

    [Fact]
    public void Unknown_elements_and_values_are_left_to_the_rules()
    {
        var w = BcdCommand("bcdedit /set {current} vmslaunchtype sometimes").SingleBcdWrite();

        Assert.Equal("vmslaunchtype", w.Element);
        Assert.Equal("sometimes", w.Value?.Text);
    }

    [Fact]
    public void A_value_written_as_several_arguments_is_joined_and_spans_them_all()
    {
        // docs/formats.md §3.4: `hypervisorloadoptions NOFORCESNOOP Yes`.
        var result = BcdCommand("bcdedit /set {current} hypervisorloadoptions NOFORCESNOOP Yes");

        var w = result.SingleBcdWrite();
        Assert.Equal("NOFORCESNOOP Yes", w.Value?.Text);
        Assert.Equal("NOFORCESNOOP Yes", result.Text(w.ValueSpan));
    }

    [Fact]
    public void A_quoted_value_is_one_argument()
    {
        var w = BcdCommand(@"bcdedit /set {current} description ""Windows Server (no Hyper-V)""").SingleBcdWrite();

        Assert.Equal("Windows Server (no Hyper-V)", w.Value?.Text);
    }

    [Fact]
    public void Commands_accept_a_dash_and_any_case()
    {
        Assert.Equal("hypervisorlaunchtype", BcdCommand("bcdedit -set {current} hypervisorlaunchtype off").SingleBcdWrite().Element);
        Assert.Equal("hypervisorlaunchtype", BcdCommand("BCDEDIT.EXE /SET hypervisorlaunchtype off").SingleBcdWrite().Element);
    }

    [Fact]
    public void Deletevalue_deletes_an_element()
    {
        var result = BcdCommand("bcdedit /deletevalue {current} hypervisorlaunchtype");

        var w = result.SingleBcdWrite();
        Assert.Equal(BcdOperation.DeleteValue, w.Operation);
        Assert.Equal("{current}", w.Object.ToString());
        Assert.Equal("hypervisorlaunchtype", w.Element);
        Assert.Null(w.Value);
        Assert.Null(w.ValueSpan);
    }

    [Fact]
    public void Deletevalue_without_an_identifier_targets_current()
    {
        Assert.Equal("{current}", BcdCommand("bcdedit /deletevalue hypervisorschedulertype").SingleBcdWrite().Object.ToString());
    }

    [Fact]
    public void Deletevalue_takes_one_element()
    {
        var result = BcdCommand("bcdedit /deletevalue {current} hypervisorlaunchtype off");

        result.AssertFinding("HV0922", "off");
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Store_is_kept_on_the_write()
    {
        var w = BcdCommand(@"bcdedit /store C:\Boot\BCD /set {default} hypervisorlaunchtype off").SingleBcdWrite();

        Assert.Equal(@"C:\Boot\BCD", w.Store);
        Assert.Equal("{default}", w.Object.ToString());
    }

    [Fact]
    public void Store_without_a_file_is_reported()
    {
        BcdCommand("bcdedit /store").AssertFinding("HV0921", "/store");
    }

    [Theory]
    [InlineData("bcdedit /set {current} hypervisorlaunchtype", "hypervisorlaunchtype")]
    [InlineData("bcdedit /set hypervisorlaunchtype", "hypervisorlaunchtype")]
    [InlineData("bcdedit /set", "/set")]
    [InlineData("bcdedit /set {current}", "/set")]
    [InlineData("bcdedit /deletevalue {current}", "/deletevalue")]
    [InlineData("bcdedit /copy", "/copy")]
    [InlineData("bcdedit /copy {current}", "{current}")]
    [InlineData(@"bcdedit /copy {current} /d", "/d")]
    public void Missing_arguments_are_reported_and_nothing_is_written(string line, string at)
    {
        var result = BcdCommand(line);

        result.AssertFinding("HV0921", at);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("bcdedit /set {curent} hypervisorlaunchtype auto", "{curent}", "Did you mean {current}?")]
    [InlineData("bcdedit /set {hypervisorsetting} hypervisordebug on", "{hypervisorsetting}", "Did you mean {hypervisorsettings}?")]
    [InlineData("bcdedit /set {cbd971bf-b7b8-4885-951a-fa03044f5d7} hypervisorlaunchtype off", "{cbd971bf-b7b8-4885-951a-fa03044f5d7}", "8, 4, 4, 4 and 12")]
    [InlineData("bcdedit /set current hypervisorlaunchtype off", "current", "without its braces")]
    [InlineData("bcdedit /set cbd971bf-b7b8-4885-951a-fa03044f5d71 hypervisorlaunchtype off", "cbd971bf-b7b8-4885-951a-fa03044f5d71", "without its braces")]
    [InlineData("bcdedit /deletevalue {nonsense} hypervisorlaunchtype", "{nonsense}", "well-known identifier")]
    [InlineData(@"bcdedit /copy {currnet} /d ""x""", "{currnet}", "Did you mean {current}?")]
    [InlineData("bcdedit /delete {curent}", "{curent}", "Did you mean {current}?")]
    public void Malformed_identifiers_are_reported_and_nothing_is_written(string line, string at, string hint)
    {
        var result = BcdCommand(line);

        Assert.Contains(hint, result.AssertFinding("HV0920", at), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("bcdedit /sett {current} hypervisorlaunchtype auto", "/sett", "Did you mean /set?")]
    [InlineData("bcdedit set {current} hypervisorlaunchtype auto", "set", "start with '/'")]
    [InlineData("bcdedit /hypervisorsetings SERIAL", "/hypervisorsetings", "Did you mean /hypervisorsettings?")]
    public void Unknown_commands_are_reported(string line, string at, string hint)
    {
        var result = BcdCommand(line);

        Assert.Contains(hint, result.AssertFinding("HV0922", at), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("bcdedit")]
    [InlineData("bcdedit /enum")]
    [InlineData("bcdedit /enum all /v")]
    [InlineData("bcdedit /v")]
    [InlineData("bcdedit /enum {hypervisorsettings}")]
    [InlineData(@"bcdedit /copy {current} /d ""No Hyper-V""")]
    [InlineData(@"bcdedit /create /d ""Debugger"" /application osloader")]
    [InlineData("bcdedit /delete {cbd971bf-b7b8-4885-951a-fa03044f5d71} /cleanup")]
    [InlineData("bcdedit /bootsequence {cbd971bf-b7b8-4885-951a-fa03044f5d71}")]
    [InlineData("bcdedit /default {current}")]
    [InlineData("bcdedit /displayorder {cbd971bf-b7b8-4885-951a-fa03044f5d71} /addlast")]
    [InlineData("bcdedit /timeout 5")]
    [InlineData(@"bcdedit /export C:\bcd-backup")]
    [InlineData("bcdedit /hypervisorsettings")]
    [InlineData("bcdedit /dbgsettings")]
    [InlineData("bcdedit /?")]
    public void Commands_that_change_no_element_write_nothing_and_are_not_misread(string line)
    {
        var result = BcdCommand(line);

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("bcdedit /debug on", "{current}", "debug", "on")]
    [InlineData("bcdedit /debug {default} off", "{default}", "debug", "off")]
    [InlineData("bcdedit /bootdebug {bootmgr} on", "{bootmgr}", "bootdebug", "on")]
    [InlineData("bcdedit /ems on", "{current}", "ems", "on")]
    public void Debug_switches_set_the_element_of_their_name(string line, string id, string element, string value)
    {
        var w = BcdCommand(line).SingleBcdWrite();

        Assert.Equal((id, element, value), (w.Object.ToString(), w.Element, w.Value?.Text));
    }

    [Fact]
    public void An_unquoted_powershell_script_block_is_reported_and_the_rest_of_the_command_still_checked()
    {
        const string Text = "bcdedit /set {current} hypervisorlaunchtype off";
        var result = BcdCommand(
            Text,
            new CommandArgument("/set", new TextSpan(8, 4)),
            new CommandArgument("{current}", new TextSpan(13, 9)) { IsScriptBlock = true },
            new CommandArgument("hypervisorlaunchtype", new TextSpan(23, 20)),
            new CommandArgument("off", new TextSpan(44, 3)));

        Assert.Contains("script block", result.AssertFinding("HV0920", "{current}"), StringComparison.Ordinal);
        // The write the author meant is kept, so value checks report what cmd.exe users see too.
        var write = Assert.IsType<BcdWrite>(Assert.Single(result.Writes));
        Assert.Equal("{current}", write.Object.ToString());
        Assert.Equal("off", write.Value?.Text);
    }

    [Fact]
    public void A_captured_copy_is_the_object_of_the_write()
    {
        const string Text = "bcdedit /set $guid hypervisorlaunchtype off";
        var w = BcdCommand(
            Text,
            new CommandArgument("/set", new TextSpan(8, 4)),
            new CommandArgument("{5a1f}", new TextSpan(13, 5), Certainty.Resolved) { BcdObject = BcdObjectReference.CopyOf(BcdObjectReference.Current) },
            new CommandArgument("hypervisorlaunchtype", new TextSpan(19, 20)),
            new CommandArgument("off", new TextSpan(40, 3))).SingleBcdWrite();

        Assert.Equal("copy-of:{current}", w.Object.ToString());
        Assert.Equal(Certainty.Resolved, w.ObjectCertainty);
    }

    [Fact]
    public void An_identifier_computed_at_run_time_is_unknown()
    {
        var w = Run("bcdedit /set %ENTRY% hypervisorlaunchtype off\r\n").SingleBcdWrite();

        Assert.Equal("unknown", w.Object.ToString());
        Assert.Equal(Certainty.Unresolved, w.ObjectCertainty);
    }

    [Fact]
    public void A_value_computed_at_run_time_is_unresolved()
    {
        var w = Run("bcdedit /set {current} hypervisorlaunchtype %MODE%\r\n").SingleBcdWrite();

        Assert.Equal(Certainty.Unresolved, w.ValueCertainty);
        Assert.Equal("%MODE%", w.Value?.Text);
    }

    [Fact]
    public void An_element_computed_at_run_time_writes_nothing()
    {
        var result = Run("bcdedit /set {current} %SETTING% off\r\n");

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData(@"/copy {current} /d ""X""", "copy-of:{current}")]
    [InlineData(@"/copy {Default} /d ""X""", "copy-of:{default}")]
    [InlineData(@"/store C:\BCD /copy {cbd971bf-b7b8-4885-951a-fa03044f5d71} /d X", "copy-of:{cbd971bf-b7b8-4885-951a-fa03044f5d71}")]
    public void The_object_a_copy_makes_is_named_after_its_source(string arguments, string expected)
    {
        Assert.True(BcdEditInterpreter.TryGetCopyObject(Arguments(arguments), out var copy));
        Assert.Equal(BcdObjectReferenceKind.CopyOf, copy.Kind);
        Assert.Equal(expected, copy.ToString());
    }

    [Theory]
    [InlineData("/set {current} hypervisorlaunchtype off")]
    [InlineData("/copy {curent} /d X")]
    [InlineData("/copy")]
    public void Other_commands_make_no_copy(string arguments)
    {
        Assert.False(BcdEditInterpreter.TryGetCopyObject(Arguments(arguments), out _));
    }
}
