using System.Globalization;
using System.Text;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Commands;

/// <summary>
/// Understands a reg.exe command line (docs/formats.md §2): <c>reg add</c> and <c>reg delete</c> become
/// registry writes exactly as reg.exe would make them, <c>reg import</c> links the imported
/// file, and every command line reg.exe rejects becomes a finding instead of a write. The
/// switch rules follow Wine's reg.exe (programs/reg/add.c, delete.c), whose conformance tests
/// (programs/reg/tests/add.c) pass on Windows.
/// </summary>
internal static class RegExeInterpreter
{
    // reg.exe's operations (Wine reg.c get_operation plus the ones only Windows has). Only
    // add, delete and import change what HvLint checks; the others read, or copy data that
    // cannot be known from the script.
    private static readonly string[] s_operations = ["add", "delete", "import", "query", "export", "copy", "save", "restore", "load", "unload", "compare", "flags"];

    // The roots reg.exe knows (Wine reg.c root_rels, docs/formats.md §2.2): short and long names only.
    private static readonly string[] s_roots = [.. RegistryHives.Spellings(HiveReaders.RegExe)];

    // /t names: the `reg add /?` list (REG_QWORD and REG_NONE work, Wine test_reg_qword and
    // test_reg_none) plus the documented REG_DWORD_LITTLE_ENDIAN, REG_DWORD_BIG_ENDIAN,
    // REG_LINK and REG_FULL_RESOURCE_DESCRIPTOR (docs/formats.md §2.3).
    private static readonly (string Name, RegistryValueType Type)[] s_types =
    [
        ("REG_SZ", RegistryValueType.String),
        ("REG_MULTI_SZ", RegistryValueType.MultiString),
        ("REG_EXPAND_SZ", RegistryValueType.ExpandString),
        ("REG_DWORD", RegistryValueType.DWord),
        ("REG_QWORD", RegistryValueType.QWord),
        ("REG_BINARY", RegistryValueType.Binary),
        ("REG_NONE", RegistryValueType.None),
        ("REG_DWORD_LITTLE_ENDIAN", RegistryValueType.DWord),
        ("REG_DWORD_BIG_ENDIAN", RegistryValueType.DWordBigEndian),
        ("REG_LINK", RegistryValueType.Link),
        ("REG_FULL_RESOURCE_DESCRIPTOR", RegistryValueType.FullResourceDescriptor),
    ];

    /// <summary>Interprets one reg.exe command.</summary>
    /// <param name="context">Where writes, findings and linked files go.</param>
    /// <param name="commandSpan">The whole command (program and arguments): the span of every write.</param>
    /// <param name="program">The program name as written (reg, reg.exe, a path to it).</param>
    /// <param name="arguments">The arguments after the program name.</param>
    /// <param name="scriptDirectory">The folder of the script, for relative reg import paths; null when unknown.</param>
    public static void Interpret(CommandContext context, TextSpan commandSpan, CommandArgument program, IReadOnlyList<CommandArgument> arguments, string? scriptDirectory)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(arguments);

        // `reg` alone prints its usage and fails; an unresolved operation can be anything.
        if (arguments.Count == 0 || arguments[0].Certainty == Certainty.Unresolved || IsHelpSwitch(arguments[0].Text))
        {
            return;
        }

        var operation = arguments[0];
        var name = operation.Text.ToLowerInvariant();
        var verb = new Invocation(context, commandSpan, program, operation, arguments);
        switch (name)
        {
            case "add":
                Add(verb);
                break;
            case "delete":
                Delete(verb);
                break;
            case "import":
                Import(verb, scriptDirectory);
                break;
            default:
                if (!s_operations.Contains(name, StringComparer.Ordinal))
                {
                    var suggestion = Suggest(operation.Text, s_operations);
                    context.Report(
                        CommandDiagnostics.RegUnknownOperation,
                        operation.Span,
                        $"'{operation.Text}' is not a reg.exe operation: reg.exe prints 'ERROR: Invalid syntax.' and does nothing.{suggestion} Write 'reg add', 'reg delete' or 'reg import'.");
                }

                break;
        }
    }

    private static void Add(Invocation call)
    {
        if (!TryStart(call, out var keyArg))
        {
            return;
        }

        // The key is checked before the switches (Wine add.c: parse_registry_key comes first).
        if (!TryParseKey(call.Context, keyArg, out var key, out var keyCertainty) || ParseSwitches(call, allowAddSwitches: true, allowAllValues: false) is not { } sw)
        {
            return;
        }

        // The type: /t as written, or REG_SZ when omitted (`reg add /?`: "If omitted, REG_SZ is assumed").
        RegistryValueType? type = RegistryValueType.String;
        var typeOrigin = TypeOrigin.ToolDefault;
        var dataCertainty = Certainty.Literal;
        if (sw.Type is { } typeArg)
        {
            typeOrigin = TypeOrigin.Explicit;
            dataCertainty = typeArg.Certainty;
            if (typeArg.Certainty == Certainty.Unresolved)
            {
                type = null;
            }
            else if (TryParseType(typeArg.Text, out var parsed))
            {
                type = parsed;
            }
            else
            {
                var hint = typeArg.Text.Length == 0 ? " '/t' is followed by an empty argument." : Suggest(typeArg.Text, s_types.Select(t => t.Name), prefix: "REG_");
                call.Context.Report(
                    CommandDiagnostics.RegInvalidSwitches,
                    typeArg.Span,
                    $"'{typeArg.Text}' is not a type reg.exe knows: it prints 'ERROR: Invalid syntax.' and does not write the value.{hint} Use REG_SZ, REG_EXPAND_SZ, REG_MULTI_SZ, REG_DWORD, REG_QWORD, REG_BINARY or REG_NONE.");
                return;
            }
        }

        RegistryData? data = null;
        if (sw.Data is { } dataArg)
        {
            dataCertainty = Max(dataCertainty, dataArg.Certainty);
        }

        if (sw.Separator is { Certainty: Certainty.Unresolved } && type == RegistryValueType.MultiString)
        {
            dataCertainty = Certainty.Unresolved;
        }

        if (type is { } t && dataCertainty != Certainty.Unresolved)
        {
            var text = sw.Data?.Text;
            if (text is null && t is RegistryValueType.DWord or RegistryValueType.DWordBigEndian)
            {
                // Vista and later reject a REG_DWORD without /d (Wine test_reg_dword "dword1").
                call.Context.Report(
                    CommandDiagnostics.RegRejectsData,
                    sw.Type!.Span,
                    $"{TypeName(sw.Type)} without /d: reg.exe fails with 'ERROR: Invalid syntax' and writes nothing. Add /d with the number, e.g. /d 1.");
                return;
            }

            var error = ParseData(t, text ?? string.Empty, sw.Separator?.Text is [var sep] ? sep : null, TypeName(sw.Type), out data);
            if (error is not null)
            {
                ReportAt(call.Context, CommandDiagnostics.RegRejectsData, sw.Data!, error);
                return;
            }

            if (data is null)
            {
                dataCertainty = Certainty.Unresolved;
            }
        }

        var (valueName, nameSpan, nameCertainty) = sw.Value is { } v
            ? (v.Text, (TextSpan?)v.WriteSpan, v.Certainty)
            : (string.Empty, sw.DefaultValue?.Span, Certainty.Literal);
        call.Context.Writes.Add(new RegistryWrite(
            call.Context.Source,
            call.CommandSpan,
            call.Context.NextOrder,
            RegistryOperation.SetValue,
            key,
            keyArg.WriteSpan,
            valueName,
            nameSpan,
            data,
            sw.Data?.WriteSpan,
            View(sw))
        {
            KeyCertainty = keyCertainty,
            NameCertainty = nameCertainty,
            DataCertainty = dataCertainty,
            TypeOrigin = typeOrigin,
            TypeSpan = sw.Type?.WriteSpan,
            IsConditional = call.Context.Conditional,
            Form = WriteForm.RegExe,
            Shell = call.Context.CommandShell,
            RelatedSpans = Related(keyArg, sw.Value, sw.Type, sw.Data, sw.Separator),
        });

        if (sw.Value is null && sw.DefaultValue is null && !sw.Uncertain)
        {
            var what = sw.Data is null
                ? "sets the key's default value to an empty string, replacing whatever it was"
                : $"writes '{sw.Data.Text}' to the key's default value, not to a named value";
            call.Context.Report(
                CommandDiagnostics.RegAddOverwritesDefaultValue,
                keyArg.Span,
                $"reg add without /v or /ve {what}. Add /v <name> to write a named value, or /ve if the default value is meant.");
        }

        if (sw.Force is null && !sw.Uncertain && !call.Context.InputRedirected)
        {
            var shown = sw.Value is null ? "(Default)" : sw.Value.Text;
            call.Context.Report(
                CommandDiagnostics.RegMissingForceSwitch,
                call.VerbSpan,
                $"reg add without /f asks 'Value {shown} exists, overwrite (Yes/No)?' when the value is already set, and an unattended script waits there for ever. Add /f.",
                AddForce(call));
        }
    }

    private static void Delete(Invocation call)
    {
        if (!TryStart(call, out var keyArg))
        {
            return;
        }

        if (!TryParseKey(call.Context, keyArg, out var key, out var keyCertainty) || ParseSwitches(call, allowAddSwitches: false, allowAllValues: true) is not { } sw)
        {
            return;
        }

        // reg delete: /va deletes every value, /ve the default value, /v one value, and with no
        // /v* switch the key and all its subkeys (docs/formats.md §2.1; Wine delete.c RegDeleteTreeW).
        var (operation, valueName, nameSpan, nameCertainty, what) = sw switch
        {
            { AllValues: not null } => (RegistryOperation.DeleteAllValues, (string?)null, (TextSpan?)null, Certainty.Literal, "all values of the key"),
            { DefaultValue: { } ve } => (RegistryOperation.DeleteValue, string.Empty, ve.Span, Certainty.Literal, "the default value"),
            { Value: { } v } => (RegistryOperation.DeleteValue, v.Text, v.WriteSpan, v.Certainty, $"the value '{v.Text}'"),
            _ => (RegistryOperation.DeleteKey, null, null, Certainty.Literal, "the key and all its subkeys"),
        };
        call.Context.Writes.Add(new RegistryWrite(call.Context.Source, call.CommandSpan, call.Context.NextOrder, operation, key, keyArg.WriteSpan, valueName, nameSpan, view: View(sw))
        {
            KeyCertainty = keyCertainty,
            NameCertainty = nameCertainty,
            RelatedSpans = Related(keyArg, sw.Value),
            IsConditional = call.Context.Conditional,
            Form = WriteForm.RegExe,
            Shell = call.Context.CommandShell,
        });

        if (sw.Force is null && !sw.Uncertain && !call.Context.InputRedirected)
        {
            call.Context.Report(
                CommandDiagnostics.RegMissingForceSwitch,
                call.VerbSpan,
                $"reg delete without /f always asks for confirmation before deleting {what}, and an unattended script waits there for ever. Add /f.",
                AddForce(call));
        }
    }

    // ' /f' after the last argument, when the command's arguments are all written in it as they are.
    private static HvLint.Core.Fixes.CodeFix? AddForce(Invocation call)
    {
        var args = call.Arguments;
        var last = args[^1];
        if (args.Any(a => a.Certainty != Certainty.Literal || a.EditSpan is not null || a.Origins.Count > 0 || a.IsScriptBlock)
            || last.Span.Start < call.CommandSpan.Start || last.Span.End > call.CommandSpan.End)
        {
            return null;
        }

        return new HvLint.Core.Fixes.CodeFix("Add /f", HvLint.Core.Fixes.FixApplicability.Safe, [new HvLint.Core.Fixes.TextEdit(new TextSpan(last.Span.End, 0), " /f")]);
    }

    private static void Import(Invocation call, string? scriptDirectory)
    {
        var args = call.Arguments;
        if (args.Count < 2)
        {
            call.Context.Report(CommandDiagnostics.RegInvalidSwitches, call.VerbSpan, "reg import without a file name: reg.exe prints 'ERROR: Invalid syntax.' and imports nothing. Write the .reg file after 'import'.");
            return;
        }

        var file = args[1];
        if (file.Certainty != Certainty.Unresolved && IsHelpSwitch(file.Text))
        {
            return;
        }

        // reg import takes the file and optionally one of /reg:32 and /reg:64 (docs/formats.md §2.1, ss64).
        CommandArgument? view = null;
        for (var i = 2; i < args.Count; i++)
        {
            var a = args[i];
            if (a.Certainty == Certainty.Unresolved)
            {
                continue;
            }

            if (view is null && (IsSwitch(a.Text, "reg:32") || IsSwitch(a.Text, "reg:64")))
            {
                view = a;
                continue;
            }

            call.Context.Report(CommandDiagnostics.RegInvalidSwitches, a.Span, $"reg import takes one file name and optionally /reg:32 or /reg:64, not '{a.Text}': reg.exe prints 'ERROR: Invalid syntax.' and imports nothing. If the file name contains spaces, quote it.");
            return;
        }

        if (file.Certainty != Certainty.Unresolved && ResolvePath(file.Text, scriptDirectory) is { } path)
        {
            call.Context.Link(path, call.CommandSpan, file.Text);
        }
    }

    /// <summary>The key argument of add and delete, after the checks of Wine reg.c wmain.</summary>
    private static bool TryStart(Invocation call, out CommandArgument key)
    {
        var args = call.Arguments;
        key = args.Count > 1 ? args[1] : call.Operation;
        if (args.Count < 2)
        {
            call.Context.Report(
                CommandDiagnostics.RegInvalidSwitches,
                call.VerbSpan,
                $"'reg {call.Operation.Text}' without a key: reg.exe prints 'ERROR: Invalid syntax.' and writes nothing. Write the key right after '{call.Operation.Text}'.");
            return false;
        }

        // `reg add /?` prints help; with more arguments after it reg.exe reports invalid syntax.
        return key.Certainty == Certainty.Unresolved || !IsHelpSwitch(key.Text);
    }

    private static Switches? ParseSwitches(Invocation call, bool allowAddSwitches, bool allowAllValues)
    {
        var args = call.Arguments;
        var sw = new Switches();
        var op = call.Operation.Text.ToLowerInvariant();
        for (var i = 2; i < args.Count; i++)
        {
            var a = args[i];
            if (a.Certainty == Certainty.Unresolved)
            {
                // An argument computed at run time may be any switch (or a switch and its
                // argument), so nothing after it can be judged.
                sw.Uncertain = true;
                continue;
            }

            var text = a.Text;
            if (text.Length < 2 || (text[0] != '/' && text[0] != '-'))
            {
                if (sw.Uncertain)
                {
                    continue;
                }

                // Wine add.c/delete.c: every argument after the key must start with '/' or '-'.
                var shown = text.Length == 0 ? "an empty argument" : $"'{text}'";
                var hint = i == 2 || args[i - 1].Text is not ['/' or '-', 'v' or 'V' or 'd' or 'D']
                    ? " If it belongs to the key, the value name or the data, put that argument in double quotes."
                    : string.Empty;
                return Invalid(call, a, $"{shown} is not a switch: after the key, reg {op} takes only switches.{hint}");
            }

            var body = text[1..];
            if (Is(body, "ve"))
            {
                if (sw.DefaultValue is not null)
                {
                    return Duplicate(call, a);
                }

                sw.DefaultValue = a;
                continue;
            }

            if (allowAllValues && Is(body, "va"))
            {
                if (sw.AllValues is not null)
                {
                    return Duplicate(call, a);
                }

                sw.AllValues = a;
                continue;
            }

            if (Is(body, "reg:32") || Is(body, "reg:64"))
            {
                ref var slot = ref Is(body, "reg:32") ? ref sw.Reg32 : ref sw.Reg64;
                if (slot is not null)
                {
                    return Duplicate(call, a);
                }

                slot = a;
                continue;
            }

            var letter = body.Length == 1 ? char.ToLowerInvariant(body[0]) : '\0';
            switch (letter)
            {
                case 'v':
                    if (sw.Value is not null)
                    {
                        return Duplicate(call, a);
                    }

                    // /v takes the next argument whatever it is, even one starting with '/'
                    // (Wine add.c: value_name = argvW[++i]).
                    if (i + 1 >= args.Count)
                    {
                        return Invalid(call, a, $"'{text}' at the end of the command has no value name after it.");
                    }

                    sw.Value = args[++i];
                    break;
                case 't' or 'd' or 's' when allowAddSwitches:
                    ref var target = ref letter == 't' ? ref sw.Type : ref letter == 'd' ? ref sw.Data : ref sw.Separator;
                    if (target is not null)
                    {
                        return Duplicate(call, a);
                    }

                    if (i + 1 >= args.Count)
                    {
                        var wanted = letter == 't' ? "a type" : letter == 'd' ? "data" : "a separator character";
                        return Invalid(call, a, $"'{text}' at the end of the command has no {wanted} after it.");
                    }

                    target = args[++i];
                    if (letter == 's' && target.Certainty != Certainty.Unresolved && target.Text.Length != 1)
                    {
                        // Wine test_reg_multi_sz multi5-7: /s "\0", /s "" and /s "#abc" all fail.
                        return Invalid(call, target, $"/s takes exactly one character, not '{target.Text}'.");
                    }

                    break;
                case 'f':
                    if (sw.Force is not null)
                    {
                        return Duplicate(call, a);
                    }

                    sw.Force = a;
                    break;
                default:
                    var known = allowAddSwitches ? "/v, /ve, /t, /s, /d, /f, /reg:32 and /reg:64" : "/v, /ve, /va, /f, /reg:32 and /reg:64";
                    return Invalid(call, a, $"'{text}' is not a switch of reg {op}, which knows {known}.");
            }
        }

        // Wine add.c/delete.c: /v, /ve and /va exclude each other, and so do the two views.
        if (sw.Value is not null && sw.DefaultValue is not null)
        {
            return Invalid(call, Later(sw.Value, sw.DefaultValue), "/v and /ve cannot be used together: /v names a value and /ve is the default value.");
        }

        if (sw.AllValues is not null && (sw.Value ?? sw.DefaultValue) is { } other)
        {
            return Invalid(call, Later(sw.AllValues, other), $"/va cannot be used together with {(other == sw.Value ? "/v" : "/ve")}: /va deletes every value of the key.");
        }

        if (sw.Reg32 is not null && sw.Reg64 is not null)
        {
            return Invalid(call, Later(sw.Reg32, sw.Reg64), "/reg:32 and /reg:64 cannot be used together.");
        }

        return sw;
    }

    private static Switches? Duplicate(Invocation call, CommandArgument a) =>
        Invalid(call, a, $"'{a.Text}' appears twice; reg.exe accepts each switch once.");

    private static Switches? Invalid(Invocation call, CommandArgument at, string why)
    {
        call.Context.Report(CommandDiagnostics.RegInvalidSwitches, at.Span, $"{why} reg.exe prints 'ERROR: Invalid syntax.' and writes nothing.");
        return null;
    }

    private static CommandArgument Later(CommandArgument a, CommandArgument b) => a.Span.Start >= b.Span.Start ? a : b;

    /// <summary>Parses a key the way Wine's parse_registry_key and sane_path do (docs/formats.md §2.2).</summary>
    private static bool TryParseKey(CommandContext context, CommandArgument arg, out RegistryKeyPath key, out Certainty certainty)
    {
        key = null!;
        certainty = arg.Certainty;
        var unresolved = arg.Certainty == Certainty.Unresolved;
        var text = arg.Text;
        var rest = text;
        string? computer = null;
        if (text.StartsWith(@"\\", StringComparison.Ordinal) && text.Length > 2 && text[2] != '\\')
        {
            var slash = text.IndexOf('\\', 2);
            computer = slash < 0 ? text[2..] : text[2..slash];
            rest = slash < 0 ? string.Empty : text[(slash + 1)..];
        }

        if (!unresolved && (text.Length < 3 || text.EndsWith(@"\\", StringComparison.Ordinal)))
        {
            var why = text.Length < 3 ? "is too short to be a key" : "ends with two backslashes";
            InvalidKey(context, arg, $"The key '{text}' {why}. Write the root, one backslash and the subkey path, e.g. HKLM\\SYSTEM\\CurrentControlSet\\....");
            return false;
        }

        var separator = rest.IndexOf('\\', StringComparison.Ordinal);
        var root = separator < 0 ? rest : rest[..separator];
        if (!RegistryHives.TryRead(root, HiveReaders.RegExe, out var rootName))
        {
            // An unresolved key whose root is not readable cannot be placed at all: no write.
            if (!unresolved)
            {
                InvalidKey(context, arg, $"'{root}' in the key '{text}' is not a root reg.exe knows.{RootHint(root, rest)} Start the key with HKLM, HKCU, HKCR, HKU or HKCC (or the full name, e.g. HKEY_LOCAL_MACHINE).");
            }

            return false;
        }

        var hive = rootName.Hive;
        if (computer is not null && hive is not (RegistryHive.LocalMachine or RegistryHive.Users))
        {
            if (!unresolved)
            {
                InvalidKey(context, arg, $"The remote key '{text}' uses {root}, but on another computer reg.exe opens only HKLM and HKU.");
            }

            return false;
        }

        var subkey = separator < 0 ? string.Empty : rest[(separator + 1)..];
        if (separator >= 0 && subkey.Length == 0 && !unresolved)
        {
            // Wine test_key_formats: `reg add HKCU\ ...` and `reg add HKEY_CURRENT_USER\ ...` fail.
            InvalidKey(context, arg, $"The key '{text}' is a root followed by a lone backslash. Write the subkey after the backslash, or leave the backslash out to mean the root itself.");
            return false;
        }

        // A single trailing backslash is dropped (Wine parse_registry_key); Create drops it too.
        key = RegistryKeyPath.Create(hive, subkey);

        // A remote key is written on another computer (\\computer\HKLM\...). HvLint checks the
        // write as it would on this host but marks the key as not literal: it is the key of a
        // host the script names, not of the host that runs it.
        if (computer is not null && certainty == Certainty.Literal)
        {
            certainty = Certainty.Resolved;
        }

        return true;
    }

    private static void InvalidKey(CommandContext context, CommandArgument arg, string message) =>
        ReportAt(context, CommandDiagnostics.RegInvalidKey, arg, message + " reg.exe fails with 'ERROR: Invalid key name.' and writes nothing.");

    private static string RootHint(string root, string path)
    {
        if (root.EndsWith(':') && RegistryHives.TryParseShort(root.TrimEnd(':'), out _))
        {
            return $" '{root}' is a PowerShell drive; reg.exe wants '{root.TrimEnd(':')}' without the colon.";
        }

        if (root.Equals("Computer", StringComparison.OrdinalIgnoreCase))
        {
            return " Remove 'Computer\\', which regedit's address bar adds.";
        }

        var marker = path.IndexOf(RegistryHives.ProviderPrefix, StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            return $" Remove the PowerShell provider prefix '{path[..(marker + RegistryHives.ProviderPrefix.Length)]}'.";
        }

        return Suggest(root, s_roots);
    }

    private static bool TryParseType(string text, out RegistryValueType type)
    {
        foreach (var (name, t) in s_types)
        {
            if (text.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                type = t;
                return true;
            }
        }

        type = default;
        return false;
    }

    private static string TypeName(CommandArgument? typeArg) => typeArg is null ? "REG_SZ" : typeArg.Text.ToUpperInvariant();

    /// <summary>
    /// Converts /d text the way reg.exe does for each type (Wine add.c get_regdata, docs/formats.md §2.3).
    /// Returns the reason reg.exe rejects it, or null.
    /// </summary>
    private static string? ParseData(RegistryValueType type, string text, char? separator, string typeName, out RegistryData? data)
    {
        data = null;
        switch (type)
        {
            case RegistryValueType.String or RegistryValueType.ExpandString:
                // Stored literally: \0 is not a terminator here (Wine test_reg_sz "string5").
                data = RegistryData.FromString(type, text);
                return null;
            case RegistryValueType.None:
                // REG_NONE data is stored as the UTF-16 string with its terminator (Wine test_reg_none).
                data = RegistryData.Raw((uint)RegistryValueType.None, [.. Encoding.Unicode.GetBytes(text), 0, 0]);
                return null;
            case RegistryValueType.DWord or RegistryValueType.DWordBigEndian:
                if (!TryParseNumber(text, allowNegative: false, max: uint.MaxValue, out var dword))
                {
                    return $"'{text}' is not a {typeName} number: reg.exe fails with 'ERROR: Invalid syntax. Specify valid numeric values' and writes nothing. {NumberHint(text, uint.MaxValue, typeName)}";
                }

                // REG_DWORD_BIG_ENDIAN is stored little-endian like a REG_DWORD ("broken in every
                // version of Windows", Wine test_reg_dword_big_endian).
                data = type == RegistryValueType.DWord
                    ? RegistryData.DWord((uint)dword)
                    : RegistryData.Raw((uint)RegistryValueType.DWordBigEndian, BitConverter.GetBytes((uint)dword));
                return null;
            case RegistryValueType.QWord:
                if (text.Length == 0)
                {
                    // `reg add ... /t REG_QWORD` without /d stores 0 (Wine test_reg_qword "qword1").
                    data = RegistryData.QWord(0);
                    return null;
                }

                if (!TryParseNumber(text, allowNegative: true, max: ulong.MaxValue, out var qword))
                {
                    return $"'{text}' is not a REG_QWORD number: reg.exe fails and writes nothing. {NumberHint(text, ulong.MaxValue, "REG_QWORD")}";
                }

                data = RegistryData.QWord(qword);
                return null;
            case RegistryValueType.Binary:
                return ParseBinary(text, out data);
            case RegistryValueType.MultiString:
                return ParseMultiString(text, separator, out data);
            default:
                // REG_LINK and REG_FULL_RESOURCE_DESCRIPTOR are documented for /t, but how reg.exe
                // encodes their /d is not: the data is left unknown rather than guessed.
                return null;
        }
    }

    /// <summary>
    /// wcstoul/_wcstoui64 as reg.exe calls them: base 16 when the second character is x or X,
    /// else base 10 (so 010 is ten, Wine test_reg_dword "dword6"); the whole text must be used.
    /// </summary>
    private static bool TryParseNumber(string text, bool allowNegative, ulong max, out ulong value)
    {
        value = 0;
        if (text.Length == 0 || (text[0] == '-' && !allowNegative))
        {
            return false;
        }

        var hex = text.Length > 1 && text[1] is 'x' or 'X';
        var i = 0;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        var negative = false;
        if (i < text.Length && text[i] is '+' or '-')
        {
            negative = text[i] == '-';
            if (negative && !allowNegative)
            {
                return false;
            }

            i++;
        }

        if (hex && i + 1 < text.Length && text[i] == '0' && text[i + 1] is 'x' or 'X')
        {
            i += 2;
        }

        var start = i;
        ulong n = 0;
        for (; i < text.Length; i++)
        {
            var d = HexValue(text[i]);
            if (d < 0 || d >= (hex ? 16 : 10))
            {
                return false;
            }

            var b = hex ? 16UL : 10UL;
            if (n > (max - (ulong)d) / b)
            {
                return false;
            }

            n = n * b + (ulong)d;
        }

        if (i == start)
        {
            return false;
        }

        value = negative ? unchecked(0UL - n) : n;
        return true;
    }

    private static string NumberHint(string text, ulong max, string typeName)
    {
        var t = text.Trim();
        if (t.StartsWith('-'))
        {
            return max == uint.MaxValue
                ? "Negative numbers are rejected; write -1 as 0xffffffff."
                : "Write negative numbers in decimal (-1) or as 0xffffffffffffffff.";
        }

        if (t.Length > 0 && t.All(c => HexValue(c) >= 0) && t.Any(c => HexValue(c) >= 10))
        {
            return $"Hexadecimal digits need a 0x prefix: /d 0x{t}.";
        }

        if (t.Length > 0 && (t.All(char.IsAsciiDigit) || (t.Length > 2 && t[1] is 'x' or 'X' && t[2..].All(c => HexValue(c) >= 0))))
        {
            return string.Create(CultureInfo.InvariantCulture, $"The number does not fit in a {typeName}; the largest is {max} (0x{max:x}).");
        }

        return "Write a decimal number, or a hexadecimal number with a 0x prefix.";
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    // REG_BINARY: bare hex digits; an odd count makes the first nibble its own byte (Wine test_reg_binary "bin4").
    private static string? ParseBinary(string text, out RegistryData? data)
    {
        data = null;
        var bytes = new byte[(text.Length + 1) / 2];
        var i = 0;
        var b = 0;
        if (text.Length % 2 == 1)
        {
            var d = HexValue(text[0]);
            if (d < 0)
            {
                return BinaryError(text);
            }

            bytes[b++] = (byte)d;
            i = 1;
        }

        for (; i + 1 < text.Length; i += 2)
        {
            var hi = HexValue(text[i]);
            var lo = HexValue(text[i + 1]);
            if (hi < 0 || lo < 0)
            {
                return BinaryError(text);
            }

            bytes[b++] = (byte)(hi << 4 | lo);
        }

        data = RegistryData.Raw((uint)RegistryValueType.Binary, bytes);
        return null;
    }

    private static string BinaryError(string text)
    {
        var hint = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? $"Leave out the 0x prefix: /d {text[2..]}."
            : text.Contains(',', StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal)
                ? $"Write the bytes as one run of hexadecimal digits without separators: /d {new string(text.Where(c => HexValue(c) >= 0).ToArray())}."
                : "Write the bytes as one run of hexadecimal digits, e.g. /d 0a1b2c.";
        return $"'{text}' is not REG_BINARY data: reg.exe fails with 'ERROR: Invalid syntax. Specify valid hexadecimal values' and writes nothing. {hint}";
    }

    // REG_MULTI_SZ: \0 (or the /s character) separates items; a trailing separator is allowed,
    // an empty item in the middle or a leading separator is not (Wine add.c get_regdata and
    // test_reg_multi_sz).
    private static string? ParseMultiString(string text, char? separator, out RegistryData? data)
    {
        data = null;
        var buffer = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            char c;
            if (separator is null && text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '0')
            {
                c = '\0';
                i++;
            }
            else
            {
                c = separator is { } s && text[i] == s ? '\0' : text[i];
            }

            buffer.Append(c);
            var at = buffer.Length - 1;
            if (at > 0 && buffer[at - 1] == '\0' && (c == '\0' || at == 1))
            {
                var sep = separator is { } s2 ? $"'{s2}'" : "\\0";
                var why = at == 1 && c != '\0' ? $"starts with the separator {sep}" : $"has an empty item (two separators {sep} in a row)";
                data = null;
                return $"'{text}' {why}: reg.exe fails with 'ERROR: Invalid syntax' and writes nothing. Remove the extra separator; only a single one at the end is allowed.";
            }
        }

        if (buffer.Length == 0)
        {
            data = RegistryData.MultiString([]);
            return null;
        }

        var parts = buffer.ToString().Split('\0');
        data = RegistryData.MultiString(buffer[^1] == '\0' ? parts[..^1] : parts);
        return null;
    }

    /// <summary>
    /// The full path of a reg import file: as written when rooted, else below the script's
    /// folder. Backslashes become the platform's separator so that the host can open it.
    /// </summary>
    private static string? ResolvePath(string text, string? scriptDirectory)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var local = text.Replace('\\', Path.DirectorySeparatorChar);
        var rooted = text.StartsWith('\\') || text.StartsWith('/') || (text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == ':');
        try
        {
            if (rooted)
            {
                return Path.IsPathRooted(local) ? Path.GetFullPath(local) : local;
            }

            return scriptDirectory is null ? null : Path.GetFullPath(Path.Combine(scriptDirectory, local));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }
    }

    private static RegistryView View(Switches sw) =>
        sw.Reg32 is not null ? RegistryView.Registry32 : sw.Reg64 is not null ? RegistryView.Registry64 : RegistryView.Default;

    private static TextSpan[] Related(params CommandArgument?[] args) => CommandArgument.RelatedOf(args);

    private static Certainty Max(Certainty a, Certainty b) => (Certainty)Math.Max((int)a, (int)b);

    /// <summary>
    /// Reports a finding about an argument. When the argument's text comes from one other place
    /// (the argument of the call that reached a batch subroutine), the finding points there,
    /// because that is what the user must change, and the use is a related location.
    /// </summary>
    internal static void ReportAt(CommandContext context, Core.Diagnostics.RuleDescriptor rule, CommandArgument arg, string message)
    {
        if (arg.Origins.Count == 1)
        {
            context.Report(rule, arg.Origins[0], message, [(arg.Span, "the text is used here")]);
        }
        else if (arg.Origins.Count > 1)
        {
            context.Report(rule, arg.Span, message, arg.Origins.Select(o => (o, "part of the text comes from here")).ToArray());
        }
        else
        {
            context.Report(rule, arg.Span, message);
        }
    }

    private static bool IsHelpSwitch(string text) => text is ['/' or '-', '?' or 'h' or 'H'];

    private static bool IsSwitch(string text, string name) => text.Length > 1 && text[0] is '/' or '-' && Is(text[1..], name);

    private static bool Is(string text, string name) => text.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static string Suggest(string text, IEnumerable<string> candidates, string? prefix = null)
    {
        if (text.Length > 64)
        {
            return string.Empty;
        }

        if (prefix is not null && !text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            var prefixed = prefix + text;
            var exact = candidates.FirstOrDefault(c => c.Equals(prefixed, StringComparison.OrdinalIgnoreCase));
            if (exact is not null)
            {
                return $" Did you mean {exact}?";
            }

            text = prefixed;
        }

        var best = NameSuggester.Suggest(text, candidates, 1);
        return best.Count == 0 ? string.Empty : $" Did you mean {best[0]}?";
    }

    /// <summary>The parts of one reg.exe command line every operation needs.</summary>
    private sealed record Invocation(CommandContext Context, TextSpan CommandSpan, CommandArgument Program, CommandArgument Operation, IReadOnlyList<CommandArgument> Arguments)
    {
        /// <summary>"reg add": where findings about the command as a whole point.</summary>
        public TextSpan VerbSpan => TextSpan.FromBounds(Math.Min(Program.Span.Start, Operation.Span.Start), Operation.Span.End);
    }

    /// <summary>The switches of one command, each the argument that set it (Wine add.c/delete.c).</summary>
    private sealed class Switches
    {
        public CommandArgument? Value;
        public CommandArgument? DefaultValue;
        public CommandArgument? AllValues;
        public CommandArgument? Type;
        public CommandArgument? Data;
        public CommandArgument? Separator;
        public CommandArgument? Force;
        public CommandArgument? Reg32;
        public CommandArgument? Reg64;

        /// <summary>An argument computed at run time sits where a switch goes.</summary>
        public bool Uncertain;
    }
}
