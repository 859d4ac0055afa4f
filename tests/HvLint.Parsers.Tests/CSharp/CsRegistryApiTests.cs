using HvLint.Core.Model;
using static HvLint.Parsers.Tests.CSharp.CsTestHelpers;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>The .NET registry API written in C# (docs/formats.md §4.4).</summary>
public class CsRegistryApiTests
{
    [Fact]
    public void Registry_SetValue_gives_key_name_and_data_with_the_literals_to_edit()
    {
        var result = CsMain($$"""
            Registry.SetValue(@"{{MigrationText}}", "MaximumActiveTransfers", 8);
            """);
        var w = result.SingleRegistry();

        Assert.Equal(RegistryOperation.SetValue, w.Operation);
        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(RegistryData.DWord(8).ToDisplayString(), w.Data!.ToDisplayString());
        Assert.Equal(TypeOrigin.InferredFromValue, w.TypeOrigin);
        Assert.Equal(WriteForm.CSharp, w.Form);
        Assert.Equal("\"MaximumActiveTransfers\"", result.Text(w.NameSpan));
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal($"@\"{MigrationText}\"", result.Text(w.KeySpan));
        Assert.StartsWith("Registry.SetValue(", result.Text(w.Span), StringComparison.Ordinal);
        Assert.Equal((Certainty.Literal, Certainty.Literal, Certainty.Literal), (w.KeyCertainty, w.NameCertainty, w.DataCertainty));
    }

    [Fact]
    public void The_fully_qualified_class_and_named_arguments_are_read()
    {
        var w = CsMain($$"""
            Microsoft.Win32.Registry.SetValue(valueName: "MaximumActiveTransfers", keyName: "{{MigrationText.Replace(@"\", @"\\")}}", value: 8, valueKind: RegistryValueKind.QWord);
            """).SingleRegistry();

        Assert.Equal((RegistryValueType.QWord, 8UL, TypeOrigin.Explicit), (w.Data!.Type, w.Data.Number, w.TypeOrigin));
        Assert.Equal(MigrationText, w.Key.Text);
    }

    [Fact]
    public void OpenSubKey_for_writing_CreateSubKey_and_the_key_operations_through_locals()
    {
        var result = CsMain("""
            var key = Registry.LocalMachine.OpenSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", true);
            key.SetValue("MaximumActiveTransfers", 8, RegistryValueKind.DWord);
            key.DeleteValue("Old", false);
            RegistryKey worker = Registry.LocalMachine.CreateSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker");
            worker.SetValue("X", "text");
            Registry.LocalMachine.CreateSubKey(@"SOFTWARE\Test").DeleteSubKeyTree("Old");
            Registry.CurrentUser.DeleteSubKey(@"SOFTWARE\Gone");
            """);
        var w = result.Registry();

        Assert.Equal(
            [RegistryOperation.SetValue, RegistryOperation.DeleteValue, RegistryOperation.CreateKey, RegistryOperation.SetValue, RegistryOperation.CreateKey, RegistryOperation.DeleteKey, RegistryOperation.DeleteKey],
            w.Select(x => x.Operation));
        Assert.Equal(MigrationText, w[0].Key.Text);
        Assert.Equal("@\"SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\"", result.Text(w[0].KeySpan));
        Assert.Equal(Certainty.Resolved, w[0].KeyCertainty);
        Assert.Equal("Old", w[1].ValueName);
        Assert.Equal("Worker", w[2].Key.Name);
        Assert.Equal((RegistryValueType.String, "text"), (w[3].Data!.Type, w[3].Data!.Text));
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Test\Old", w[5].Key.Text);
        Assert.Equal(@"HKEY_CURRENT_USER\SOFTWARE\Gone", w[6].Key.Text);
    }

    [Fact]
    public void Using_declarations_and_using_blocks_hold_the_key()
    {
        var w = CsMain("""
            using var vid = Registry.LocalMachine.OpenSubKey(@"SYSTEM\CurrentControlSet\Services\vid\Parameters", writable: true);
            vid.SetValue("PageBackingSize", 1);
            using (var k = Registry.LocalMachine.CreateSubKey(@"SYSTEM\CurrentControlSet\Services\vhdmp\Parameters"))
            {
                k.SetValue("CachePagePriority", 5);
            }
            """).Registry();

        Assert.Equal(["PageBackingSize", null, "CachePagePriority"], w.Select(x => x.ValueName));
        Assert.Equal("Parameters", w[0].Key.Name);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\vhdmp\Parameters", w[2].Key.Text);
    }

    [Fact]
    public void A_key_opened_read_only_gives_no_write_because_SetValue_throws()
    {
        var result = CsMain("""
            var key = Registry.LocalMachine.OpenSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration");
            key.SetValue("MaximumActiveTransfers", 8);
            """);

        Assert.Empty(result.Writes);
    }

    [Fact]
    public void OpenBaseKey_carries_the_view_to_every_write_below_it()
    {
        var w = CsMain("""
            using var hklm32 = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry32);
            using var migration = hklm32.OpenSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", true);
            migration.SetValue("MaximumActiveTransfers", 8);
            using var hklm64 = Microsoft.Win32.RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
            hklm64.CreateSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker").SetValue("X", 1);
            """).Registry();

        Assert.Equal([RegistryView.Registry32, RegistryView.Registry64, RegistryView.Registry64], w.Select(x => x.View));
        Assert.Equal(MigrationText, w[0].Key.Text);
    }

    [Fact]
    public void A_view_chosen_at_run_time_keeps_the_path_but_not_the_32_bit_view()
    {
        var w = CsMain("""
            var view = System.Environment.Is64BitOperatingSystem ? RegistryView.Registry64 : RegistryView.Registry32;
            using var hklm = RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, view);
            hklm.CreateSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Worker").SetValue("X", 1);
            """).Registry();

        Assert.Equal([RegistryView.Default, RegistryView.Default], w.Select(x => x.View));
        Assert.Equal("X", w[1].ValueName);
    }

    [Fact]
    public void Null_and_empty_names_are_the_default_value()
    {
        var w = CsMain("""
            using var k = Registry.LocalMachine.CreateSubKey(@"SOFTWARE\Test");
            k.SetValue(null, "a");
            k.SetValue("", "b");
            """).Registry();

        Assert.Equal(["", ""], w.Where(x => x.IsValueWrite).Select(x => x.ValueName));
    }

    [Fact]
    public void A_conditional_access_and_a_branch_make_conditional_writes()
    {
        var w = CsMain("""
            using var k = Registry.LocalMachine.OpenSubKey(@"SOFTWARE\Test", true);
            k.SetValue("Always", 1);
            k?.SetValue("IfOpened", 1);
            if (args.Length > 0)
            {
                k.SetValue("InBranch", 1);
            }
            """).Registry();

        Assert.Equal([false, true, true], w.Select(x => x.IsConditional));
    }

    [Fact]
    public void Writes_in_methods_other_than_Main_run_only_when_called()
    {
        var w = Cs("""
            using Microsoft.Win32;
            Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "TopLevel", 1);
            static class Toggle
            {
                public static void On() => Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "Enabled", 1);
                public static void Off() => Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "Enabled", 0);
                static void Main() => Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "InMain", 1);
            }
            """).Registry();

        Assert.Equal([false, true, true, false], w.Select(x => x.IsConditional));
    }
}
