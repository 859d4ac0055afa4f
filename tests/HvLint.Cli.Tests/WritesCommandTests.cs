using System.Text;
using System.Text.Json;
using HvLint.Cli.Output;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

public sealed class WritesCommandTests
{
    public static TheoryData<string> RegSamples()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { RepoPaths.Combine("examples"), RepoPaths.Combine("tests") })
        {
            foreach (var f in Directory.EnumerateFiles(dir, "*.reg", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(RepoPaths.Root, f));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegSamples))]
    public void A_reg_file_converted_by_writes_reg_parses_back_to_the_same_writes(string relativePath)
    {
        var original = RuleVerifier.Engine.Lint(new LintRequest(RepoPaths.Combine(relativePath), relativePath) { Links = LinkPolicy.DocumentsOnly }).Single();
        var writes = original.Writes.OfType<RegistryWrite>().ToArray();
        var text = RegFileWriter.Write(writes.Select(w => (relativePath, w)));
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        var reparsed = RuleVerifier.Engine.LintBytes("roundtrip.reg", bytes);

        // Warnings may come back (a key really named 'storvsp ' is reproduced as such); errors may not.
        Assert.DoesNotContain(reparsed.Diagnostics, d => d.Rule.Category == Core.Diagnostics.RuleCategory.Parse && d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Equal(Shape(writes), Shape(reparsed.Writes.OfType<RegistryWrite>()));
    }

    public static TheoryData<string> ScriptExamples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(RepoPaths.Combine("examples"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ps1", StringComparison.Ordinal) || f.EndsWith(".cmd", StringComparison.Ordinal) || f.EndsWith(".bat", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptExamples))]
    public void A_script_converted_by_writes_reg_parses_back_to_its_resolved_registry_writes(string relativePath)
    {
        var original = RuleVerifier.Engine.Lint(new LintRequest(RepoPaths.Combine(relativePath), relativePath) { Links = LinkPolicy.DocumentsOnly }).Single();
        var writes = original.Writes.OfType<RegistryWrite>().ToArray();
        var text = RegFileWriter.Write(writes.Select(w => (relativePath, w)));
        var reparsed = RuleVerifier.Engine.LintBytes("converted.reg", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        // What can be expressed in a .reg file comes back unchanged and in order; the rest is
        // listed as comments, one per write, so nothing disappears silently.
        var convertible = writes.Where(w => w.KeyCertainty != Certainty.Unresolved && w.NameCertainty != Certainty.Unresolved
            && w.Operation != RegistryOperation.DeleteAllValues
            && (w.Operation != RegistryOperation.SetValue || w.DataCertainty != Certainty.Unresolved && w.Data is not null)).ToArray();
        Assert.DoesNotContain(reparsed.Diagnostics, d => d.Rule.Category == Core.Diagnostics.RuleCategory.Parse && d.Severity == Core.Diagnostics.Severity.Error);
        Assert.Equal(Shape(convertible, createKeys: false), Shape(reparsed.Writes.OfType<RegistryWrite>(), createKeys: false));
        Assert.Equal(writes.Length - convertible.Length, text.Split("; not converted", StringSplitOptions.None).Length - 1);
    }

    [Fact]
    public void Writes_json_has_one_object_per_write_with_stable_fields()
    {
        var (code, stdout, _) = Run(["writes", "examples/reg/live-migration-tuning.reg", "--format", "json"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var writes = doc.RootElement.GetProperty("writes").EnumerateArray().ToArray();
        var transfers = writes.Single(w => w.GetProperty("name").GetString() == "MaximumActiveTransfers");
        Assert.Equal("setValue", transfers.GetProperty("operation").GetString());
        Assert.Equal("REG_DWORD", transfers.GetProperty("type").GetString());
        Assert.Equal(2000, transfers.GetProperty("data").GetInt32());
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", transfers.GetProperty("key").GetString());
        Assert.Equal("literal", transfers.GetProperty("certainty").GetProperty("data").GetString());
        Assert.Equal(8, transfers.GetProperty("location").GetProperty("startLine").GetInt32());
        Assert.Equal(Enumerable.Range(0, writes.Length), writes.Select(w => w.GetProperty("order").GetInt32()));
    }

    [Fact]
    public void Hyper_V_cmdlet_settings_are_listed_in_json_and_text_and_left_out_of_reg_with_a_note()
    {
        const string file = "examples/powershell/hyperv-host-cmdlets.ps1";
        var (code, stdout, _) = Run(["writes", file, "--format", "json"]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var hyperV = doc.RootElement.GetProperty("writes").EnumerateArray().Where(w => w.GetProperty("store").GetString() == "hyperv").ToArray();
        var reserve = hyperV.Single(w => w.GetProperty("parameter").GetString() == "Reserve" && w.GetProperty("target").GetString() == "web01");
        Assert.Equal(("Set-VMProcessor", "vm", "VMName", "2500", "literal"), (reserve.GetProperty("cmdlet").GetString(), reserve.GetProperty("scope").GetString(), reserve.GetProperty("targetParameter").GetString(), reserve.GetProperty("value").GetString(), reserve.GetProperty("certainty").GetProperty("value").GetString()));
        var misspelt = hyperV.Single(w => w.GetProperty("operation").GetString() == "fails");
        Assert.Equal((JsonValueKind.Null, "MacAddressSpofing"), (misspelt.GetProperty("parameter").ValueKind, misspelt.GetProperty("parameterAsWritten").GetString()));
        var added = hyperV.Single(w => w.GetProperty("cmdlet").GetString() == "Add-VMNetworkAdapter");
        Assert.Equal(("SwitchName", "Converged", "LiveMigration", true), (added.GetProperty("parameter").GetString(), added.GetProperty("value").GetString(), added.GetProperty("target").GetString(), added.GetProperty("managementOS").GetBoolean()));
        Assert.False(reserve.TryGetProperty("managementOS", out _));
        var vlan = hyperV.First(w => w.GetProperty("parameter").GetString() == "VlanId" && w.GetProperty("target").GetString() == "web01");
        Assert.Equal(JsonValueKind.Null, vlan.GetProperty("value").ValueKind);

        var (_, text, _) = Run(["writes", file]);
        Assert.Contains("Set-VMProcessor VM 'web01'", text, StringComparison.Ordinal);
        Assert.Contains("(parameter not bound: the command fails)", text, StringComparison.Ordinal);

        var (regCode, reg, regErr) = Run(["writes", file, "--format", "reg"]);
        Assert.Equal(0, regCode);
        Assert.DoesNotContain("VMProcessor", reg, StringComparison.Ordinal);
        Assert.Contains("Hyper-V cmdlet setting(s) have no .reg form", regErr, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_reg_to_a_file_is_utf16_with_a_bom_and_the_text_view_groups_by_key()
    {
        var dir = Directory.CreateTempSubdirectory("hvlint-writes");
        try
        {
            var output = Path.Combine(dir.FullName, "out.reg");
            var (code, _, _) = Run(["writes", "examples/reg/storage-tuning.reg", "--format", "reg", "--output", output]);
            Assert.Equal(0, code);
            var bytes = File.ReadAllBytes(output);
            Assert.Equal(new byte[] { 0xFF, 0xFE }, bytes[..2]);
            Assert.StartsWith("Windows Registry Editor Version 5.00\r\n", Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2), StringComparison.Ordinal);

            var (_, text, _) = Run(["writes", "examples/reg/storage-tuning.reg"]);
            Assert.Contains("HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\vhdmp\\Parameters\n", text, StringComparison.Ordinal);
            Assert.Contains("IoSubTrackerCount", text, StringComparison.Ordinal);
            Assert.Contains("256 (0x100)", text, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr, RepoPaths.Root);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // What a reviewer cares about: operation, key, name, type and data, in order. A key that is
    // reopened by consecutive sections of the same key is one section in the normalised form.
    // A script sets a value without creating its key first, while the .reg form opens a
    // section for it, which parses back as a create-key write: for scripts, compare values and
    // deletions only. Keys are compared as the .reg form spells them (/reg:32 as Wow6432Node).
    private static string[] Shape(IEnumerable<RegistryWrite> writes, bool createKeys = true)
    {
        var shape = new List<string>();
        string? previousKey = null;
        foreach (var w in writes)
        {
            if (w.Operation == RegistryOperation.CreateKey && (!createKeys || w.Key.Text == previousKey))
            {
                continue;
            }

            shape.Add($"{w.Operation} {RegFileWriter.KeyText(w)} {w.ValueName} {(w.Data is null ? string.Empty : RegistryValueTypes.Name(w.Data.RawType) + " " + w.Data.ToDisplayString())}");
            previousKey = w.Operation == RegistryOperation.DeleteKey ? null : w.Key.Text;
        }

        return [.. shape];
    }
}
