using HvLint.Core.Model;
using HvLint.TestKit;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>The example scripts in examples/batch and the samples in TestData/batch read as intended.</summary>
public class BatchExampleTests
{
    private static Core.Engine.ExtractionResult Example(string name)
    {
        var path = RepoPaths.Combine("examples", "batch", name);
        return Extract(File.ReadAllBytes(path), path);
    }

    private static string[] BcdLines(Core.Engine.ExtractionResult result) =>
        [.. result.BcdWrites().Select(w => $"{w.Object} {w.Element}={w.Value}")];

    [Fact]
    public void Boot_toggle_sets_current_both_ways_and_turns_the_hypervisor_off_in_the_copy()
    {
        var result = Example("hyperv-boot-toggle.cmd");

        result.AssertNoFindings();
        Assert.Equal(
            ["{current} hypervisorlaunchtype=auto", "{current} hypervisorlaunchtype=off", "copy-of:{current} hypervisorlaunchtype=off"],
            BcdLines(result));
    }

    [Fact]
    public void Serial_hypervisor_debugger()
    {
        var result = Example("hypervisor-debug-serial.cmd");

        result.AssertNoFindings();
        Assert.Equal(
            [
                "{hypervisorsettings} hypervisordebugtype=SERIAL", "{hypervisorsettings} hypervisordebugport=1", "{hypervisorsettings} hypervisorbaudrate=115200",
                "{current} hypervisordebug=on", "{current} hypervisorlaunchtype=auto",
            ],
            BcdLines(result));
    }

    [Fact]
    public void Network_hypervisor_debugger_through_variables_and_a_full_path()
    {
        var result = Example("hypervisor-debug-net.cmd");

        result.AssertNoFindings();
        Assert.Equal(
            [
                "{hypervisorsettings} hypervisordebugtype=NET", "{hypervisorsettings} hypervisorhostip=192.168.10.5", "{hypervisorsettings} hypervisorhostport=50010",
                "{hypervisorsettings} hypervisorbusparams=0.25.0", "{current} hypervisordebug=on", "{current} hypervisorlaunchtype=auto",
            ],
            BcdLines(result));
        Assert.Equal(Certainty.Resolved, result.BcdWrites()[1].ValueCertainty);
    }

    [Fact]
    public void Tweaks_through_a_subroutine_write_once_per_call()
    {
        var result = Example("host-tweaks-with-subroutine.cmd");

        result.AssertNoFindings();
        var writes = result.RegistryWrites();
        Assert.Equal(
            [("MaximumActiveTransfers", 8UL), ("EnableCompression", 1UL), ("StartupWaitTimeout", 600UL)],
            writes.Select(w => (w.ValueName!, w.Data!.Number!.Value)));
        // Key, name, type and data each come from an argument of the call.
        Assert.All(writes, w => Assert.Equal(4, w.RelatedSpans.Count));
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization", writes[2].Key.Text);
    }

    [Fact]
    public void Common_mistakes_are_visible_in_the_writes()
    {
        var result = Example("common-mistakes.cmd");

        result.AssertFindings(("HV0900", 11, 1, "reg add"));
        var writes = result.RegistryWrites();
        Assert.Equal(TypeOrigin.ToolDefault, writes[0].TypeOrigin);
        Assert.Equal(RegistryValueType.String, writes[0].Data!.Type);
        Assert.Equal(RegistryView.Registry32, writes[1].View);
        Assert.Equal(["{current} hypervisorlaunchtype=on", "{current} vmslaunchtype=off"], BcdLines(result));
    }

    [Theory]
    [InlineData("other-software.cmd")]
    [InlineData("boot-inventory.cmd")]
    public void Scripts_without_hyper_v_writes_have_no_findings(string name)
    {
        var result = Example(name);

        result.AssertNoFindings();
        Assert.DoesNotContain(result.RegistryWrites(), w => w.Key.Text.Contains("Virtualization", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(result.BcdWrites());
    }

    [Fact]
    public void Every_sample_in_test_data_reads_without_exceptions()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "TestData", "batch");
        var files = Directory.GetFiles(dir);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.NotNull(Extract(File.ReadAllBytes(file), file));
        }
    }

    [Fact]
    public void Ansi_sample_with_an_accented_variable_name()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "batch", "ansi-legacy.bat");
        var result = Extract(File.ReadAllBytes(path), path);

        result.AssertNoFindings();
        Assert.Equal(Core.Text.SourceEncoding.Ansi, result.Source.Encoding);
        Assert.All(result.RegistryWrites(), w => Assert.Equal((MigrationFull, Certainty.Resolved), (w.Key.Text, w.KeyCertainty)));
        Assert.Equal("\"%CL\u00c9%\"", result.Text(result.RegistryWrites()[0].KeySpan));
    }

    [Fact]
    public void Unix_line_endings_sample_with_delayed_expansion_in_a_loop()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "batch", "unix-line-endings.cmd");
        var result = Extract(File.ReadAllBytes(path), path);

        result.AssertNoFindings();
        Assert.Equal([2UL, 4UL, 8UL], result.RegistryWrites().Select(w => w.Data!.Number!.Value));
    }

    [Fact]
    public void Mixed_sample_links_its_import_and_finds_its_mistakes()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "batch", "deploy-host.cmd");
        var result = Extract(File.ReadAllBytes(path), path);

        Assert.Equal([Path.Combine(Path.GetDirectoryName(path)!, "settings", "base.reg")], result.LinkedFiles);
        result.AssertFindings(("HV0902", 13, 31, "yes"), ("HV0920", 16, 14, "{defualt}"));
        Assert.Equal(["MaximumActiveTransfers", "MaximumActiveVmMigrationCount", "EnableCompression"], result.RegistryWrites().Select(w => w.ValueName));
        Assert.Equal(["{current} hypervisorlaunchtype=auto"], BcdLines(result));
    }
}
