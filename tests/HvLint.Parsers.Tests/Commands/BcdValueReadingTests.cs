using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Commands;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>
/// The bcdedit interpreter reads each value once, with every reading its text has
/// (docs/formats.md §3.3), and names the object with a typed reference (§3.2), so that rules
/// never read text.
/// </summary>
public class BcdValueReadingTests
{
    private static BcdValue ValueOf(string commandLine) => BcdCommand(commandLine).SingleBcdWrite().Value!;

    [Theory]
    [InlineData("on", true)]
    [InlineData("ON", true)]
    [InlineData("Yes", true)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("off", false)]
    [InlineData("No", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("\" on \"", true)]
    [InlineData("enabled", null)]
    [InlineData("2", null)]
    [InlineData("0x1", null)]
    public void Booleans_are_bcdedit_spellings_in_any_case(string written, bool? expected)
    {
        Assert.Equal(expected, ValueOf($"bcdedit /set {{current}} hypervisordebug {written}").Boolean);
    }

    [Theory]
    [InlineData("50000", 50000UL)]
    [InlineData("0x10", 16UL)]
    [InlineData("0X1f", 31UL)]
    [InlineData("18446744073709551615", ulong.MaxValue)]
    [InlineData("18446744073709551616", null)]
    [InlineData("0x", null)]
    [InlineData("-1", null)]
    [InlineData("+1", null)]
    [InlineData("1e3", null)]
    [InlineData("on", null)]
    public void Numbers_are_decimal_or_hexadecimal_after_0x(string written, ulong? expected)
    {
        Assert.Equal(expected, ValueOf($"bcdedit /set {{hypervisorsettings}} hypervisordebugport {written}").Integer);
    }

    [Theory]
    [InlineData("192.168.1.2", true)]
    [InlineData("10.0.0.256", false)]
    [InlineData("10.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("host.example.com", false)]
    public void An_ipv4_address_has_four_dotted_parts(string written, bool expected)
    {
        Assert.Equal(expected, ValueOf($"bcdedit /set {{hypervisorsettings}} hypervisorhostip {written}").IsIpv4Address);
    }

    [Fact]
    public void Options_of_debug_settings_are_read_like_set_values()
    {
        var writes = BcdCommand("bcdedit /dbgsettings NET HOSTIP:192.168.1.2 PORT:50000 KEY:2steg4fzbj2sz.23418vzkd4ko3 BUSPARAMS:0.25.0").BcdWrites();
        var hostip = writes.Single(w => w.Element == "hostip").Value!;
        var key = writes.Single(w => w.Element == "key").Value!;
        var bus = writes.Single(w => w.Element == "busparams").Value!;

        Assert.True(hostip.IsIpv4Address);
        Assert.True(key.IsDebugKey);
        Assert.False(key.IsIpv4Address);
        Assert.Equal(new BcdBusLocation(0, 25, 0), bus.BusLocation);
        Assert.False(bus.IsIpv4Address);
    }

    [Fact]
    public void A_value_written_as_several_arguments_is_read_as_one()
    {
        var value = ValueOf("bcdedit /set {current} hypervisorloadoptions NOFORCESNOOP Yes");

        Assert.Equal("NOFORCESNOOP Yes", value.Text);
        Assert.Null(value.Boolean);
        Assert.True(value.Is("noforcesnoop yes"));
    }

    [Fact]
    public void A_value_computed_at_run_time_has_no_readings()
    {
        var write = Run("bcdedit /set {current} hypervisordebug %MODE%\r\n").SingleBcdWrite();

        Assert.Equal(Certainty.Unresolved, write.ValueCertainty);
        Assert.Equal("%MODE%", write.Value!.Text);
        Assert.Null(write.Value.Boolean);
        Assert.Null(write.Value.Integer);
        Assert.False(write.Value.IsDebugKey);
    }

    [Fact]
    public void Objects_are_typed_references()
    {
        var current = BcdCommand("bcdedit /set hypervisorlaunchtype auto").SingleBcdWrite().Object;
        var settings = BcdCommand("bcdedit /set {HypervisorSettings} hypervisordebug on").SingleBcdWrite().Object;
        var guid = BcdCommand("bcdedit /set {CBD971BF-B7B8-4885-951A-FA03044F5D71} hypervisordebug on").SingleBcdWrite().Object;

        Assert.Same(BcdObjectReference.Current, current);
        Assert.Equal((BcdObjectReferenceKind.WellKnown, "hypervisorsettings", "hypervisorsettings"), (settings.Kind, settings.Alias, settings.ObjectType));
        Assert.Equal(BcdObjectReferenceKind.Guid, guid.Kind);
        Assert.Equal(new Guid("cbd971bf-b7b8-4885-951a-fa03044f5d71"), guid.Guid);
        Assert.Null(guid.ObjectType);
    }

    [Fact]
    public void A_captured_copy_of_a_loader_is_a_loader_named_after_its_source()
    {
        var copy = BcdObjectReference.CopyOf(BcdObjectReference.Current);
        var w = BcdCommand(
            "bcdedit /set {5a1f} hypervisorlaunchtype off",
            new CommandArgument("/set", new TextSpan(8, 4), Certainty.Literal),
            new CommandArgument("{5a1f}", new TextSpan(13, 6), Certainty.Resolved) { BcdObject = copy },
            new CommandArgument("hypervisorlaunchtype", new TextSpan(20, 20), Certainty.Literal),
            new CommandArgument("off", new TextSpan(41, 3), Certainty.Literal)).SingleBcdWrite();

        Assert.Equal(copy, w.Object);
        Assert.Equal(BcdObjectReference.Current, w.Object.Source);
        Assert.Equal("osloader", w.Object.ObjectType);
    }
}
