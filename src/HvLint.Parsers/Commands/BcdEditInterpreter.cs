using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Commands;

/// <summary>
/// Understands a bcdedit command line (docs/formats.md §3): /set and /deletevalue become BCD writes as
/// written, /hypervisorsettings and /dbgsettings become one write per setting they change, and
/// a command line bcdedit rejects becomes a finding. Element names and values are kept as
/// written: the rules check them against the catalog.
/// </summary>
/// <remarks>
/// Objects are <see cref="BcdObjectReference"/>s: a well-known identifier, a GUID,
/// <see cref="BcdObjectReference.Unknown"/> when it is computed at run time, and
/// <see cref="BcdObjectReference.CopyOf"/> for the new entry that <c>bcdedit /copy &lt;id&gt;</c>
/// creates and whose GUID a script captures from its output. Values are
/// <see cref="BcdValue"/>s, read once by <see cref="BcdEditValues"/>.
/// </remarks>
internal static partial class BcdEditInterpreter
{
    private static IReadOnlyList<string> WellKnown => BcdObjectReference.WellKnownAliases;

    // Commands that change the store but no element of an existing entry, or only read it:
    // they are understood (so nothing is misparsed) and produce no writes.
    private static readonly string[] s_otherCommands =
    [
        "create", "delete", "default", "bootsequence", "displayorder", "toolsdisplayorder", "timeout", "enum", "export",
        "import", "createstore", "sysstore", "mirror", "emssettings", "bootemssettings", "event", "eventsettings", "clean",
        "v", "?", "help", "store", "copy",
    ];

    // /debug, /bootdebug, /ems and /bootems set the element of the same name on an entry
    // ({current} when none is named): `bcdedit /debug on` is `bcdedit /set {current} debug on`.
    private static readonly string[] s_onOffCommands = ["debug", "bootdebug", "ems", "bootems"];

    /// <summary>Interprets one bcdedit command.</summary>
    /// <param name="context">Where writes and findings go.</param>
    /// <param name="commandSpan">The whole command: the span of every write.</param>
    /// <param name="program">The program name as written (bcdedit, a path to bcdedit.exe).</param>
    /// <param name="arguments">The arguments after the program name.</param>
    public static void Interpret(CommandContext context, TextSpan commandSpan, CommandArgument program, IReadOnlyList<CommandArgument> arguments)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(arguments);
        var i = 0;
        CommandArgument? store = null;
        while (i < arguments.Count)
        {
            var a = arguments[i];
            if (a.Certainty == Certainty.Unresolved)
            {
                return;
            }

            if (IsOption(a.Text, "store"))
            {
                if (i + 1 >= arguments.Count)
                {
                    context.Report(CommandDiagnostics.BcdMissingArgument, a.Span, "/store needs the path of a BCD store file after it: bcdedit reports an error and changes nothing.");
                    return;
                }

                store = arguments[i + 1];
                i += 2;
                continue;
            }

            if (IsOption(a.Text, "v"))
            {
                i++;
                continue;
            }

            break;
        }

        if (i >= arguments.Count)
        {
            // bcdedit alone (or with /store, /v) lists the entries.
            return;
        }

        var command = arguments[i];
        var rest = arguments.Skip(i + 1).ToArray();
        if (command.Text.Length < 2 || command.Text[0] is not ('/' or '-'))
        {
            context.Report(CommandDiagnostics.BcdInvalidOption, command.Span, $"'{command.Text}' is not a bcdedit command: commands start with '/', e.g. /set. bcdedit reports an error and changes nothing.");
            return;
        }

        var call = new Invocation(context, commandSpan, command, rest, store?.Text);
        var name = command.Text[1..].ToLowerInvariant();
        switch (name)
        {
            case "set":
                Set(call);
                break;
            case "deletevalue":
                DeleteValue(call);
                break;
            case "hypervisorsettings":
                DebugSettings(call, s_hypervisorDebug);
                break;
            case "dbgsettings":
                DebugSettings(call, s_kernelDebug);
                break;
            case "copy":
                Copy(call);
                break;
            case "delete" or "default":
                if (rest.Length > 0 && rest[0].Text.StartsWith('{'))
                {
                    _ = TryParseObject(context, rest[0], report: true, out _, out _);
                }

                break;
            default:
                if (s_onOffCommands.Contains(name, StringComparer.Ordinal))
                {
                    OnOff(call, name);
                }
                else if (!s_otherCommands.Contains(name, StringComparer.Ordinal))
                {
                    var candidates = s_otherCommands.Concat(s_onOffCommands).Concat(["set", "deletevalue", "hypervisorsettings", "dbgsettings"]).Where(c => c.Length > 2);
                    var best = name.Length <= 64 ? NameSuggester.Suggest(name, candidates, 1) : [];
                    var hint = best.Count > 0 ? $" Did you mean /{best[0]}?" : string.Empty;
                    context.Report(CommandDiagnostics.BcdInvalidOption, command.Span, $"'{command.Text}' is not a bcdedit command: bcdedit reports an error and changes nothing.{hint}");
                }

                break;
        }
    }

    /// <summary>
    /// When the arguments are a <c>bcdedit /copy &lt;id&gt; ...</c> command, the new entry (a
    /// <see cref="BcdObjectReference.CopyOf"/> the source); a front end that captures the GUID bcdedit prints
    /// (for /f ... in ('bcdedit /copy ...')) gives it to later arguments as
    /// <see cref="CommandArgument.BcdObject"/>.
    /// </summary>
    public static bool TryGetCopyObject(IReadOnlyList<CommandArgument> arguments, [NotNullWhen(true)] out BcdObjectReference? copy)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        copy = null;
        var i = 0;
        while (i < arguments.Count && arguments[i].Certainty != Certainty.Unresolved)
        {
            if (IsOption(arguments[i].Text, "store"))
            {
                i += 2;
            }
            else if (IsOption(arguments[i].Text, "v"))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (i + 1 >= arguments.Count || arguments[i].Certainty == Certainty.Unresolved || !IsOption(arguments[i].Text, "copy"))
        {
            return false;
        }

        if (!TryParseObject(null, arguments[i + 1], report: false, out var source, out var certainty) || certainty == Certainty.Unresolved)
        {
            return false;
        }

        copy = BcdObjectReference.CopyOf(source);
        return true;
    }

    private static void Set(Invocation call)
    {
        var rest = call.Rest;
        if (!TryTakeObject(call, minimumAfter: 2, out var index, out var target))
        {
            return;
        }

        if (index >= rest.Length)
        {
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, call.Command.Span, "bcdedit /set needs an element and a value, e.g. bcdedit /set {current} hypervisorlaunchtype auto. bcdedit reports an error and changes nothing.");
            return;
        }

        var element = rest[index];
        if (index + 1 >= rest.Length)
        {
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, element.Span, $"bcdedit /set {element.Text} has no value: bcdedit reports an error and changes nothing. Write the value after the element name.");
            return;
        }

        // The value may be written as several arguments (`hypervisorloadoptions NOFORCESNOOP
        // Yes`, docs/formats.md §3.4): bcdedit's tokenisation is not documented, so the rest of the line is
        // taken as the value, joined by single spaces.
        var values = rest[(index + 1)..];
        AddWrite(call, BcdOperation.Set, target, element, values);
    }

    private static void DeleteValue(Invocation call)
    {
        var rest = call.Rest;
        if (!TryTakeObject(call, minimumAfter: 1, out var index, out var target))
        {
            return;
        }

        if (index >= rest.Length)
        {
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, call.Command.Span, "bcdedit /deletevalue needs the element to delete, e.g. bcdedit /deletevalue {current} hypervisorlaunchtype. bcdedit reports an error and changes nothing.");
            return;
        }

        if (index + 1 < rest.Length)
        {
            call.Context.Report(CommandDiagnostics.BcdInvalidOption, rest[index + 1].Span, $"bcdedit /deletevalue takes one element, but '{rest[index + 1].Text}' follows '{rest[index].Text}': bcdedit reports an error and changes nothing.");
            return;
        }

        AddWrite(call, BcdOperation.DeleteValue, target, rest[index], []);
    }

    private static void OnOff(Invocation call, string element)
    {
        var rest = call.Rest;
        if (!TryTakeObject(call, minimumAfter: 1, out var index, out var target))
        {
            return;
        }

        if (index >= rest.Length)
        {
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, call.Command.Span, $"bcdedit {call.Command.Text} needs ON or OFF after it: bcdedit reports an error and changes nothing.");
            return;
        }

        call.Context.Writes.Add(new BcdWrite(call.Context.Source, call.CommandSpan, call.Context.NextOrder, BcdOperation.Set, target.Object, target.Span, element, call.Command.WriteSpan, ReadValue(rest[index..]), Union(rest[index..]), call.Store)
        {
            ObjectCertainty = target.Certainty,
            IsConditional = call.Context.Conditional,
            Form = WriteForm.BcdEdit,
            Shell = call.Context.CommandShell,
            Fails = call.Fails,
            ValueCertainty = MaxCertainty(rest[index..]),
            RelatedSpans = CommandArgument.RelatedOf([call.Command, .. rest]),
        });
    }

    private static void Copy(Invocation call)
    {
        var rest = call.Rest;
        if (rest.Length == 0)
        {
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, call.Command.Span, "bcdedit /copy needs the entry to copy and /d with a description, e.g. bcdedit /copy {current} /d \"No Hyper-V\". bcdedit reports an error and creates nothing.");
            return;
        }

        if (!TryParseObject(call.Context, rest[0], report: true, out _, out _))
        {
            return;
        }

        var d = Array.FindIndex(rest, 1, a => a.Certainty != Certainty.Unresolved && IsOption(a.Text, "d"));
        if (d < 0 || d + 1 >= rest.Length)
        {
            var at = d < 0 ? rest[0].Span : rest[d].Span;
            call.Context.Report(CommandDiagnostics.BcdMissingArgument, at, "bcdedit /copy needs /d followed by a description for the new entry: bcdedit reports an error and creates nothing.");
        }
    }

    private static void DebugSettings(Invocation call, DebugKind kind)
    {
        var rest = call.Rest;
        if (rest.Length == 0 || rest[0].Certainty == Certainty.Unresolved)
        {
            // Without arguments bcdedit displays the settings; a type computed at run time
            // cannot be followed.
            return;
        }

        var typeArg = rest[0];
        if (!kind.Types.Contains(typeArg.Text, StringComparer.OrdinalIgnoreCase))
        {
            var best = typeArg.Text.Length <= 64 ? NameSuggester.Suggest(typeArg.Text, kind.Types, 1) : [];
            var hint = best.Count > 0 ? $" Did you mean {best[0]}?" : string.Empty;
            call.Context.Report(CommandDiagnostics.BcdInvalidOption, typeArg.Span, $"'{typeArg.Text}' is not a debugger type of bcdedit {call.Command.Text}, which takes {string.Join(", ", kind.Types)}: bcdedit reports an error and changes nothing.{hint}");
            return;
        }

        var settings = new List<(string Element, TextSpan ElementSpan, string? Value, TextSpan? ValueSpan, Certainty Certainty)>
        {
            // The debugger type is written without an element name: both spans are the type.
            (kind.TypeElement, typeArg.Span, typeArg.Text, typeArg.Span, typeArg.Certainty),
        };
        for (var i = 1; i < rest.Length; i++)
        {
            var a = rest[i];
            if (a.Certainty == Certainty.Unresolved)
            {
                continue;
            }

            if (BcdEditGrammar.TryParseAll(BcdEditGrammar.Option, a.Text, out var parsed))
            {
                var (option, value) = parsed;
                var colon = option.Length;
                var element = kind.Options.FirstOrDefault(o => o.Option.Equals(option, StringComparison.OrdinalIgnoreCase)).Element;
                if (element is null)
                {
                    var best = option.Length <= 64 ? NameSuggester.Suggest(option, kind.Options.Select(o => o.Option), 1) : [];
                    var hint = best.Count > 0 ? $" Did you mean {best[0]}:?" : string.Empty;
                    call.Context.Report(CommandDiagnostics.BcdInvalidOption, a.Span, $"'{option}:' is not an option of bcdedit {call.Command.Text}, which knows {string.Join(", ", kind.Options.Select(o => o.Option + ":"))}: bcdedit reports an error and changes nothing.{hint}");
                    return;
                }

                if (value.Length == 0)
                {
                    call.Context.Report(CommandDiagnostics.BcdMissingArgument, a.Span, $"'{a.Text}' has no value after the colon: bcdedit reports an error and changes nothing. Write the value right after it, e.g. {option}:1.");
                    return;
                }

                settings.Add((element, SubSpan(call.Context, a, 0, colon), value, SubSpan(call.Context, a, colon + 1, value.Length), a.Certainty));
                continue;
            }

            var word = a.Text.ToLowerInvariant();
            if (word == "nodhcp")
            {
                // bcdedit /dbgsettings NET ... nodhcp turns DHCP off (docs/formats.md §3.1, B3).
                settings.Add((kind.DhcpElement, a.Span, "No", a.Span, a.Certainty));
            }
            else if (word == "newkey")
            {
                // bcdedit generates a new key: its value is only known when it runs.
                settings.Add((kind.KeyElement, a.Span, null, a.Span, Certainty.Unresolved));
            }
            else if (ReferenceEquals(kind, s_kernelDebug) && (word is "/noumex" or "-noumex"))
            {
                settings.Add(("noumex", a.Span, "Yes", a.Span, a.Certainty));
            }
            else if (ReferenceEquals(kind, s_kernelDebug) && (word is "/start" or "-start"))
            {
                if (i + 1 >= rest.Length)
                {
                    call.Context.Report(CommandDiagnostics.BcdMissingArgument, a.Span, "/start needs a start policy after it (ACTIVE, AUTOENABLE or DISABLE): bcdedit reports an error and changes nothing.");
                    return;
                }

                var policy = rest[++i];
                settings.Add(("debugstart", a.Span, policy.Text, policy.Span, policy.Certainty));
            }
            else
            {
                call.Context.Report(CommandDiagnostics.BcdInvalidOption, a.Span, $"'{a.Text}' is not an option of bcdedit {call.Command.Text}, which takes NAME:value options ({string.Join(", ", kind.Options.Select(o => o.Option + ":"))}): bcdedit reports an error and changes nothing.");
                return;
            }
        }

        foreach (var s in settings)
        {
            var value = s.Value is null ? null : BcdEditValues.Read(s.Value, s.Certainty);
            call.Context.Writes.Add(new BcdWrite(call.Context.Source, call.CommandSpan, call.Context.NextOrder, BcdOperation.Set, kind.Object, null, s.Element, s.ElementSpan, value, s.ValueSpan, call.Store)
            {
                ValueCertainty = s.Certainty,
                IsConditional = call.Context.Conditional,
                Form = WriteForm.BcdEdit,
                Shell = call.Context.CommandShell,
                Fails = call.Fails,
            });
        }
    }

    private static void AddWrite(Invocation call, BcdOperation operation, Target target, CommandArgument element, CommandArgument[] values)
    {
        // An element computed at run time could be any setting: there is nothing to check.
        if (element.Certainty == Certainty.Unresolved)
        {
            return;
        }

        call.Context.Writes.Add(new BcdWrite(
            call.Context.Source,
            call.CommandSpan,
            call.Context.NextOrder,
            operation,
            target.Object,
            target.Span,
            element.Text,
            element.WriteSpan,
            values.Length == 0 ? null : ReadValue(values),
            values.Length == 0 ? null : Union(values),
            call.Store)
        {
            ObjectCertainty = target.Certainty,
            IsConditional = call.Context.Conditional,
            Form = WriteForm.BcdEdit,
            Shell = call.Context.CommandShell,
            Fails = call.Fails,
            ValueCertainty = values.Length == 0 ? Certainty.Literal : MaxCertainty(values),
            RelatedSpans = CommandArgument.RelatedOf([element, .. values, .. call.Rest.Take(target.Span is null ? 0 : 1)]),
        });
    }

    /// <summary>
    /// Takes the optional identifier that starts the arguments of /set, /deletevalue and the
    /// on/off commands. An argument is the identifier when it is written in braces (or is a
    /// PowerShell script block, or a captured object), or when it is computed at run time and
    /// enough arguments follow it.
    /// </summary>
    private static bool TryTakeObject(Invocation call, int minimumAfter, out int index, out Target target)
    {
        var rest = call.Rest;
        index = 0;
        target = new Target(BcdObjectReference.Current, null, Certainty.Literal);
        if (rest.Length == 0)
        {
            return true;
        }

        var first = rest[0];
        var isObject = first.IsScriptBlock || first.BcdObject is not null || first.Text.StartsWith('{')
            || (first.Certainty == Certainty.Unresolved && rest.Length > minimumAfter);
        if (!isObject)
        {
            if (rest.Length > minimumAfter && first.Certainty != Certainty.Unresolved && IsBareIdentifier(first.Text))
            {
                call.Context.Report(CommandDiagnostics.BcdInvalidIdentifier, first.Span, $"'{first.Text}' is an identifier without its braces: bcdedit only accepts '{{{first.Text.ToLowerInvariant()}}}', so it reports an error and changes nothing. Write {{{first.Text.ToLowerInvariant()}}}.");
                return false;
            }

            return true;
        }

        if (!TryParseObject(call.Context, first, report: true, out var bcdObject, out var certainty))
        {
            return false;
        }

        index = 1;
        target = new Target(bcdObject, first.WriteSpan, certainty);
        return true;
    }

    /// <summary>Normalises an identifier argument (docs/formats.md §3.2), reporting one bcdedit rejects.</summary>
    private static bool TryParseObject(CommandContext? context, CommandArgument arg, bool report, out BcdObjectReference bcdObject, out Certainty certainty)
    {
        bcdObject = BcdObjectReference.Unknown;
        certainty = Certainty.Resolved;
        if (arg.BcdObject is { } captured)
        {
            bcdObject = captured;
            return true;
        }

        if (arg.IsScriptBlock)
        {
            if (report && context is not null)
            {
                RegExeInterpreter.ReportAt(context, CommandDiagnostics.BcdInvalidIdentifier, arg, $"PowerShell reads the unquoted {arg.Text} as a script block and passes it to bcdedit as '-encodedCommand ...', so bcdedit reports an error and changes nothing. Quote the identifier: '{arg.Text}'.");
            }

            // Go on with the identifier the author meant, so that the rest of the command is
            // checked as it is in cmd.exe: once the braces are quoted, its other mistakes remain.
        }

        if (arg.Certainty == Certainty.Unresolved)
        {
            certainty = Certainty.Unresolved;
            return true;
        }

        certainty = arg.Certainty;
        var text = arg.Text;
        if (text.Length >= 2 && text[0] == '{' && text[^1] == '}')
        {
            var inner = text[1..^1];
            if (BcdObjectReference.FromAlias(inner) is { } known)
            {
                bcdObject = known;
                return true;
            }

            if (GuidRegex().IsMatch(inner) && Guid.TryParse(inner, CultureInfo.InvariantCulture, out var guid))
            {
                bcdObject = BcdObjectReference.FromGuid(guid);
                return true;
            }
        }

        if (report && context is not null)
        {
            string hint;
            var inner = text.Trim('{', '}');
            var best = inner.Length <= 64 ? NameSuggester.Suggest(inner, WellKnown, 1) : [];
            if (best.Count > 0)
            {
                hint = $" Did you mean {{{best[0]}}}?";
            }
            else if (inner.Contains('-', StringComparison.Ordinal) && inner.All(c => c == '-' || char.IsAsciiHexDigit(c)))
            {
                hint = " A GUID is written {xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}: 8, 4, 4, 4 and 12 hexadecimal digits in braces.";
            }
            else
            {
                hint = " Use a well-known identifier such as {current}, {default} or {hypervisorsettings}, or a GUID in braces.";
            }

            RegExeInterpreter.ReportAt(context, CommandDiagnostics.BcdInvalidIdentifier, arg, $"'{text}' is not a bcdedit identifier: bcdedit reports an error and changes nothing.{hint}");
        }

        return false;
    }

    private static bool IsBareIdentifier(string text) =>
        BcdObjectReference.FromAlias(text) is not null || GuidRegex().IsMatch(text);

    private static bool IsOption(string text, string name) =>
        text.Length == name.Length + 1 && text[0] is '/' or '-' && text.AsSpan(1).Equals(name, StringComparison.OrdinalIgnoreCase);

    // A value written as several arguments is joined by single spaces, and read once.
    private static BcdValue ReadValue(CommandArgument[] values) => BcdEditValues.Read(string.Join(' ', values.Select(v => v.Text)), MaxCertainty(values));

    private static TextSpan Union(CommandArgument[] values) => values.Length == 1 ? values[0].WriteSpan : values.Select(v => v.Span).Aggregate((a, b) => a.Union(b));

    private static Certainty MaxCertainty(CommandArgument[] values) => (Certainty)values.Max(v => (int)v.Certainty);

    // The part of an argument's text at [start, start+length): from the character spans when the
    // front end gives them, else when the argument is written exactly as bcdedit sees it (or in
    // plain double quotes); else the whole argument.
    private static TextSpan SubSpan(CommandContext context, CommandArgument arg, int start, int length)
    {
        if (arg.CharacterSpans is { } spans && spans.Count == arg.Text.Length && length > 0)
        {
            return spans.Skip(start).Take(length).Aggregate((a, b) => a.Union(b));
        }

        var written = context.Source.GetText(arg.Span);
        var offset = written == arg.Text ? 0 : written == "\"" + arg.Text + "\"" ? 1 : -1;
        return offset < 0 ? arg.Span : new TextSpan(arg.Span.Start + offset + start, length);
    }

    [GeneratedRegex("^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex GuidRegex();

    // bcdedit /hypervisorsettings <type> [DEBUGPORT: BAUDRATE: CHANNEL: HOSTIP: PORT: BUSPARAMS:]
    // sets the hypervisor* elements of {hypervisorsettings} (docs/formats.md §3.1, B2).
    private static readonly DebugKind s_hypervisorDebug = new(
        BcdObjectReference.FromAlias("hypervisorsettings")!,
        ["SERIAL", "1394", "NET"],
        "hypervisordebugtype",
        [
            ("DEBUGPORT", "hypervisordebugport"), ("BAUDRATE", "hypervisorbaudrate"), ("CHANNEL", "hypervisorchannel"),
            ("HOSTIP", "hypervisorhostip"), ("PORT", "hypervisorhostport"), ("BUSPARAMS", "hypervisorbusparams"), ("KEY", "hypervisorusekey"),
        ],
        "hypervisordhcp",
        "hypervisorusekey");

    // bcdedit /dbgsettings <type> [...] sets the kernel debugger elements of {dbgsettings} (docs/formats.md §3.1, B3).
    private static readonly DebugKind s_kernelDebug = new(
        BcdObjectReference.FromAlias("dbgsettings")!,
        ["SERIAL", "1394", "USB", "NET", "LOCAL"],
        "debugtype",
        [
            ("DEBUGPORT", "debugport"), ("BAUDRATE", "baudrate"), ("CHANNEL", "channel"), ("TARGETNAME", "targetname"),
            ("HOSTIP", "hostip"), ("PORT", "port"), ("KEY", "key"), ("BUSPARAMS", "busparams"),
        ],
        "dhcp",
        "key");

    /// <summary>What /hypervisorsettings or /dbgsettings sets: the object, the types and NAME: options.</summary>
    private sealed record DebugKind(BcdObjectReference Object, string[] Types, string TypeElement, (string Option, string Element)[] Options, string DhcpElement, string KeyElement);

    /// <summary>The object of a write: the reference, where it is written, and how sure it is.</summary>
    private readonly record struct Target(BcdObjectReference Object, TextSpan? Span, Certainty Certainty);

    /// <summary>One bcdedit command: the command switch, the arguments after it, the store.</summary>
    private sealed record Invocation(CommandContext Context, TextSpan CommandSpan, CommandArgument Command, CommandArgument[] Rest, string? Store)
    {
        /// <summary>
        /// Whether PowerShell mangles the command line before bcdedit sees it: an unquoted {id}
        /// is a script block, passed as '-encodedCommand ...', and bcdedit rejects the command.
        /// </summary>
        public bool Fails => Command.IsScriptBlock || Array.Exists(Rest, a => a.IsScriptBlock);
    }
}
