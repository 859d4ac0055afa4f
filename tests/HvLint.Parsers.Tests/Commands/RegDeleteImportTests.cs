using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests.Commands;

/// <summary>reg delete and reg import (docs/formats.md §2.1).</summary>
public class RegDeleteImportTests
{
    [Fact]
    public void Delete_with_v_deletes_one_value()
    {
        var result = RegCommand(@"reg delete HKLM\SOFTWARE\T /v Old /f");

        var w = result.SingleRegistryWrite();
        Assert.Equal(RegistryOperation.DeleteValue, w.Operation);
        Assert.Equal("Old", w.ValueName);
        Assert.Equal("Old", result.Text(w.NameSpan));
        Assert.Equal(@"HKLM\SOFTWARE\T", result.Text(w.KeySpan));
        Assert.Null(w.Data);
    }

    [Fact]
    public void Delete_with_ve_deletes_the_default_value()
    {
        var w = RegCommand(@"reg delete HKLM\SOFTWARE\T /ve /f").SingleRegistryWrite();

        Assert.Equal(RegistryOperation.DeleteValue, w.Operation);
        Assert.Equal(string.Empty, w.ValueName);
    }

    [Fact]
    public void Delete_with_va_deletes_all_values_but_not_subkeys()
    {
        var w = RegCommand(@"reg delete HKLM\SOFTWARE\T /va /f").SingleRegistryWrite();

        Assert.Equal(RegistryOperation.DeleteAllValues, w.Operation);
        Assert.Null(w.ValueName);
    }

    [Fact]
    public void Delete_without_v_switch_deletes_the_key_and_its_subkeys()
    {
        var w = RegCommand(@"reg delete HKLM\SOFTWARE\T /f").SingleRegistryWrite();

        Assert.Equal(RegistryOperation.DeleteKey, w.Operation);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\T", w.Key.Text);
        Assert.Null(w.ValueName);
    }

    [Fact]
    public void Delete_keeps_the_view()
    {
        Assert.Equal(RegistryView.Registry32, RegCommand(@"reg delete HKLM\SOFTWARE\T /v X /f /reg:32").SingleRegistryWrite().View);
    }

    [Fact]
    public void Delete_without_f_always_asks_for_confirmation()
    {
        var result = RegCommand(@"reg delete HKLM\SOFTWARE\T /v Old");

        var message = result.AssertFinding("HV0900", "reg delete");
        Assert.Contains("always asks", message, StringComparison.Ordinal);
        Assert.Single(result.RegistryWrites());
    }

    [Fact]
    public void Import_of_a_relative_file_links_it_below_the_script_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hvlint-scripts");
        var result = RegCommand(@"reg import config\host.reg", scriptDirectory: folder);

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
        Assert.Equal([Path.Combine(folder, "config", "host.reg")], result.LinkedFiles);
    }

    [Fact]
    public void Import_of_a_quoted_file_with_spaces_links_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hvlint-scripts");

        Assert.Equal([Path.Combine(folder, "host tuning.reg")], RegCommand(@"reg import ""host tuning.reg""", scriptDirectory: folder).LinkedFiles);
    }

    [Fact]
    public void Import_of_a_rooted_path_links_it_as_written()
    {
        var linked = Assert.Single(RegCommand(@"reg import C:\Deploy\host.reg", scriptDirectory: "/scripts").LinkedFiles);

        Assert.EndsWith("host.reg", linked, StringComparison.Ordinal);
        Assert.Contains("Deploy", linked, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_relative_file_without_a_script_folder_links_nothing()
    {
        Assert.Empty(RegCommand(@"reg import host.reg").LinkedFiles);
    }

    [Fact]
    public void Import_of_a_file_computed_at_run_time_links_nothing()
    {
        var result = Run("reg import %CONFIG%\r\n", Path.Combine(Path.GetTempPath(), "x.cmd"));

        result.AssertNoFindings();
        Assert.Empty(result.LinkedFiles);
    }

    [Fact]
    public void Import_of_the_same_file_twice_links_it_once()
    {
        var folder = Path.Combine(Path.GetTempPath(), "hvlint-scripts");
        var result = Run("reg import host.reg\r\nreg import host.reg\r\n", Path.Combine(folder, "apply.cmd"));

        Assert.Equal([Path.Combine(folder, "host.reg")], result.LinkedFiles);
    }
}
