using System.Text;
using HvLint.Core.Engine;
using HvLint.Core.Model;
using HvLint.Core.Text;
using HvLint.Parsers.Batch;
using HvLint.Parsers.Commands;

namespace HvLint.Parsers.Tests.Batch;

/// <summary>Runs the batch front end, or one interpreter on one command line, and states expectations about the result.</summary>
internal static class BatchTestHelpers
{
    public const string Migration = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";
    public const string MigrationFull = @"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration";

    /// <summary>A batch file saved as UTF-8 without a byte-order mark.</summary>
    public static ExtractionResult Run(string text, string path = "script.cmd") => Extract(Encoding.UTF8.GetBytes(text), path);

    public static ExtractionResult Extract(byte[] bytes, string path = "script.cmd") => new BatchFileExtractor().Extract(path, bytes);

    /// <summary>
    /// Runs reg.exe's interpreter alone on one command line, split as the C runtime splits it
    /// (what both shells hand to reg.exe once their own quoting is done).
    /// </summary>
    public static ExtractionResult RegCommand(string commandLine, string? scriptDirectory = null, bool inputRedirected = false) =>
        Interpret(commandLine, (context, span, program, args) =>
        {
            context.InputRedirected = inputRedirected;
            RegExeInterpreter.Interpret(context, span, program, args, scriptDirectory);
        });

    /// <summary>Runs bcdedit's interpreter alone on one command line.</summary>
    public static ExtractionResult BcdCommand(string commandLine) => Interpret(commandLine, BcdEditInterpreter.Interpret);

    /// <summary>Runs bcdedit's interpreter on arguments made by hand (for what only PowerShell produces).</summary>
    public static ExtractionResult BcdCommand(string text, params CommandArgument[] args)
    {
        var source = new SourceText("test.ps1", text);
        var context = new CommandContext(source, "powershell");
        BcdEditInterpreter.Interpret(context, new TextSpan(0, text.Length), new CommandArgument("bcdedit", new TextSpan(0, 7)), args);
        return new ExtractionResult(source, [.. context.Writes], [.. context.Diagnostics]);
    }

    public static CommandArgument[] Arguments(string commandLine)
    {
        var script = new BatchScript(new SourceText("test.cmd", commandLine), null);
        return [.. ArgvSplitter.Split(script.LineChars(0)).Select(t => t.ToArgument())];
    }

    private static ExtractionResult Interpret(string commandLine, Action<CommandContext, TextSpan, CommandArgument, IReadOnlyList<CommandArgument>> interpret)
    {
        var source = new SourceText("test.cmd", commandLine);
        var context = new CommandContext(source, "batch");
        var args = Arguments(commandLine);
        interpret(context, args[0].Span.Union(args[^1].Span), args[0], args[1..]);
        return new ExtractionResult(source, [.. context.Writes], [.. context.Diagnostics]) { Links = [.. context.Links] };
    }

    public static RegistryWrite[] RegistryWrites(this ExtractionResult result) => [.. result.Writes.OfType<RegistryWrite>()];

    public static BcdWrite[] BcdWrites(this ExtractionResult result) => [.. result.Writes.OfType<BcdWrite>()];

    public static RegistryWrite SingleRegistryWrite(this ExtractionResult result)
    {
        AssertNoFindings(result);
        return Assert.Single(result.RegistryWrites());
    }

    public static BcdWrite SingleBcdWrite(this ExtractionResult result)
    {
        AssertNoFindings(result);
        return Assert.Single(result.BcdWrites());
    }

    public static string Text(this ExtractionResult result, TextSpan? span) =>
        span is { } s ? result.Source.GetText(s) : "<null>";

    public static void AssertNoFindings(this ExtractionResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "unexpected findings:\n" + Describe(result));

    /// <summary>Asserts the exact set of findings: ID, 1-based line and column, and the text the span covers.</summary>
    public static void AssertFindings(this ExtractionResult result, params (string Id, int Line, int Column, string Text)[] expected)
    {
        var actual = result.Diagnostics
            .Select(d => (d.Rule.Id, d.Location.Start.Line, d.Location.Start.Column, result.Source.GetText(d.Location.Span)))
            .OrderBy(x => x.Line).ThenBy(x => x.Column).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray();
        var wanted = expected.OrderBy(x => x.Line).ThenBy(x => x.Column).ThenBy(x => x.Id, StringComparer.Ordinal).ToArray();
        Assert.True(actual.SequenceEqual(wanted), "expected:\n  " + string.Join("\n  ", wanted) + "\nactual:\n" + Describe(result));
    }

    /// <summary>Asserts exactly one finding, with its ID and the text it points at; returns its message.</summary>
    public static string AssertFinding(this ExtractionResult result, string id, string text)
    {
        var d = Assert.Single(result.Diagnostics);
        Assert.True(d.Rule.Id == id && result.Source.GetText(d.Location.Span) == text, $"expected {id} at '{text}', got:\n{Describe(result)}");
        return d.Message;
    }

    public static string Describe(ExtractionResult result) => string.Join("\n", result.Diagnostics.Select(d =>
        $"  ({d.Rule.Id}, {d.Location.Start.Line}, {d.Location.Start.Column}) '{result.Source.GetText(d.Location.Span)}': {d.Message}"));
}
