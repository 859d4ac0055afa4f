using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Tests;

/// <summary>
/// The typed BCD object of a write (docs/formats.md §3.2): what users read of it, which object
/// type it names for the placement rule, and when two writes address the same object.
/// </summary>
public sealed class BcdObjectReferenceTests
{
    private static readonly Guid Entry = new("cbd971bf-b7b8-4885-951a-fa03044f5d71");

    [Theory]
    [InlineData("current", "{current}", "osloader")]
    [InlineData("DEFAULT", "{default}", "osloader")]
    [InlineData("HypervisorSettings", "{hypervisorsettings}", "hypervisorsettings")]
    [InlineData("dbgsettings", "{dbgsettings}", "dbgsettings")]
    [InlineData("bootmgr", "{bootmgr}", "bootmgr")]
    // {legacy} is bcdedit's alias of {ntldr}; HvLint does not say what it is.
    [InlineData("legacy", "{legacy}", null)]
    public void A_well_known_identifier_is_read_in_any_case(string alias, string display, string? type)
    {
        var reference = BcdObjectReference.FromAlias(alias);

        Assert.NotNull(reference);
        Assert.Equal(BcdObjectReferenceKind.WellKnown, reference.Kind);
        Assert.Equal(display, reference.ToString());
        Assert.Equal(type, reference.ObjectType);
    }

    [Theory]
    [InlineData("curent")]
    [InlineData("{current}")]
    [InlineData("")]
    [InlineData("unknown")]
    public void Other_names_are_not_well_known(string alias)
    {
        Assert.Null(BcdObjectReference.FromAlias(alias));
    }

    [Fact]
    public void A_guid_is_shown_in_lower_case_in_braces_and_its_type_is_not_known()
    {
        var reference = BcdObjectReference.FromGuid(Entry);

        Assert.Equal("{cbd971bf-b7b8-4885-951a-fa03044f5d71}", reference.ToString());
        Assert.Null(reference.ObjectType);
    }

    [Fact]
    public void A_copy_keeps_its_source_and_a_copy_of_a_loader_is_a_loader()
    {
        var ofCurrent = BcdObjectReference.CopyOf(BcdObjectReference.Current);
        var ofBootManager = BcdObjectReference.CopyOf(BcdObjectReference.FromAlias("bootmgr")!);
        var ofGuid = BcdObjectReference.CopyOf(BcdObjectReference.FromGuid(Entry));

        Assert.Equal("copy-of:{current}", ofCurrent.ToString());
        Assert.Equal(BcdObjectReference.Current, ofCurrent.Source);
        Assert.Equal("osloader", ofCurrent.ObjectType);
        Assert.Null(ofBootManager.ObjectType);
        Assert.Null(ofGuid.ObjectType);
        Assert.Equal("copy-of:{cbd971bf-b7b8-4885-951a-fa03044f5d71}", ofGuid.ToString());
    }

    [Fact]
    public void References_to_the_same_object_are_equal()
    {
        Assert.Equal(BcdObjectReference.FromAlias("Current"), BcdObjectReference.Current);
        Assert.True(BcdObjectReference.FromAlias("DEFAULT") == BcdObjectReference.FromAlias("default"));
        Assert.Equal(BcdObjectReference.CopyOf(BcdObjectReference.Current), BcdObjectReference.CopyOf(BcdObjectReference.FromAlias("CURRENT")!));
        Assert.NotEqual(BcdObjectReference.Current, BcdObjectReference.FromAlias("default"));
        Assert.NotEqual(BcdObjectReference.Current, BcdObjectReference.CopyOf(BcdObjectReference.Current));
        Assert.True(BcdObjectReference.Current != BcdObjectReference.Unknown);
        Assert.Equal("unknown", BcdObjectReference.Unknown.ToString());
    }

    [Fact]
    public void The_identity_of_a_write_names_its_object_as_users_read_it()
    {
        var source = new SourceText("boot.cmd", "bcdedit /set hypervisorlaunchtype off");
        var write = new BcdWrite(source, new TextSpan(0, 37), 0, BcdOperation.Set, BcdObjectReference.CopyOf(BcdObjectReference.Current), null, "HypervisorLaunchType", new TextSpan(13, 20), new BcdValue("off"), new TextSpan(34, 3));

        Assert.Equal("bcd:system:copy-of:{current}:hypervisorlaunchtype", write.Identity);
        Assert.Equal("off", write.Value!.Text);
    }
}
