namespace HvLint.Cli;

/// <summary>The help texts of the commands.</summary>
internal static class Usage
{
    /// <summary>The command names, for suggestions.</summary>
    public static readonly IReadOnlyList<string> Commands = ["check", "writes", "rules", "explain", "catalog", "lsp", "help"];

    public const string Main = """
        hvlint: a linter for Hyper-V host tuning in .reg files, PowerShell and batch scripts.

        Usage:
          hvlint check [PATH...] [options]     Lint files and folders (default: the current folder).
          hvlint writes [PATH...] [options]    Show every registry and BCD write the files make.
          hvlint rules [--format text|json]    List every rule.
          hvlint explain <ID|Name>             Show the documentation page of a rule.
          hvlint catalog list [options]        List the settings HvLint knows.
          hvlint catalog show <name>           Show everything HvLint knows about a setting.
          hvlint lsp                           Run the language server for editors (LSP over stdio).
          hvlint help [command]                Show help for a command.
          hvlint --version                     Show the tool's and the catalog's versions.

        Exit codes: 0 no finding at or above the fail level; 1 findings at or above it;
        2 usage error; 3 internal error.

        """;

    public const string Lsp = """
        Usage: hvlint lsp

        Runs HvLint's language server: the Language Server Protocol (3.17) over stdin and stdout,
        for an editor to start (docs/editor.md). It reports findings while you type, with the
        configuration 'hvlint check' would use for each file, and offers the findings' fixes as
        code actions. Stdout carries only the protocol; the server's log goes to stderr.

        Options:
          --stdio                         Talk over stdin and stdout (the default; editors pass it).

        """;

    public const string Check = """
        Usage: hvlint check [PATH...] [options]

        Lints files and folders. Folders are searched recursively for files HvLint reads
        (.reg, .ps1, .psm1, .cmd, .bat), skipping bin/, obj/, node_modules/, .git/, files git
        ignores and the configuration's exclude patterns. PATH defaults to '.'. A quoted glob
        pattern ('infra/**/*.reg', '*.ps1') is matched from the current folder the same way; one
        that matches nothing is an error. '-' reads the text from standard input.

        Each file uses the nearest hvlint.json (or .hvlint.json) above it, up to the repository
        root (docs/configuration.md). Findings can be suppressed inline with a reason, e.g.
        '; hvlint-disable-next-line HV0101 -- reason' (docs/suppressions.md).

        A file that applies another with a literal path (reg import, a dot-sourced script) is
        checked together with it, as applied at that point.

        Options:
          --format text|json|sarif|github|gitlab|junit  Output format (default: text);
                                          github: workflow commands (annotations), gitlab:
                                          Code Quality JSON, junit: JUnit XML (docs/ci.md).
          --output FILE                   Write the output to FILE instead of stdout ('-': stdout).
          --fail-level error|warning|note Lowest severity that makes the exit code 1 (default: the
                                          configuration's failLevel, else warning: notes never
                                          fail a run unless you ask for 'note').
          --config FILE                   Use this configuration file for every file (no search).
          --target ws2008r2|ws2012|ws2012r2|ws2016|ws2019|ws2022|ws2025
                                          The Windows Server release of the hosts (wins over "target").
          --write-baseline FILE           Record today's findings in FILE (sorted JSON, for review).
          --baseline FILE                 Report only findings not recorded in FILE; SARIF marks
                                          results new, unchanged or absent.
          --exclude-suppressed            Leave suppressed findings out of SARIF and JSON (GitHub
                                          code scanning does not honour SARIF suppressions).
          --as-one-host                   The files, in the order given (a folder's files in path
                                          order), are applied to one host: also report conflicts
                                          between files. A file that another input imports or
                                          dot-sources counts where it is applied.
          --max-findings-per-rule N       Show at most N findings of each rule in each file, then
                                          one line counting the rest (default: 100; 0: all). The
                                          exit code and --write-baseline count every finding.
          --no-color                      Never colour the text output (NO_COLOR is honoured too).
          --fix                           Apply the safe fixes to the files (marked [*] in the
                                          text output), in rounds until none applies, then report
                                          the findings left. Files are rewritten atomically in
                                          their own encoding and line endings (docs/fixes.md).
          --unsafe-fixes                  With --fix or --diff: also the fixes that change what
                                          is written (renames, values moved into range, removals).
          --diff                          Print the fixes as a unified diff and change nothing;
                                          exit code 1 when there is something to fix.
          --select RULES                  Run only these rules: IDs (HV0101), names, categories
                                          or ID prefixes (HV01), comma-separated, repeatable.
                                          Parse findings (HV00xx) stay unless ignored.
          --ignore RULES                  Do not run these rules (wins over --select).
          -q, --quiet                     Text: print the findings only, no summary.
          --statistics                    Text: a count per rule (count, ID, name, fixable)
                                          instead of the findings; json: a "statistics" array.
          --max-warnings N                Warnings fail the run only when more than N are
                                          reported; errors (and notes at --fail-level note)
                                          fail it as before.
          --exit-zero                     Exit 0 even when findings fail the run (2 and 3 stay).
          --stdin-filename PATH           The name of the text read from standard input ('-'):
                                          its extension, configuration and the path shown.
          --shard K/N                     Lint only the K-th of N deterministic shares of the
                                          files (by path; linked files with their importer).
          -h, --help                      Show this help.

        Exit codes: 0 no finding at or above the fail level; 1 findings at or above it (with
        --max-warnings: an error, or more than N warnings); 2 usage or configuration error
        (unknown option or rule, missing path, a pattern that matches nothing, nothing to lint,
        bad hvlint.json or baseline); 3 internal error (a rule or front end failed).
        --exit-zero turns 1 into 0; 2 and 3 stay.

        """;

    public const string Writes = """
        Usage: hvlint writes [PATH...] [options]

        Prints every registry and BCD write that the files make, in the order they would be
        applied: the operation, the full key, the value name ((Default) for the default value),
        the type, the data as Windows would store it, whether each part is literal, resolved
        from a variable or computed at run time, and where it is written. Linked files
        (reg import, dot-sourced scripts with a literal path) are included once.

        Options:
          --format text|json|reg   text for people (default); json for tools (docs/writes-json.md);
                                   reg: the registry writes as one .reg file, with writes that
                                   cannot be converted listed as ';' comments.
          --output FILE            Write to FILE instead of stdout; with --format reg the file is
                                   UTF-16LE with a byte-order mark, as regedit exports.
          --stdin-filename PATH    With '-' as PATH: the name of the text read from stdin.
          -h, --help               Show this help.

        """;

    public const string Rules = """
        Usage: hvlint rules [--format text|json]

        Lists every rule and parse finding: ID, name, category, default severity and title.

        Options:
          --format text|json   Output format (default: text).
          -h, --help           Show this help.

        """;

    public const string Explain = """
        Usage: hvlint explain <ID|Name>

        Prints the documentation page of a rule, e.g. 'hvlint explain HV0001' or
        'hvlint explain FileUnreadable'.

        """;

    public const string Catalog = """
        Usage:
          hvlint catalog list [--format text|json] [--store registry|bcd|hyperv]
          hvlint catalog show <name>

        'list' prints every setting of the built-in catalog; 'show' prints all facts about a
        registry value or BCD element (every entry with that name).

        """;

    public const string CatalogList = """
        Usage: hvlint catalog list [--format text|json] [--store registry|bcd|hyperv]

        Lists every entry of the built-in settings catalog.

        Options:
          --format text|json       Output format (default: text).
          --store STORE            Only entries of this store: registry, bcd or hyperv.
          -h, --help               Show this help.

        """;

    public const string CatalogShow = """
        Usage: hvlint catalog show <name>

        Prints everything the catalog knows about a registry value or BCD element: key, name,
        types, default, accepted data, what Windows does with invalid data, readers, tags,
        deprecation, description and sources. A name used under several keys shows each entry.

        """;
}
