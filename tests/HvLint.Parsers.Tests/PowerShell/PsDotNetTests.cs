using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>The .NET registry API (docs/formats.md §4.4).</summary>
public class PsDotNetTests
{
    [Fact]
    public void Registry_SetValue_infers_dword_from_int32_and_text_from_int64()
    {
        var result = Ps($"""
            [Microsoft.Win32.Registry]::SetValue('{MigrationText}', 'MaximumActiveTransfers', 8)
            [Microsoft.Win32.Registry]::SetValue('{MigrationText}', 'Big', 3000000000)
            [Microsoft.Win32.Registry]::SetValue('{MigrationText}', 'Kind', '8', [Microsoft.Win32.RegistryValueKind]::DWord)
            [Microsoft.Win32.Registry]::SetValue('{MigrationText}', 'Named', 1, 'QWord')
            """);
        result.AssertNoFindings();
        var w = result.Registry();

        Assert.Equal(RegistryValueType.DWord, w[0].Data!.Type);
        Assert.Equal(TypeOrigin.InferredFromValue, w[0].TypeOrigin);
        Assert.Equal("'MaximumActiveTransfers'", result.Text(w[0].NameSpan));
        Assert.Equal("8", result.Text(w[0].DataSpan));
        Assert.Equal(RegistryValueType.String, w[1].Data!.Type);
        Assert.Equal("3000000000", w[1].Data!.Text);
        Assert.Equal((RegistryValueType.DWord, TypeOrigin.Explicit, 8UL), (w[2].Data!.Type, w[2].TypeOrigin, w[2].Data!.Number!.Value));
        Assert.Equal(RegistryValueType.QWord, w[3].Data!.Type);
    }

    [Fact]
    public void Keys_opened_for_writing_take_set_and_delete_value()
    {
        var result = Ps("""
            $path = 'SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
            $key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey($path, $true)
            $key.SetValue('MaximumActiveTransfers', 8, [Microsoft.Win32.RegistryValueKind]::DWord)
            $key.DeleteValue('Old')
            $key.Close()
            $hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)
            $worker = $hklm.CreateSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker')
            $worker.SetValue('X', 'text')
            [Microsoft.Win32.Registry]::LocalMachine.CreateSubKey('SOFTWARE\Test').DeleteSubKeyTree('Old')
            """);
        result.AssertNoFindings();
        var w = result.Registry();

        Assert.Equal(
            [RegistryOperation.SetValue, RegistryOperation.DeleteValue, RegistryOperation.CreateKey, RegistryOperation.SetValue, RegistryOperation.CreateKey, RegistryOperation.DeleteKey],
            w.Select(x => x.Operation));
        Assert.Equal(MigrationText, w[0].Key.Text);
        Assert.Equal("'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'", result.Text(w[0].KeySpan));
        Assert.Equal(Certainty.Resolved, w[0].KeyCertainty);
        Assert.Equal(RegistryView.Registry64, w[3].View);
        Assert.Equal("Worker", w[3].Key.Name);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Test\Old", w[5].Key.Text);
    }

    [Fact]
    public void Writing_to_a_key_opened_read_only_is_a_finding_and_no_write()
    {
        var result = Ps("""
            $key = [Microsoft.Win32.Registry]::LocalMachine.OpenSubKey('SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration')
            $key.SetValue('MaximumActiveTransfers', 8)
            """);

        var d = result.Finding("HV0956");
        Assert.StartsWith("OpenSubKey(", result.Text(d.Location.Span), StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Using_namespace_short_type_names_work()
    {
        var w = Ps($"""
            using namespace Microsoft.Win32
            [Registry]::SetValue('{MigrationText}', 'MaximumActiveTransfers', 8, [RegistryValueKind]::DWord)
            """).SingleRegistry();

        Assert.Equal(8UL, w.Data!.Number);
    }
}
