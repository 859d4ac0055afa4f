using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Reg.RegTestHelpers;

namespace HvLint.Parsers.Tests.Reg;

/// <summary>docs/formats.md §1.3: key lines [path] and [-path].</summary>
public class RegKeyLineTests
{
    [Fact]
    public void Key_line_creates_the_key_with_spans_inside_and_around_the_brackets()
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n");

        result.AssertNoFindings();
        var write = Assert.Single(result.Writes());
        Assert.Equal(RegistryOperation.CreateKey, write.Operation);
        Assert.Equal(RegistryHive.LocalMachine, write.Key.Hive);
        Assert.Equal(Migration, write.Key.Text);
        Assert.Equal(Migration, result.Text(write.KeySpan));
        Assert.Equal("[" + Migration + "]", result.Text(write.Span));
        Assert.Null(write.ValueName);
        Assert.Equal(0, write.Order);
    }

    [Fact]
    public void Delete_key_line_deletes_the_key()
    {
        var result = Ansi(Header + "[-" + VmsMp + "\\Switches\\old]\r\n");

        result.AssertNoFindings();
        var write = Assert.Single(result.Writes());
        Assert.Equal(RegistryOperation.DeleteKey, write.Operation);
        Assert.Equal(VmsMp + "\\Switches\\old", result.Text(write.KeySpan));
        Assert.Equal(["SYSTEM", "CurrentControlSet", "Services", "VmsMp", "Parameters", "Switches", "old"], write.Key.Segments);
    }

    [Theory]
    [InlineData(@"hkey_LOCAL_machine\SOFTWARE\Wine", RegistryHive.LocalMachine)]
    [InlineData(@"HkEy_CuRrEnT_uSeR\Software\Wine", RegistryHive.CurrentUser)]
    [InlineData(@"HKEY_USERS\.DEFAULT\Software", RegistryHive.Users)]
    [InlineData(@"HKEY_CLASSES_ROOT\.vhdx", RegistryHive.ClassesRoot)]
    [InlineData(@"HKEY_CURRENT_CONFIG\System", RegistryHive.CurrentConfig)]
    public void Root_names_match_case_insensitively(string path, RegistryHive hive)
    {
        var result = Ansi(Header + "[" + path + "]\r\n");

        result.AssertNoFindings();
        Assert.Equal(hive, Assert.Single(result.Writes()).Key.Hive);
    }

    [Fact]
    public void Leading_blanks_before_the_bracket_are_fine()
    {
        var result = Ansi(Header + " \t [" + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertNoFindings();
        Assert.Equal(2, result.Writes.Count);
    }

    [Fact]
    public void Trailing_backslashes_are_tolerated()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\Wine\\Subkey1e\\\\]\r\n");

        result.AssertNoFindings();
        Assert.Equal(["Software", "Wine", "Subkey1e"], Assert.Single(result.Writes()).Key.Segments);
    }

    [Fact]
    public void Forward_slashes_are_part_of_the_name()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\Wine\\https://winehq.org]\r\n");

        result.AssertNoFindings();
        Assert.Equal("https://winehq.org", Assert.Single(result.Writes()).Key.Name);
    }

    [Fact]
    public void Root_alone_opens_the_root()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER]\r\n\"Test\"=dword:1\r\n");

        result.AssertNoFindings();
        Assert.Empty(result.Writes()[1].Key.Segments);
    }

    [Fact]
    public void Trailing_space_inside_the_brackets_is_part_of_the_name_and_warned()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\Wine\\Subkey1c ]\r\n\"Value\"=dword:1\r\n");

        result.AssertFindings(("HV0008", 3, 42, 1));
        Assert.Equal("Subkey1c ", result.Writes()[0].Key.Name);
        Assert.Equal("Subkey1c ", result.Writes()[1].Key.Name);
    }

    [Fact]
    public void Leading_space_in_a_segment_is_warned()
    {
        var result = Ansi(Header + "[HKEY_LOCAL_MACHINE\\ SOFTWARE\\Microsoft]\r\n");

        result.AssertFindings(("HV0008", 3, 21, 1));
        Assert.Equal(" SOFTWARE", result.Writes()[0].Key.Segments[0]);
    }

    [Theory]
    [InlineData("[ HKEY_CURRENT_USER\\Software\\Wine\\Subkey1a]", 2, 1)]
    [InlineData("[\tHKEY_CURRENT_USER\\Software\\Wine\\Subkey1b]", 2, 1)]
    [InlineData("[  HKEY_CURRENT_USER\\Software\\Wine\\Subkey1b]", 2, 2)]
    public void Whitespace_after_the_bracket_ignores_the_line_and_keeps_the_previous_key(string keyLine, int column, int length)
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n" + keyLine + "\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0007", 4, column, length));
        Assert.Contains("previous key", result.Diagnostics[0].Message, StringComparison.Ordinal);
        var writes = result.Writes();
        Assert.Equal(2, writes.Length);
        Assert.Equal(Migration, writes[1].Key.Text);
    }

    [Fact]
    public void Whitespace_after_the_bracket_with_no_key_open_drops_the_values()
    {
        var result = Ansi(Header + "[ " + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0007", 3, 2, 1), ("HV0014", 4, 1, 32));
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("[- HKEY_CURRENT_USER\\Software\\Wine\\Subkey2]", "HV0007", 3, 1)]
    [InlineData("[-\tHKEY_CURRENT_USER\\Software\\Wine\\Subkey2]", "HV0007", 3, 1)]
    public void Whitespace_after_the_minus_deletes_nothing_and_closes_the_key(string keyLine, string id, int column, int length)
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n" + keyLine + "\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings((id, 4, column, length), ("HV0014", 5, 1, 32));
        Assert.Single(result.Writes());
    }

    [Fact]
    public void Missing_closing_bracket_ignores_the_line()
    {
        var result = Ansi(Header + "[" + Migration + "\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0007", 3, 1, Migration.Length + 1), ("HV0014", 4, 1, 32));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Missing_opening_bracket_is_a_malformed_key_line()
    {
        var result = Ansi(Header + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0007", 3, 1, Migration.Length + 1), ("HV0014", 4, 1, 32));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Key_path_without_any_brackets_is_a_malformed_key_line()
    {
        var result = Ansi(Header + "HKLM\\SOFTWARE\\Microsoft\r\n");

        result.AssertFindings(("HV0007", 3, 1, 23));
    }

    [Fact]
    public void The_last_closing_bracket_closes_the_name()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\Wine] ; see [docs]\r\n");

        result.AssertFindings(("HV0025", 3, 33, 14));
        Assert.Equal("Wine] ; see [docs", Assert.Single(result.Writes()).Key.Name);
    }

    [Fact]
    public void Text_after_the_closing_bracket_is_ignored_with_a_warning()
    {
        var result = Ansi(Header + "[" + Migration + "] \"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0026", 3, Migration.Length + 4, 32));
        Assert.Contains("never set", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Single(result.Writes());
    }

    [Fact]
    public void Comment_after_the_closing_bracket_is_fine()
    {
        var result = Ansi(Header + "[" + Migration + "] ; live migration\r\n");

        result.AssertNoFindings();
        Assert.Single(result.Writes());
    }

    [Fact]
    public void Abbreviated_root_gets_one_finding_that_counts_the_dropped_values()
    {
        var result = Ansi(Header + "[HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\r\n"
            + "\"MaximumActiveTransfers\"=dword:00000008\r\n\r\n\"EnableCompression\"=dword:1\r\n");

        result.AssertFindings(("HV0005", 3, 2, 4));
        var message = result.Diagnostics[0].Message;
        Assert.Contains("skips the 2 values", message, StringComparison.Ordinal);
        Assert.Contains("HKEY_LOCAL_MACHINE", message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("HKCU", "HKEY_CURRENT_USER")]
    [InlineData("hkcr", "HKEY_CLASSES_ROOT")]
    [InlineData("HKU", "HKEY_USERS")]
    [InlineData("HKCC", "HKEY_CURRENT_CONFIG")]
    [InlineData("HKLM:", "HKEY_LOCAL_MACHINE")]
    public void Every_abbreviation_names_its_full_root(string root, string full)
    {
        var result = Ansi(Header + "[" + root + "\\Software]\r\n");

        result.AssertFindings(("HV0005", 3, 2, root.Length));
        Assert.Contains("Write the root in full: " + full, result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_after_a_failed_key_ends_at_the_next_key_line()
    {
        var result = Ansi(Header + "[HKLM\\SOFTWARE\\A]\r\n\"A\"=dword:1\r\n[" + Migration + "]\r\n\"MaximumActiveTransfers\"=dword:8\r\n");

        result.AssertFindings(("HV0005", 3, 2, 4));
        Assert.Contains("skips the 1 value below it", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Writes.Count);
    }

    [Theory]
    [InlineData(@"HKEY_CURRENT_USERS\Software", 18, "did you mean HKEY_CURRENT_USER?")]
    [InlineData(@"Computer\HKEY_LOCAL_MACHINE\SOFTWARE", 8, "remove 'Computer\\'")]
    [InlineData(@"Registry::HKEY_LOCAL_MACHINE\SOFTWARE", 28, "PowerShell provider prefix")]
    [InlineData(@"SOFTWARE\Microsoft", 8, "Start the path with HKEY_LOCAL_MACHINE")]
    [InlineData(@"HKEY_DYN_DATA\PerfStats", 13, "only on Windows 9x")]
    public void Unknown_roots_are_reported_with_advice(string path, int rootLength, string advice)
    {
        var result = Ansi(Header + "[" + path + "]\r\n\"A\"=dword:1\r\n");

        result.AssertFindings(("HV0006", 3, 2, rootLength));
        Assert.Contains(advice, result.Diagnostics[0].Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Abbreviated_root_in_a_delete_line_deletes_nothing()
    {
        var result = Ansi(Header + "[-HKLM\\SOFTWARE\\Old]\r\n");

        result.AssertFindings(("HV0005", 3, 3, 4));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Deleting_a_root_key_is_refused()
    {
        var result = Ansi(Header + "[-HKEY_LOCAL_MACHINE]\r\n");

        result.AssertFindings(("HV0007", 3, 1, 21));
        Assert.Empty(result.Writes);
    }

    [Theory]
    [InlineData("[]", 2)]
    [InlineData("[-]", 3)]
    public void Empty_key_names_are_malformed(string line, int length)
    {
        var result = Ansi(Header + line + "\r\n");

        result.AssertFindings(("HV0007", 3, 1, length));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Key_name_cannot_continue_on_the_next_line()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\Wine\\\r\nSubkey1]\r\n\"A\"=dword:1\r\n");

        result.AssertFindings(("HV0016", 3, 33, 1), ("HV0014", 5, 1, 11));
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Values_after_a_delete_key_line_are_not_imported()
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n[-" + Migration + "\\Networks]\r\n\"Metric\"=dword:1\r\n\"Tags\"=\"a\"\r\n");

        result.AssertFindings(("HV0014", 5, 1, 16));
        var message = result.Diagnostics[0].Message;
        Assert.Contains("line 4", message, StringComparison.Ordinal);
        Assert.Contains("1 other value line", message, StringComparison.Ordinal);
        Assert.Equal([RegistryOperation.CreateKey, RegistryOperation.DeleteKey], result.Writes().Select(w => w.Operation));
    }

    [Fact]
    public void Key_name_longer_than_255_characters_is_not_created()
    {
        var longName = new string('k', 256);
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\" + longName + "]\r\n\"A\"=dword:1\r\n");

        result.AssertFindings(("HV0027", 3, 29, 256));
        Assert.Contains("skips the 1 value", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Key_name_of_255_characters_is_fine()
    {
        var result = Ansi(Header + "[HKEY_CURRENT_USER\\Software\\" + new string('k', 255) + "]\r\n");

        result.AssertNoFindings();
        Assert.Single(result.Writes);
    }

    [Fact]
    public void Doubled_backslash_is_an_empty_segment_warning()
    {
        var result = Ansi(Header + "[HKEY_LOCAL_MACHINE\\SOFTWARE\\\\Microsoft]\r\n");

        result.AssertFindings(("HV0028", 3, 29, 2));
        Assert.Equal(["SOFTWARE", "Microsoft"], Assert.Single(result.Writes()).Key.Segments);
    }

    [Fact]
    public void Duplicate_key_sections_reopen_the_same_key()
    {
        var result = Ansi(Header + "[" + Migration + "]\r\n\"A\"=dword:1\r\n[" + VmsMp + "]\r\n[" + Migration + "]\r\n\"B\"=dword:2\r\n");

        result.AssertNoFindings();
        var values = result.ValueWrites();
        Assert.Equal(values[0].Key, values[1].Key);
    }
}
