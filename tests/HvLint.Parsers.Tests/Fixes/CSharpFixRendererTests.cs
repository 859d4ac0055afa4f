using HvLint.Core.Model;
using static HvLint.Parsers.Tests.Fixes.FixTestHelpers;

namespace HvLint.Parsers.Tests.Fixes;

/// <summary>Renames rendered in a C# file: the literal that holds the whole name, in its own style.</summary>
public class CSharpFixRendererTests
{
    private const string Key = "@\"HKEY_LOCAL_MACHINE\\SOFTWARE\\Test\"";

    [Theory]
    [InlineData("\"Old\"", "\"New\"")]
    [InlineData("@\"Old\"", "@\"New\"")]
    public void A_rename_replaces_the_literal_in_its_own_style(string before, string after)
    {
        var source = $"using Microsoft.Win32;\nRegistry.SetValue({Key}, {before}, 1, RegistryValueKind.DWord);\n";
        var result = Extract(source, ".cs");

        var text = Apply(result, Rename(Value(result), "New"));

        Assert.Equal(source.Replace(before, after, StringComparison.Ordinal), text);
        Assert.Equal("New", Value(Extract(text, ".cs")).ValueName);
    }

    [Theory]
    [InlineData("\"Old\"", "Say \"hi\"\\now", "\"Say \\\"hi\\\"\\\\now\"")]
    [InlineData("@\"Old\"", "Say \"hi\"\\now", "@\"Say \"\"hi\"\"\\now\"")]
    public void Quotes_and_backslashes_in_the_new_name_are_escaped_as_the_literal_needs(string before, string name, string after)
    {
        var source = $"using Microsoft.Win32;\nRegistry.SetValue({Key}, {before}, 1, RegistryValueKind.DWord);\n";
        var result = Extract(source, ".cs");

        var text = Apply(result, Rename(Value(result), name));

        Assert.Equal(source.Replace(before, after, StringComparison.Ordinal), text);
        Assert.Equal(name, Value(Extract(text, ".cs")).ValueName);
    }

    [Theory]
    [InlineData("\"Ol\" + \"d\"")]
    [InlineData("$\"{Prefix}d\"")]
    [InlineData("\"\"\"Old\"\"\"")]
    [InlineData("\"Ol\\u0064\"")]
    public void A_name_not_held_whole_by_one_plain_literal_is_left_to_people(string name)
    {
        var source = $"using Microsoft.Win32;\nconst string Prefix = \"Ol\";\nRegistry.SetValue({Key}, {name}, 1, RegistryValueKind.DWord);\n";
        var result = Extract(source, ".cs");
        var write = Value(result);

        Assert.Null(Render(result, Rename(write, "New")));
    }

    [Fact]
    public void A_change_of_data_is_not_rendered()
    {
        var result = Extract($"using Microsoft.Win32;\nRegistry.SetValue({Key}, \"Old\", \"1\");\n", ".cs");

        Assert.Null(Render(result, Replace(Value(result), RegistryData.DWord(1))));
    }
}
