using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>The documented JSON shape of 'check --format json' (see JsonFormatter).</summary>
public sealed class JsonOutputTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_document_has_the_documented_shape()
    {
        _dir.Write("hosts/a.hvt", "set Twice=1\nset Twice=bad\nset Insecure=1\n");
        _dir.Write("b.hvt", "set Fine=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var root = doc.RootElement;
        Assert.Equal(["version", "tool", "catalogVersion", "files", "diagnostics", "notifications", "suppressed"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("HvLint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(ToolInfo.Version, root.GetProperty("tool").GetProperty("version").GetString());
        Assert.Equal(FakeRules.Engine().Catalog.Version, root.GetProperty("catalogVersion").GetString());
        Assert.Equal(2, root.GetProperty("files").GetInt32());
        Assert.Equal(0, root.GetProperty("notifications").GetArrayLength());

        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.Equal(["HV0791", "HV0391", "HV0591"], diagnostics.Select(d => d.GetProperty("ruleId").GetString()));
        foreach (var d in diagnostics)
        {
            Assert.Equal(
                ["ruleId", "ruleName", "category", "severity", "message", "path", "startLine", "startColumn", "endLine", "endColumn", "related", "writeIdentity", "securitySeverity"],
                d.EnumerateObject().Select(p => p.Name));
        }

        var bad = diagnostics[1];
        Assert.Equal("FakeBadValue", bad.GetProperty("ruleName").GetString());
        Assert.Equal("range", bad.GetProperty("category").GetString());
        Assert.Equal("error", bad.GetProperty("severity").GetString());
        Assert.Equal("hosts/a.hvt", bad.GetProperty("path").GetString());
        Assert.Equal(2, bad.GetProperty("startLine").GetInt32());
        Assert.Equal(11, bad.GetProperty("startColumn").GetInt32());
        Assert.Equal(2, bad.GetProperty("endLine").GetInt32());
        Assert.Equal(14, bad.GetProperty("endColumn").GetInt32());
        Assert.Equal(@"reg:hklm\software\hvlinttest:twice", bad.GetProperty("writeIdentity").GetString());
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("securitySeverity").ValueKind);
        Assert.Equal(0, bad.GetProperty("related").GetArrayLength());

        var twice = diagnostics[0];
        Assert.Equal("warning", twice.GetProperty("severity").GetString());
        var related = Assert.Single(twice.GetProperty("related").EnumerateArray());
        Assert.Equal(["message", "path", "startLine", "startColumn", "endLine", "endColumn"], related.EnumerateObject().Select(p => p.Name));
        Assert.Equal("first written here", related.GetProperty("message").GetString());
        Assert.Equal("hosts/a.hvt", related.GetProperty("path").GetString());
        Assert.Equal(1, related.GetProperty("startLine").GetInt32());
        Assert.Equal(5, related.GetProperty("startColumn").GetInt32());
        Assert.Equal(10, related.GetProperty("endColumn").GetInt32());

        var insecure = diagnostics[2];
        Assert.Equal("security", insecure.GetProperty("category").GetString());
        Assert.Equal(8.1, insecure.GetProperty("securitySeverity").GetDouble());
    }

    [Fact]
    public void Notifications_list_internal_errors()
    {
        _dir.Write("a.hvt", "set Crash=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        Assert.Equal(3, r.ExitCode);
        using var doc = JsonDocument.Parse(r.Stdout);
        var n = Assert.Single(doc.RootElement.GetProperty("notifications").EnumerateArray());
        Assert.Equal("a.hvt", n.GetProperty("path").GetString());
        Assert.Equal("HV0991", n.GetProperty("ruleId").GetString());
        Assert.Contains("boom", n.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_findings_is_an_empty_array()
    {
        _dir.Write("clean.hvt", "set Clean=1\n");
        var r = CliRunner.RunFake(_dir.Path, "check", "--format", "json");
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("files").GetInt32());
        Assert.Equal(0, doc.RootElement.GetProperty("diagnostics").GetArrayLength());
    }
}
