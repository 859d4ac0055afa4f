using System.IO.Compression;
using System.Text.Json.Nodes;
using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>
/// The VS Code extension (vscode-extension/): its .reg grammar passes its vscode-tmgrammar-test
/// cases, its TypeScript type-checks and bundles, its settings follow hvlint.schema.json, and
/// scripts/package.sh builds a .vsix with the extension, the server and the grammar inside.
/// The npm packages are installed from package-lock.json on first use, as .ci/run does.
/// One class, so the builds that write dist/ and server/ never run at the same time.
/// </summary>
public sealed class VsCodeExtensionTests
{
    private static readonly Lazy<string> s_extension = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    private static string Extension => s_extension.Value;

    [Fact]
    public void Reg_grammar_passes_its_test_cases()
    {
        var cases = Directory.GetFiles(Path.Combine(Extension, "test", "grammar"), "*.reg");
        Assert.True(cases.Length >= 3, "grammar test cases are missing");

        var (code, output) = NodeTools.Run("npx", ["--no-install", "vscode-tmgrammar-test", "-g", "syntaxes/reg.tmLanguage.json", "test/grammar/*.reg"], Extension);

        Assert.True(code == 0, output);
        foreach (var file in cases)
        {
            Assert.Contains(Path.GetFileName(file) + " run successfuly", output);
        }
    }

    [Fact]
    public void Reg_grammar_test_runner_rejects_a_wrong_scope()
    {
        // The runner really compares scopes: a key line asserted to be a comment fails.
        using var dir = new TempDir();
        dir.Write("wrong.reg", "; SYNTAX TEST \"source.reg\" \"a wrong assertion\"\n[HKEY_LOCAL_MACHINE\\SOFTWARE]\n; <- comment.line.semicolon.reg\n");

        var (code, output) = NodeTools.Run("npx", ["--no-install", "vscode-tmgrammar-test", "-g", "syntaxes/reg.tmLanguage.json", Path.Combine(dir.Path, "wrong.reg")], Extension);

        Assert.True(code != 0, output);
        Assert.Contains("comment.line.semicolon.reg", output);
    }

    [Fact]
    public void Target_setting_offers_the_releases_of_hvlint_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("hvlint.schema.json")))!;
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")))!;
        var releases = schema["$defs"]!["target"]!["enum"]!.AsArray().Select(x => x!.GetValue<string>());
        var offered = package["contributes"]!["configuration"]!["properties"]!["hvlint.target"]!["enum"]!.AsArray()
            .Where(x => x is not null).Select(x => x!.GetValue<string>());

        Assert.Equal(releases, offered);
        var (code, output) = NodeTools.Run("node", ["scripts/generate.js", "--check"], Extension);
        Assert.True(code == 0, output);
    }

    [Fact]
    public void Rules_setting_offers_every_rule_key_and_severity_of_hvlint_schema()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepoPaths.Combine("hvlint.schema.json")))!;
        var package = JsonNode.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")))!;
        var keys = schema["$defs"]!["rules"]!["properties"]!.AsObject().Select(p => p.Key);
        var rules = package["contributes"]!["configuration"]!["properties"]!["hvlint.rules"]!["properties"]!.AsObject();

        Assert.Equal(keys, rules.Select(p => p.Key));
        var severities = schema["$defs"]!["severity"]!["enum"]!.AsArray().Select(x => x!.GetValue<string>());
        Assert.All(rules, p => Assert.Equal(severities, p.Value!["enum"]!.AsArray().Select(x => x!.GetValue<string>())));
    }

    [Fact]
    public void Extension_type_checks_and_bundles_without_vscode()
    {
        var (code, output) = NodeTools.Run("npx", ["--no-install", "tsc", "--noEmit", "-p", "."], Extension);
        Assert.True(code == 0, "tsc --noEmit:\n" + output);

        (code, output) = NodeTools.Run("npm", ["run", "--silent", "build"], Extension);
        Assert.True(code == 0, "npm run build:\n" + output);

        var bundle = File.ReadAllText(Path.Combine(Extension, "dist", "extension.js"));
        Assert.Contains("require(\"vscode\")", bundle);
        Assert.Contains("hvlint.dll", bundle);
        Assert.Contains("\"lsp\"", bundle);
        Assert.True(File.Exists(Path.Combine(Extension, "schemas", "hvlint.schema.json")), "the schema is not copied for jsonValidation");
    }

    [Fact]
    public void Package_script_builds_a_vsix_with_the_extension_server_and_grammar()
    {
        var (code, output) = NodeTools.Run("bash", [Path.Combine("scripts", "package.sh")], Extension, timeoutSeconds: 1200);
        Assert.True(code == 0, output);

        var version = JsonNode.Parse(File.ReadAllText(Path.Combine(Extension, "package.json")))!["version"]!.GetValue<string>();
        var vsix = Path.Combine(Extension, $"hvlint-{version}.vsix");
        Assert.True(File.Exists(vsix), output);

        using var zip = ZipFile.OpenRead(vsix);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("extension/package.json", entries);
        Assert.Contains("extension/dist/extension.js", entries);
        Assert.Contains("extension/server/hvlint.dll", entries);
        Assert.Contains("extension/server/hvlint.runtimeconfig.json", entries);
        Assert.Contains("extension/syntaxes/reg.tmLanguage.json", entries);
        Assert.Contains("extension/language-configuration.json", entries);
        Assert.Contains("extension/schemas/hvlint.schema.json", entries);
        Assert.DoesNotContain(entries, e => e.Contains("node_modules/", StringComparison.Ordinal) || e.StartsWith("extension/src/", StringComparison.Ordinal));

        // The packaged manifest wires the grammar and the schema it carries.
        using var manifest = new StreamReader(zip.GetEntry("extension/package.json")!.Open());
        var contributes = JsonNode.Parse(manifest.ReadToEnd())!["contributes"]!;
        Assert.Equal("./syntaxes/reg.tmLanguage.json", contributes["grammars"]![0]!["path"]!.GetValue<string>());
        Assert.Equal("./schemas/hvlint.schema.json", contributes["jsonValidation"]![0]!["url"]!.GetValue<string>());
    }

    private static string Install()
    {
        var dir = RepoPaths.Combine("vscode-extension");
        string[] tools = ["vscode-tmgrammar-test", "tsc", "esbuild", "vsce"];
        if (tools.Any(t => !File.Exists(Path.Combine(dir, "node_modules", ".bin", t))))
        {
            var (code, output) = NodeTools.Run("npm", ["ci", "--no-audit", "--no-fund"], dir, 600);
            if (code != 0)
            {
                throw new InvalidOperationException("npm ci failed in vscode-extension:\n" + output);
            }
        }

        return dir;
    }
}
