using HvLint.Core.Catalog;
using HvLint.Core.Engine;
using HvLint.Parsers;
using HvLint.Rules;

namespace HvLint.Cli;

/// <summary>
/// What a command runs against: its streams, working directory and environment, and how the
/// engine is composed. Program.Main fills it from the console; tests fill it with fakes.
/// </summary>
internal sealed class CliHost
{
    private static readonly Lazy<LintEngine> s_defaultEngine = new(
        () =>
        {
            var catalog = CatalogLoader.BuiltIn;
            StartupTrace.Mark("catalog load");
            var frontEnds = FrontEnds.All;
            StartupTrace.Mark("front ends");
            var rules = RuleSet.All;
            StartupTrace.Mark("rule registration");
            var engine = new LintEngine(catalog, frontEnds, rules);
            StartupTrace.Mark("engine");
            return engine;
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Where results go (unless --output names a file).</summary>
    public required TextWriter Stdout { get; init; }

    /// <summary>Where errors and tool notifications go.</summary>
    public required TextWriter Stderr { get; init; }

    /// <summary>The directory relative paths are resolved against and displayed from.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Whether stdout is an interactive terminal (colour is only ever used there).</summary>
    public bool StdoutIsTerminal { get; init; }

    /// <summary>Reads an environment variable (NO_COLOR, HVLINT_DEBUG).</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>Composes the engine: the built-in catalog, every front end and every rule.</summary>
    public Func<LintEngine> CreateEngine { get; init; } = DefaultEngine;

    /// <summary>The date suppression expiry is checked against; null: today (tests fix it).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Reads the documentation page of a rule by ID, or null when there is none.</summary>
    public Func<string, string?> ReadRuleDoc { get; init; } = RuleDocs.Read;

    /// <summary>Where the files to lint, the files they apply and the files a report quotes are read (the disk).</summary>
    public IDocumentWorkspace Workspace { get; init; } = DiskWorkspace.Instance;

    /// <summary>Lists a folder's files and subfolders (tests replace it to simulate a folder that cannot be read).</summary>
    public Func<string, (IEnumerable<string> Files, IEnumerable<string> Folders)> ListFolder { get; init; } = FileCollector.ListFolder;

    /// <summary>Opens standard input, read by 'check -' and 'writes -' (tests give bytes).</summary>
    public Func<Stream> OpenStandardInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Called with a file's full path just before --fix writes it (tests change the file there).</summary>
    public Action<string>? BeforeWritingFix { get; init; }

    /// <summary>
    /// The raw standard input and output of <c>hvlint lsp</c>; the default also sends anything
    /// else written to the console to stderr, so stdout carries only the protocol.
    /// </summary>
    public Func<(Stream Input, Stream Output)> OpenProtocolStreams { get; init; } = () =>
    {
        var streams = (Console.OpenStandardInput(), Console.OpenStandardOutput());
        Console.SetOut(Console.Error);
        return streams;
    };

    /// <summary>The engine of the real tool, built once per process.</summary>
    public static LintEngine DefaultEngine() => s_defaultEngine.Value;

    /// <summary>Resolves a path given on the command line against the working directory.</summary>
    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
