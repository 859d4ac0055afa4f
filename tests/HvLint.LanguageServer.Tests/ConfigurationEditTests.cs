using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.LanguageServer.Tests;

/// <summary>The edit of hvlint.json that turns a rule off: small, and what the configuration loader then reads as "off".</summary>
public sealed class ConfigurationEditTests : IDisposable
{
    private static readonly RuleDescriptor[] s_rules =
    [
        .. CoreDiagnostics.All,
        new("HV0101", "UnknownValueName", "An unknown value name.", "Nothing reads it.", RuleCategory.UnknownName),
        new("HV0102", "UnknownKey", "An unknown key.", "Nothing reads it.", RuleCategory.UnknownName),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("hvlint-config-edit-").FullName;

    public ConfigurationEditTests() => Directory.CreateDirectory(Path.Combine(_folder, ".git"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("{}", "{ \"rules\": { \"HV0101\": \"off\" } }")]
    [InlineData("{ \"target\": \"ws2022\" }", "{ \"target\": \"ws2022\", \"rules\": { \"HV0101\": \"off\" } }")]
    [InlineData("{\r\n\t\"target\": \"ws2022\"\r\n}\r\n", "{\r\n\t\"target\": \"ws2022\",\r\n\t\"rules\": { \"HV0101\": \"off\" }\r\n}\r\n")]
    [InlineData("{ \"rules\": {} }", "{ \"rules\": { \"HV0101\": \"off\" } }")]
    [InlineData("{\n  \"rules\": {\n    \"HV0102\": \"off\", // keys\n  },\n}\n", "{\n  \"rules\": {\n    \"HV0102\": \"off\", // keys\n    \"HV0101\": \"off\",\n  },\n}\n")]
    [InlineData("{\n  \"target\": \"ws2022\" // the hosts\n}\n", "{\n  \"target\": \"ws2022\", // the hosts\n  \"rules\": { \"HV0101\": \"off\" }\n}\n")]
    [InlineData("{\n  \"target\": \"ws2022\" }", "{\n  \"target\": \"ws2022\",\n  \"rules\": { \"HV0101\": \"off\" } }")]
    [InlineData("{ \"rules\": { \"UnknownValueName\": \"error\", \"unknown-name\": \"note\" } }", "{ \"rules\": { \"UnknownValueName\": \"off\", \"unknown-name\": \"note\" } }")]
    [InlineData("\uFEFF{ /* top */ \"rules\": { \"unknown-name\": \"error\" } }", "\uFEFF{ /* top */ \"rules\": { \"unknown-name\": \"error\", \"HV0101\": \"off\" } }")]
    public void The_rule_is_turned_off_with_the_smallest_edit(string original, string expected)
    {
        var edited = Edit(original);
        Assert.Equal(expected, edited);

        // What the loader reads from the edited file: HV0101 is off, the rest as before.
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), edited);
        var options = new ConfigurationResolver(s_rules).SettingsFor(Path.Combine(_folder, "a.reg")).Options;
        Assert.True(options.RuleSeverities.TryGetValue("HV0101", out var severity));
        Assert.Null(severity);
    }

    [Theory]
    [InlineData("{ \"rules\": { \"HV0101\": \"error\" }")]
    [InlineData("{ \"rules\": \"off\" }")]
    [InlineData("[]")]
    public void Text_that_is_not_a_configuration_object_gets_no_edit(string text) =>
        Assert.Null(ConfigurationEdit.Disable(text, Load("{}"), Path.Combine(_folder, "a.reg"), "HV0101", new RuleIndex(s_rules)));

    private string Edit(string original)
    {
        var edits = ConfigurationEdit.Disable(original, Load(original), Path.Combine(_folder, "a.reg"), "HV0101", new RuleIndex(s_rules));
        Assert.NotNull(edits);
        var text = original;
        foreach (var (start, end, newText) in edits.OrderByDescending(e => e.Start))
        {
            text = text[..start] + newText + text[end..];
        }

        return text;
    }

    private HvLintConfiguration Load(string text)
    {
        File.WriteAllText(Path.Combine(_folder, "hvlint.json"), text);
        return new ConfigurationResolver(s_rules).ConfigurationFor(Path.Combine(_folder, "a.reg"))!;
    }
}
