namespace HvLint.Cli;

/// <summary>An option a command accepts: a flag, or an option with a value (optionally from a fixed set).</summary>
internal sealed record OptionSpec(string Name, string? ShortName = null, string? ValueName = null, IReadOnlyList<string>? AllowedValues = null)
{
    /// <summary>Whether every occurrence counts (<see cref="Arguments.Values"/>), not only the last.</summary>
    public bool Repeatable { get; init; }

    /// <summary>Whether the option takes a value.</summary>
    public bool TakesValue => ValueName is not null;
}

/// <summary>
/// The parsed command line of one command. Hand-written on purpose: the grammar is small
/// (flags, '--name value', '--name=value', positionals, '--' to end options) and every error
/// must say exactly what was wrong and what to write instead.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);

    private Arguments(string command)
    {
        Command = command;
    }

    /// <summary>The command, as typed after 'hvlint' (e.g. "catalog list").</summary>
    public string Command { get; }

    /// <summary>Whether --help or -h was given.</summary>
    public bool HelpRequested { get; private set; }

    /// <summary>Arguments that are not options, in order.</summary>
    public List<string> Positionals { get; } = [];

    /// <summary>Whether a flag or option was given.</summary>
    public bool Has(string name) => _options.ContainsKey(name);

    /// <summary>The value of an option, or a default.</summary>
    public string? Value(string name, string? defaultValue = null) => _options.TryGetValue(name, out var v) ? v : defaultValue;

    /// <summary>Every value of a repeatable option, in the order given (empty when it was not given).</summary>
    public IReadOnlyList<string> Values(string name) => _repeated.TryGetValue(name, out var v) ? v : [];

    /// <summary>Parses the arguments of a command; throws <see cref="UsageException"/> on any mistake.</summary>
    public static Arguments Parse(string command, IReadOnlyList<string> args, IReadOnlyList<OptionSpec> options)
    {
        var result = new Arguments(command);
        var hint = $"Run 'hvlint {command} --help' for usage.";

        // --help wins over any other mistake so that a user can always get the usage text.
        for (var i = 0; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] is "-h" or "--help")
            {
                result.HelpRequested = true;
                return result;
            }
        }

        var optionsEnded = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == "-" || !arg.StartsWith('-'))
            {
                result.Positionals.Add(arg);
                continue;
            }

            if (arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            string name;
            string? inlineValue = null;
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                var eq = arg.IndexOf('=', StringComparison.Ordinal);
                name = eq < 0 ? arg[2..] : arg[2..eq];
                inlineValue = eq < 0 ? null : arg[(eq + 1)..];
            }
            else
            {
                name = arg[1..];
            }

            var spec = options.FirstOrDefault(o => arg.StartsWith("--", StringComparison.Ordinal) ? o.Name == name : o.ShortName == name);
            if (spec is null)
            {
                var known = options.Select(o => "--" + o.Name).Append("--help");
                var shown = inlineValue is null ? arg : arg[..arg.IndexOf('=', StringComparison.Ordinal)];
                throw new UsageException($"{command}: unknown option '{shown}'." + Suggestions.DidYouMean(shown, known), hint);
            }

            string? value = null;
            if (spec.TakesValue)
            {
                if (inlineValue is not null)
                {
                    value = inlineValue;
                }
                else if (i + 1 < args.Count && (!args[i + 1].StartsWith('-') || args[i + 1] == "-"))
                {
                    value = args[++i];
                }

                if (string.IsNullOrEmpty(value))
                {
                    var expected = spec.AllowedValues is null ? spec.ValueName : Suggestions.OneOf(spec.AllowedValues);
                    throw new UsageException($"{command}: option '--{spec.Name}' needs a value ({expected}).", hint);
                }

                if (spec.AllowedValues is not null)
                {
                    var match = spec.AllowedValues.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase))
                        ?? throw new UsageException(
                            $"{command}: '{value}' is not a valid value for '--{spec.Name}'; use {Suggestions.OneOf(spec.AllowedValues)}." + Suggestions.DidYouMean(value, spec.AllowedValues),
                            hint);
                    value = match;
                }
            }
            else if (inlineValue is not null)
            {
                throw new UsageException($"{command}: option '--{spec.Name}' takes no value (got '{inlineValue}').", hint);
            }

            // The last occurrence wins, as in most command-line tools; a repeatable option keeps each.
            result._options[spec.Name] = value;
            if (spec.Repeatable && value is not null)
            {
                if (!result._repeated.TryGetValue(spec.Name, out var values))
                {
                    result._repeated[spec.Name] = values = [];
                }

                values.Add(value);
            }
        }

        return result;
    }

    /// <summary>Fails when more positional arguments were given than the command takes.</summary>
    public void ExpectAtMost(int count, string what)
    {
        if (Positionals.Count > count)
        {
            throw new UsageException($"{Command}: unexpected argument '{Positionals[count]}' (it takes {what}).", $"Run 'hvlint {Command} --help' for usage.");
        }
    }

    /// <summary>Fails unless exactly one positional argument was given; returns it.</summary>
    public string ExpectOne(string what)
    {
        if (Positionals.Count == 0)
        {
            throw new UsageException($"{Command}: missing {what}.", $"Run 'hvlint {Command} --help' for usage.");
        }

        ExpectAtMost(1, "one " + what);
        return Positionals[0];
    }
}
