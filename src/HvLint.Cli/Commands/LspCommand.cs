using HvLint.LanguageServer;

namespace HvLint.Cli.Commands;

/// <summary>hvlint lsp: the language server over stdin and stdout (docs/editor.md).</summary>
internal static class LspCommand
{
    // Editors' clients (vscode-languageclient among them) pass --stdio; it is the only transport.
    private static readonly OptionSpec[] s_options = [new("stdio")];

    public static int Run(string[] args, CliHost host)
    {
        var parsed = Arguments.Parse("lsp", args, s_options);
        if (parsed.HelpRequested)
        {
            host.Stdout.Write(Usage.Lsp);
            return ExitCodes.Success;
        }

        parsed.ExpectAtMost(0, "no arguments");
        var engine = host.CreateEngine();
        var (input, output) = host.OpenProtocolStreams();
        using (input)
        using (output)
        {
            return HvLintLanguageServer.RunAsync(input, output, host.Stderr, engine).GetAwaiter().GetResult();
        }
    }
}
