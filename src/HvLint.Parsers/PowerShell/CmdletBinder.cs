using System.Management.Automation.Language;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.PowerShell;

/// <summary>One parameter of a cmdlet: its name, aliases, position (-1 = named only) and kind.</summary>
internal sealed record ParameterSpec(string Name, string[] Aliases, int Position = -1, bool IsSwitch = false, bool TakesRemainingArguments = false);

/// <summary>A parameter bound to an argument.</summary>
/// <param name="Value">What the argument evaluates to (its span is the literal to edit).</param>
/// <param name="ArgumentSpan">Where the argument is written in the command.</param>
/// <param name="ParameterSpan">The -Name token, or the argument for a positional or splatted one.</param>
internal sealed record BoundArgument(PsValue Value, TextSpan ArgumentSpan, TextSpan ParameterSpan);

/// <summary>
/// A parameter name PowerShell cannot bind: no parameter has it (or starts with it), or it is the
/// start of several. PowerShell then refuses the whole command.
/// </summary>
/// <param name="Written">The name as written, without the dash.</param>
/// <param name="Span">The -Name token (or the splatted hashtable's key).</param>
/// <param name="Candidates">The parameters it could mean; empty when it matches none.</param>
internal sealed record ParameterError(string Written, TextSpan Span, IReadOnlyList<string> Candidates);

/// <summary>A cmdlet call with its parameters bound as PowerShell binds them.</summary>
internal sealed class BoundCommand(string cmdlet, string invokedAs, CommandAst ast, Dictionary<string, BoundArgument> parameters, bool unknownSplat)
{
    /// <summary>The cmdlet's full name (aliases resolved).</summary>
    public string Cmdlet { get; } = cmdlet;

    /// <summary>The name as written (sp, ni, mkdir, ...).</summary>
    public string InvokedAs { get; } = invokedAs;

    public CommandAst Ast { get; } = ast;

    public TextSpan Span => ValueEvaluator.SpanOf(Ast);

    public TextSpan NameSpan => ValueEvaluator.SpanOf(Ast.CommandElements[0]);

    /// <summary>A splatted variable could not be followed, so any parameter may be in it.</summary>
    public bool UnknownSplat { get; } = unknownSplat;

    public bool Has(string parameter) => parameters.ContainsKey(parameter);

    /// <summary>Every bound parameter (full names) with its argument, in no particular order.</summary>
    public IEnumerable<(string Name, BoundArgument Argument)> Parameters => parameters.Select(p => (p.Key, p.Value));

    /// <summary>The argument of a parameter; an unknown value when a splat could hold it; null when absent.</summary>
    public BoundArgument? Get(string parameter) =>
        parameters.TryGetValue(parameter, out var a) ? a
        : UnknownSplat ? new BoundArgument(new PsUnknown(Span), Span, Span) : null;

    /// <summary>Whether a switch is on (-Force, -Force:$true); unknown switches count as off.</summary>
    public bool Switch(string parameter) => parameters.TryGetValue(parameter, out var a) && a.Value switch
    {
        PsBool b => b.Value,
        PsNumber n => Convert.ToDouble(n.Value, System.Globalization.CultureInfo.InvariantCulture) != 0,
        _ => false,
    };
}

/// <summary>
/// Binds cmdlet calls without PowerShell's command metadata: StaticParameterBinder cannot see the
/// Microsoft.PowerShell.Management cmdlets here (their module is not in the
/// System.Management.Automation package), so this table states each cmdlet's parameters,
/// aliases and positions (docs/formats.md §4.1, §4.3) and applies PowerShell's rules: exact names and
/// aliases first, then an unambiguous prefix (-Na for -Name); positional arguments fill the
/// positions in order; a splatted hashtable binds by name and a splatted array by position.
/// </summary>
internal static class CmdletBinder
{
    private static readonly ParameterSpec[] s_common =
    [
        new("Verbose", ["vb"], IsSwitch: true), new("Debug", ["db"], IsSwitch: true), new("ErrorAction", ["ea"]),
        new("WarningAction", ["wa"]), new("InformationAction", ["infa"]), new("ErrorVariable", ["ev"]),
        new("WarningVariable", ["wv"]), new("InformationVariable", ["iv"]), new("OutVariable", ["ov"]),
        new("OutBuffer", ["ob"]), new("PipelineVariable", ["pv"]), new("ProgressAction", ["proga"]),
    ];

    private static readonly ParameterSpec[] s_shouldProcess =
    [
        new("WhatIf", ["wi"], IsSwitch: true), new("Confirm", ["cf"], IsSwitch: true), new("UseTransaction", ["usetx"], IsSwitch: true),
    ];

    /// <summary>Whether a parameter is one of PowerShell's common parameters (-Verbose, -ErrorAction, ...).</summary>
    internal static bool IsCommon(string parameter) => s_common.Any(s => s.Name.Equals(parameter, StringComparison.OrdinalIgnoreCase));

    // Common, ShouldProcess and transaction parameters: a prefix that also matches one of the
    // cmdlet's own parameters means the cmdlet's.
    private static readonly HashSet<ParameterSpec> s_commonSet = [.. s_common, .. s_shouldProcess];

    private static readonly ParameterSpec[] s_filters =
    [
        new("Filter", []), new("Include", []), new("Exclude", []), new("Credential", []),
    ];

    private static readonly ParameterSpec s_path = new("Path", [], 0);
    private static readonly ParameterSpec s_literalPath = new("LiteralPath", ["PSPath", "LP"]);
    private static readonly ParameterSpec s_force = new("Force", [], IsSwitch: true);
    private static readonly ParameterSpec s_passThru = new("PassThru", [], IsSwitch: true);

    private static readonly Dictionary<string, ParameterSpec[]> s_cmdlets = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Set-ItemProperty"] = [s_path, s_literalPath, new("Name", ["PSProperty"], 1), new("Value", [], 2), new("InputObject", []), s_passThru, s_force, new("Type", []), .. s_filters, .. s_shouldProcess],
        ["New-ItemProperty"] = [s_path, s_literalPath, new("Name", ["PSProperty"], 1), new("PropertyType", ["Type"]), new("Value", []), s_force, .. s_filters, .. s_shouldProcess],
        ["Remove-ItemProperty"] = [s_path, s_literalPath, new("Name", ["PSProperty"], 1), s_force, .. s_filters, .. s_shouldProcess],
        ["Clear-ItemProperty"] = [s_path, s_literalPath, new("Name", ["PSProperty"], 1), s_force, s_passThru, .. s_filters, .. s_shouldProcess],
        ["New-Item"] = [s_path, new("Name", []), new("ItemType", ["Type"]), new("Value", ["Target"]), s_force, new("Credential", []), .. s_shouldProcess],
        ["Remove-Item"] = [s_path, s_literalPath, new("Recurse", [], IsSwitch: true), s_force, new("Stream", []), .. s_filters, .. s_shouldProcess],
        ["Set-Item"] = [s_path, s_literalPath, new("Value", [], 1), s_force, s_passThru, new("Type", []), .. s_filters, .. s_shouldProcess],
        ["Clear-Item"] = [s_path, s_literalPath, s_force, .. s_filters, .. s_shouldProcess],
        ["Join-Path"] = [new("Path", ["PSPath"], 0), new("ChildPath", [], 1), new("AdditionalChildPath", [], 2, TakesRemainingArguments: true), new("Resolve", [], IsSwitch: true), new("Credential", [])],
        ["Start-Process"] =
        [
            new("FilePath", ["PSPath", "Path"], 0), new("ArgumentList", ["Args"], 1), new("Credential", []), new("WorkingDirectory", []),
            new("LoadUserProfile", ["Lup"], IsSwitch: true), new("NoNewWindow", ["nnw"], IsSwitch: true), s_passThru,
            new("RedirectStandardError", ["RSE"]), new("RedirectStandardInput", ["RSI"]), new("RedirectStandardOutput", ["RSO"]),
            new("Verb", []), new("WindowStyle", []), new("Wait", [], IsSwitch: true), new("UseNewEnvironment", [], IsSwitch: true),
            new("Environment", []), .. s_shouldProcess,
        ],
    };

    // The registry and process cmdlets above, and the Hyper-V module's (HyperV/HyperVCmdlets.cs).
    private static readonly Dictionary<string, ParameterSpec[]> s_withCommon =
        s_cmdlets.Concat(HyperV.HyperVCmdlets.Table).ToDictionary(c => c.Key, c => c.Value.Concat(s_common).ToArray(), StringComparer.OrdinalIgnoreCase);

    // Each cmdlet's positional parameters in position order, sorted once (binding runs per command).
    private static readonly Dictionary<string, ParameterSpec[]> s_positional =
        s_withCommon.ToDictionary(c => c.Key, c => c.Value.Where(s => s.Position >= 0).OrderBy(s => s.Position).ToArray(), StringComparer.OrdinalIgnoreCase);

    // The built-in aliases (docs/formats.md §4.3); md and mkdir are a function over New-Item with its parameters.
    private static readonly Dictionary<string, string> s_aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sp"] = "Set-ItemProperty",
        ["rp"] = "Remove-ItemProperty",
        ["clp"] = "Clear-ItemProperty",
        ["ni"] = "New-Item",
        ["md"] = "New-Item",
        ["mkdir"] = "New-Item",
        ["si"] = "Set-Item",
        ["cli"] = "Clear-Item",
        ["ri"] = "Remove-Item",
        ["del"] = "Remove-Item",
        ["erase"] = "Remove-Item",
        ["rd"] = "Remove-Item",
        ["rm"] = "Remove-Item",
        ["rmdir"] = "Remove-Item",
        ["saps"] = "Start-Process",
        ["start"] = "Start-Process",
    };

    private static readonly Dictionary<string, string> s_canonical = s_withCommon.Keys.ToDictionary(k => k, k => k, StringComparer.OrdinalIgnoreCase);

    /// <summary>The names of a known cmdlet's parameters (common parameters included), for suggestions.</summary>
    public static IEnumerable<string> ParameterNames(string cmdlet) => s_withCommon.TryGetValue(cmdlet, out var specs) ? specs.Select(s => s.Name).Distinct() : [];

    /// <summary>The cmdlet a command name stands for (alias and module qualifier resolved), or null.</summary>
    public static string? Resolve(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var slash = name.LastIndexOf('\\');
        if (slash >= 0 && (name[..slash].StartsWith("Microsoft.PowerShell.", StringComparison.OrdinalIgnoreCase) || name[..slash].Equals("Hyper-V", StringComparison.OrdinalIgnoreCase)))
        {
            name = name[(slash + 1)..];
        }

        if (s_aliases.TryGetValue(name, out var target))
        {
            return target;
        }

        return s_canonical.GetValueOrDefault(name);
    }

    /// <summary>
    /// Binds a call of a known cmdlet. Null when the call is not one, or when PowerShell would
    /// refuse to bind it (unknown or ambiguous parameter, missing argument, extra positional
    /// argument): then the command does not run.
    /// </summary>
    public static BoundCommand? Bind(CommandAst command, ValueEvaluator evaluator, Scope scope) => Bind(command, evaluator, scope, out _);

    /// <summary>
    /// Binds a call of a known cmdlet, as <see cref="Bind(CommandAst, ValueEvaluator, Scope)"/>;
    /// when binding fails on a parameter name, <paramref name="error"/> says which and why.
    /// </summary>
    public static BoundCommand? Bind(CommandAst command, ValueEvaluator evaluator, Scope scope, out ParameterError? error)
    {
        error = null;
        if (command.InvocationOperator == TokenKind.Dot)
        {
            return null;
        }

        var invokedAs = command.GetCommandName();
        var cmdlet = Resolve(invokedAs);
        if (cmdlet is null || invokedAs is null)
        {
            return null;
        }

        var specs = s_withCommon[cmdlet];
        var bound = new Dictionary<string, BoundArgument>(StringComparer.OrdinalIgnoreCase);
        var positional = new List<(PsValue Value, TextSpan Span)>();
        var unknownSplat = false;
        var elements = command.CommandElements;
        for (var i = 1; i < elements.Count; i++)
        {
            var element = elements[i];
            switch (element)
            {
                case CommandParameterAst p:
                    {
                        var pSpan = ValueEvaluator.SpanOf(p);
                        var spec = Match(specs, p.ParameterName, out var candidates);
                        if (spec is null)
                        {
                            error = new ParameterError(p.ParameterName, pSpan, candidates);
                            return null;
                        }

                        if (p.Argument is not null)
                        {
                            bound[spec.Name] = new BoundArgument(evaluator.Evaluate(p.Argument, scope), ValueEvaluator.SpanOf(p.Argument), pSpan);
                        }
                        else if (spec.IsSwitch)
                        {
                            bound[spec.Name] = new BoundArgument(new PsBool(true, pSpan), pSpan, pSpan);
                        }
                        else if (i + 1 < elements.Count && elements[i + 1] is not CommandParameterAst)
                        {
                            var arg = elements[++i];
                            bound[spec.Name] = new BoundArgument(evaluator.Evaluate(arg, scope), ValueEvaluator.SpanOf(arg), pSpan);
                        }
                        else
                        {
                            return null;
                        }

                        break;
                    }

                case VariableExpressionAst { Splatted: true } splat:
                    switch (evaluator.Evaluate(splat, scope))
                    {
                        case PsTable table:
                            foreach (var entry in table.Entries)
                            {
                                IReadOnlyList<string> candidates = [];
                                var key = entry.Key.AsText();
                                var spec = key is null ? null : Match(specs, key, out candidates);
                                if (spec is null)
                                {
                                    error = key is null ? null : new ParameterError(key, entry.Key.Span, candidates);
                                    return null;
                                }

                                bound[spec.Name] = new BoundArgument(entry.Value, entry.Value.Span, entry.Key.Span);
                            }

                            break;
                        case PsArray array:
                            positional.AddRange(array.Items.Select(x => (x, x.Span)));
                            break;
                        default:
                            unknownSplat = true;
                            break;
                    }

                    break;
                default:
                    positional.Add((evaluator.Evaluate(element, scope), ValueEvaluator.SpanOf(element)));
                    break;
            }
        }

        var next = 0;
        foreach (var spec in s_positional[cmdlet])
        {
            if (next >= positional.Count)
            {
                break;
            }

            // -LiteralPath and -Path are in different parameter sets: with one bound, the
            // position of -Path is not available.
            if (bound.ContainsKey(spec.Name) || (spec.Name == "Path" && bound.ContainsKey("LiteralPath")))
            {
                continue;
            }

            if (spec.TakesRemainingArguments)
            {
                var rest = positional.Skip(next).ToArray();
                bound[spec.Name] = new BoundArgument(new PsArray([.. rest.Select(r => r.Value)], rest[0].Span.Union(rest[^1].Span), Certainty.Literal), rest[0].Span.Union(rest[^1].Span), rest[0].Span);
                next = positional.Count;
                break;
            }

            bound[spec.Name] = new BoundArgument(positional[next].Value, positional[next].Span, positional[next].Span);
            next++;
        }

        // An argument no position takes: PowerShell refuses the whole command (unless a splat we
        // could not follow explains it, in which case nothing is certain either).
        return next < positional.Count ? null : new BoundCommand(cmdlet, invokedAs, command, bound, unknownSplat);
    }

    // PowerShell's MergedCommandParameterMetadata.GetMatchingParameter: an exact name or alias
    // wins; otherwise every parameter whose name or alias starts with the text matches, and of
    // several, the cmdlet's own parameters are preferred over the common ones (-E is -Exclude,
    // not -ErrorAction); several left is "ambiguous", none is "not found".
    private static ParameterSpec? Match(ParameterSpec[] specs, string name, out IReadOnlyList<string> candidates)
    {
        candidates = [];
        foreach (var s in specs)
        {
            if (s.Name.Equals(name, StringComparison.OrdinalIgnoreCase) || s.Aliases.Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return s;
            }
        }

        if (name.Length == 0)
        {
            return null;
        }

        var matching = specs.Where(s => s.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) || s.Aliases.Any(a => a.StartsWith(name, StringComparison.OrdinalIgnoreCase))).Distinct().ToArray();
        if (matching.Length == 1)
        {
            return matching[0];
        }

        var own = matching.Where(s => !s_commonSet.Contains(s)).ToArray();
        if (own.Length == 1)
        {
            return own[0];
        }

        candidates = [.. matching.Select(s => s.Name)];
        return null;
    }
}
