using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>bcdedit /hypervisorsettings and /dbgsettings: one write per setting (docs/formats.md §3.1, B2, B3).</summary>
public class BcdDebugSettingsTests
{
    private static (string Object, string Element, string? Value)[] Settings(string line) =>
        [.. BcdCommand(line).BcdWrites().Select(w => (w.Object.ToString(), w.Element, w.Value?.Text))];

    [Fact]
    public void Hypervisor_serial_settings()
    {
        var result = BcdCommand("bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200");

        result.AssertNoFindings();
        Assert.Equal(
            [
                ("{hypervisorsettings}", "hypervisordebugtype", "SERIAL"),
                ("{hypervisorsettings}", "hypervisordebugport", "1"),
                ("{hypervisorsettings}", "hypervisorbaudrate", "115200"),
            ],
            Settings("bcdedit /hypervisorsettings SERIAL DEBUGPORT:1 BAUDRATE:115200"));
        var type = result.BcdWrites()[0];
        Assert.Equal("SERIAL", result.Text(type.ElementSpan));
        Assert.Equal("SERIAL", result.Text(type.ValueSpan));
        var port = result.BcdWrites()[1];
        Assert.Equal("DEBUGPORT", result.Text(port.ElementSpan));
        Assert.Equal("1", result.Text(port.ValueSpan));
        Assert.Null(port.ObjectSpan);
        Assert.All(result.BcdWrites(), w => Assert.Equal(BcdOperation.Set, w.Operation));
    }

    [Fact]
    public void Hypervisor_network_settings()
    {
        Assert.Equal(
            [
                ("{hypervisorsettings}", "hypervisordebugtype", "NET"),
                ("{hypervisorsettings}", "hypervisorhostip", "192.168.1.2"),
                ("{hypervisorsettings}", "hypervisorhostport", "50000"),
                ("{hypervisorsettings}", "hypervisorbusparams", "0.25.0"),
            ],
            Settings("bcdedit /hypervisorsettings NET HOSTIP:192.168.1.2 PORT:50000 BUSPARAMS:0.25.0"));
    }

    [Fact]
    public void Hypervisor_1394_settings()
    {
        Assert.Equal(
            [("{hypervisorsettings}", "hypervisordebugtype", "1394"), ("{hypervisorsettings}", "hypervisorchannel", "23")],
            Settings("bcdedit /hypervisorsettings 1394 CHANNEL:23"));
    }

    [Fact]
    public void Option_names_are_case_insensitive()
    {
        Assert.Equal("hypervisorhostport", Settings("bcdedit /hypervisorsettings net hostip:10.0.0.1 port:50001")[2].Element);
    }

    [Fact]
    public void The_value_span_of_an_option_is_the_part_after_the_colon_also_through_a_variable()
    {
        var result = Run("set P=50010\r\nbcdedit /hypervisorsettings NET HOSTIP:10.0.0.1 PORT:%P%\r\n");

        var port = result.BcdWrites()[2];
        Assert.Equal("50010", port.Value?.Text);
        Assert.Equal(Certainty.Resolved, port.ValueCertainty);
        Assert.Equal("PORT", result.Text(port.ElementSpan));
        Assert.Equal("%P%", result.Text(port.ValueSpan));
    }

    [Theory]
    [InlineData("bcdedit /hypervisorsettings USB", "USB", "SERIAL, 1394, NET")]
    [InlineData("bcdedit /hypervisorsettings SERAIL DEBUGPORT:1", "SERAIL", "Did you mean SERIAL?")]
    [InlineData("bcdedit /hypervisorsettings NET HOSTIP:1.2.3.4 PROT:50000", "PROT:50000", "Did you mean PORT:?")]
    [InlineData("bcdedit /hypervisorsettings SERIAL 1", "1", "NAME:value")]
    [InlineData("bcdedit /dbgsettings SERIAL DEBUGPORT:1 FOO:2", "FOO:2", "TARGETNAME:")]
    public void Unknown_types_and_options_are_reported_and_nothing_is_written(string line, string at, string hint)
    {
        var result = BcdCommand(line);

        Assert.Contains(hint, result.AssertFinding("HV0922", at), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void An_option_without_a_value_is_reported()
    {
        var result = BcdCommand("bcdedit /hypervisorsettings NET HOSTIP:10.0.0.1 PORT:");

        result.AssertFinding("HV0921", "PORT:");
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Kernel_debugger_serial_settings()
    {
        Assert.Equal(
            [("{dbgsettings}", "debugtype", "serial"), ("{dbgsettings}", "debugport", "1"), ("{dbgsettings}", "baudrate", "115200")],
            Settings("bcdedit /dbgsettings serial debugport:1 baudrate:115200"));
    }

    [Fact]
    public void Kernel_debugger_network_settings_with_key_and_start_policy()
    {
        Assert.Equal(
            [
                ("{dbgsettings}", "debugtype", "NET"),
                ("{dbgsettings}", "hostip", "10.0.0.5"),
                ("{dbgsettings}", "port", "50005"),
                ("{dbgsettings}", "key", "1.2.3.4"),
                ("{dbgsettings}", "busparams", "0.25.0"),
                ("{dbgsettings}", "debugstart", "AUTOENABLE"),
                ("{dbgsettings}", "noumex", "Yes"),
            ],
            Settings("bcdedit /dbgsettings NET HOSTIP:10.0.0.5 PORT:50005 KEY:1.2.3.4 BUSPARAMS:0.25.0 /start AUTOENABLE /noumex"));
    }

    [Fact]
    public void Kernel_debugger_usb_and_local()
    {
        Assert.Equal([("{dbgsettings}", "debugtype", "USB"), ("{dbgsettings}", "targetname", "HV01")], Settings("bcdedit /dbgsettings USB TARGETNAME:HV01"));
        Assert.Equal([("{dbgsettings}", "debugtype", "LOCAL")], Settings("bcdedit /dbgsettings LOCAL"));
    }

    [Fact]
    public void Nodhcp_turns_dhcp_off_and_newkey_sets_a_key_only_bcdedit_knows()
    {
        var writes = BcdCommand("bcdedit /dbgsettings NET HOSTIP:10.0.0.5 PORT:50005 nodhcp newkey").BcdWrites();

        Assert.Equal(("dhcp", "No"), (writes[3].Element, writes[3].Value?.Text));
        Assert.Equal("key", writes[4].Element);
        Assert.Equal(Certainty.Unresolved, writes[4].ValueCertainty);
    }
}
