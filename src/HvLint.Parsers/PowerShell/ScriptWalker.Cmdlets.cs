using System.Management.Automation.Language;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.PowerShell;

/// <summary>The registry cmdlets: Set-ItemProperty, New-ItemProperty, New-Item and the rest (docs/formats.md §4.1).</summary>
internal sealed partial class ScriptWalker
{
    private readonly List<ForcedKey> _forcedKeys = [];
    // The orders of the writes made by a top-level statement (run whenever the script runs).
    private readonly HashSet<int> _unconditional = [];
    private readonly Dictionary<(string Text, bool Literal), RegistryPath> _paths = [];

    /// <summary>A New-Item -Force on a key; it deletes the key if it exists (docs/formats.md §4.1).</summary>
    private sealed record ForcedKey(RegistryKeyPath Key, TextSpan ForceSpan, TextSpan CommandSpan, int Order, bool Guarded);

    /// <summary>
    /// A registry cmdlet PowerShell refuses to bind (HV0958). Only reported when the command
    /// names a registry path: on other providers (WSMan:, Cert:, the file system) the cmdlets
    /// take dynamic parameters this table does not list, and a false "unknown parameter" costs
    /// more than a miss.
    /// </summary>
    private void ParameterNotBound(CommandAst command, ParameterError error, Scope scope)
    {
        var cmdlet = CmdletBinder.Resolve(command.GetCommandName());
        if (cmdlet is null or "Start-Process" or "Join-Path" || !NamesRegistryPath(command, scope))
        {
            return;
        }

        var written = command.GetCommandName();
        var why = error.Candidates.Count > 0
            ? $"-{error.Written} is ambiguous (it could be {string.Join(" or ", error.Candidates.Select(c => "-" + c))})"
            : $"{cmdlet} has no parameter -{error.Written}";
        var suggestions = NameSuggester.Suggest(error.Written, CmdletBinder.ParameterNames(cmdlet));
        var fix = error.Candidates.Count > 0 ? $"Write the parameter's full name, such as -{error.Candidates[0]}."
            : suggestions.Count > 0 ? $"Did you mean -{suggestions[0]}?" : "Check the parameter's name in the cmdlet's reference.";
        Report(PowerShellDiagnostics.CmdletParameterNotBound, error.Span, $"{why}, so PowerShell refuses the whole {written} command and nothing is written. {fix}");
    }

    private bool NamesRegistryPath(CommandAst command, Scope scope)
    {
        foreach (var element in command.CommandElements.Skip(1))
        {
            var ast = element is CommandParameterAst p ? p.Argument : element;
            var value = ast is null ? null : _evaluator.Evaluate(ast, scope);
            var texts = value is PsTable table ? table.Entries.Select(e => e.Value.AsText()) : [value?.AsText()];
            if (texts.Any(t => t is not null && RegistryPaths.Parse(t, literal: false).Kind is RegistryPathKind.Key or RegistryPathKind.DriveRelative or RegistryPathKind.Wildcard))
            {
                return true;
            }
        }

        return false;
    }

    private void RegistryCmdlet(BoundCommand b, Scope scope)
    {
        // -WhatIf only says what would happen.
        if (b.Switch("WhatIf"))
        {
            return;
        }

        var literal = b.Has("LiteralPath");
        var pathArgument = b.Get("LiteralPath") ?? b.Get("Path");
        if (pathArgument is null)
        {
            return;
        }

        foreach (var pathValue in Items(pathArgument.Value))
        {
            if (ResolveKey(pathValue, literal) is not { } key)
            {
                continue;
            }

            if (b.Cmdlet == "New-Item" && b.Get("Name")?.Value is { } childName)
            {
                if (childName.AsText() is not { } child)
                {
                    continue;
                }

                key = key.WithChild(child, childName);
            }

            switch (b.Cmdlet)
            {
                case "Set-ItemProperty":
                case "New-ItemProperty":
                    SetProperty(b, key, scope);
                    break;
                case "Remove-ItemProperty":
                    foreach (var name in b.Get("Name") is { } n ? Items(n.Value) : [])
                    {
                        var (valueName, nameCertainty) = ValueName(name);
                        Add(b, scope, new RegistryWrite(_source, b.Span, _context.NextOrder, RegistryOperation.DeleteValue, key.Path, key.Span, valueName, name.Span)
                        {
                            Form = WriteForm.RegistryCmdlet,
                            KeyCertainty = key.Certainty,
                            NameCertainty = nameCertainty,
                            RelatedSpans = Related(scope, b.Span),
                        });
                    }

                    break;
                case "Clear-ItemProperty":
                    // The value is reset to the empty value of whatever type it has now (docs/formats.md §4.1).
                    foreach (var name in b.Get("Name") is { } n ? Items(n.Value) : [])
                    {
                        var (valueName, nameCertainty) = ValueName(name);
                        Add(b, scope, new RegistryWrite(_source, b.Span, _context.NextOrder, RegistryOperation.SetValue, key.Path, key.Span, valueName, name.Span)
                        {
                            Form = WriteForm.RegistryCmdlet,
                            KeyCertainty = key.Certainty,
                            NameCertainty = nameCertainty,
                            DataCertainty = Certainty.Unresolved,
                            RelatedSpans = Related(scope, b.Span),
                        });
                    }

                    break;
                case "New-Item":
                    NewItem(b, key, scope);
                    break;
                case "Remove-Item":
                    Add(b, scope, KeyWrite(b, key, RegistryOperation.DeleteKey, scope));
                    break;
                case "Clear-Item":
                    Add(b, scope, KeyWrite(b, key, RegistryOperation.DeleteAllValues, scope));
                    break;
                case "Set-Item":
                    // Set-Item sets the key's default value; -Type has no effect there (docs/formats.md §4.1).
                    if (b.Get("Value") is { } value)
                    {
                        var converted = RegistryConversion.Convert(value.Value, null);
                        AddValue(b, scope, key, string.Empty, Certainty.Literal, null, converted, value.Value.Span, TypeOrigin.InferredFromValue);
                    }

                    break;
            }
        }
    }

    /// <summary>A key as written: the path, where it is, and how sure we are.</summary>
    private sealed record KeyRef(RegistryKeyPath Path, TextSpan Span, Certainty Certainty)
    {
        public KeyRef WithChild(string child, PsValue childValue)
        {
            var path = Path;
            foreach (var segment in child.Split(['\\', '/'], StringSplitOptions.RemoveEmptyEntries))
            {
                path = path.Child(segment);
            }

            return new KeyRef(path, Span, PsValue.Weaker(Certainty, childValue.Certainty));
        }
    }

    /// <summary>The key a -Path names, reporting paths that do not go where they seem to; null when unknown or not a key.</summary>
    private KeyRef? ResolveKey(PsValue pathValue, bool literal)
    {
        if (pathValue.AsText() is not { } text)
        {
            return null;
        }

        // Scripts repeat the same few paths; a parsed path is immutable, so parse each once.
        if (!_paths.TryGetValue((text, literal), out var path))
        {
            path = RegistryPaths.Parse(text, literal);
            _paths[(text, literal)] = path;
        }

        switch (path.Kind)
        {
            case RegistryPathKind.RelativeHive:
                Report(PowerShellDiagnostics.RelativeRegistryPath, pathValue.Span, $"'{text}' has no drive colon, so PowerShell looks for a folder '{path.Hive}' below the current directory and the registry is not changed. Write '{DriveName(path)}:\\{string.Join('\\', path.Key!.Segments)}' or 'Registry::{path.Key!.Text}'.");
                return null;
            case RegistryPathKind.DriveRelative:
                Report(PowerShellDiagnostics.DriveRelativeRegistryPath, pathValue.Span, $"'{text}' has no backslash after '{path.Hive}:', so it is relative to the current location of the {path.Hive}: drive, which is the root only until a Set-Location changes it. Write '{path.Hive}:\\{string.Join('\\', path.Key!.Segments)}'.", AddDriveBackslash(pathValue, path.Hive!));
                return new KeyRef(path.Key!, pathValue.Span, pathValue.Certainty);
            case RegistryPathKind.Key:
                return new KeyRef(path.Key!, pathValue.Span, pathValue.Certainty);
            default:
                return null;
        }
    }

    // The RegistryValueKind name for a reg.exe type name written as a literal in the command (REG_DWORD to DWord).
    private HvLint.Core.Fixes.CodeFix? KindFix(PsValue type, string? kind)
    {
        if (kind is null || type.Certainty != Certainty.Literal
            || HvLint.Parsers.Fixes.ShellLiteral.Read(_source.Text.Substring(type.Span.Start, type.Span.Length), CommandShell.PowerShell) is not { } literal
            || literal.Write(kind, CommandShell.PowerShell) is not { } text)
        {
            return null;
        }

        return new HvLint.Core.Fixes.CodeFix($"Write {kind}", HvLint.Core.Fixes.FixApplicability.Safe, [new HvLint.Core.Fixes.TextEdit(type.Span, text)]);
    }

    // A backslash after 'HKLM:' in the literal the path is written in; none for a path built at run time.
    private HvLint.Core.Fixes.CodeFix? AddDriveBackslash(PsValue pathValue, string drive)
    {
        if (pathValue.Certainty != Certainty.Literal)
        {
            return null;
        }

        var written = _source.Text.AsSpan(pathValue.Span.Start, pathValue.Span.Length);
        var at = written.Length > 0 && written[0] is '\'' or '"' ? 1 : 0;
        var prefix = drive + ":";
        if (!written[at..].StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || written.Length <= at + prefix.Length
            || written[at + prefix.Length] is '\\' or '/' or '$' or '`' or '\'' or '"' || written.Contains('$') && written[0] == '"')
        {
            return null;
        }

        return new HvLint.Core.Fixes.CodeFix($"Write {prefix}\\", HvLint.Core.Fixes.FixApplicability.Safe, [new HvLint.Core.Fixes.TextEdit(new TextSpan(pathValue.Span.Start + at + prefix.Length, 0), "\\")]);
    }

    // HKEY_LOCAL_MACHINE has no drive: the drives are HKLM: and HKCU: (docs/formats.md §4.2).
    private static string DriveName(RegistryPath path) => RegistryHives.DriveName(path.Key!.Hive) ?? path.Hive!;

    /// <summary>A value name: '(default)' and '' are the key's default value (docs/formats.md §4.1).</summary>
    private static (string Name, Certainty Certainty) ValueName(PsValue? value)
    {
        if (value is null)
        {
            return (string.Empty, Certainty.Unresolved);
        }

        if (value.AsText() is not { } text || value is PsArray)
        {
            return (string.Empty, Certainty.Unresolved);
        }

        return (text.Equals("(default)", StringComparison.OrdinalIgnoreCase) ? string.Empty : text, value.Certainty);
    }

    private void SetProperty(BoundCommand b, KeyRef key, Scope scope)
    {
        var isNew = b.Cmdlet == "New-ItemProperty";
        var nameArgument = b.Get("Name");
        if (nameArgument is null)
        {
            return;
        }

        var (valueName, nameCertainty) = ValueName(nameArgument.Value);
        var typeArgument = b.Get(isNew ? "PropertyType" : "Type");
        string? kind = null;
        if (typeArgument is not null)
        {
            var typeText = typeArgument.Value.AsText();
            if (typeText is not null && RegistryConversion.IsRegExeTypeName(typeText))
            {
                var meant = RegistryConversion.KindForRegExeType(typeText);
                Report(PowerShellDiagnostics.RegTypeNameInPowerShell, typeArgument.Value.Span, $"PowerShell does not know the registry type '{typeText}': -{(isNew ? "PropertyType" : "Type")} takes a RegistryValueKind name, so the command fails and '{(valueName.Length == 0 ? "(Default)" : valueName)}' is not written. Write -{(isNew ? "PropertyType" : "Type")} {meant ?? "DWord"}.", KindFix(typeArgument.Value, meant));
                return;
            }

            if (typeText is null)
            {
                kind = RegistryConversion.UnknownKind;
            }
            else if (RegistryConversion.ParseKind(typeText) is { } parsed)
            {
                kind = parsed;
            }
            else
            {
                // Any other name fails parameter binding: the command does not run.
                return;
            }
        }

        var valueArgument = b.Get("Value");
        if (isNew && !b.Switch("Force") && nameCertainty != Certainty.Unresolved && key.Certainty != Certainty.Unresolved && scope.IsEmpty && IsUnconditional(b.Ast)
            && EarlierWrite(key.Path, valueName) is { } earlier)
        {
            Report(PowerShellDiagnostics.NewItemPropertyAlreadyExists, b.NameSpan, $"'{(valueName.Length == 0 ? "(Default)" : valueName)}' is already written by the script (line {_source.GetPosition(earlier.Span.Start).Line}), so New-ItemProperty fails with 'The property already exists' and this data is not written. Add -Force, or use Set-ItemProperty.");
            return;
        }

        // Set-ItemProperty needs -Value (PowerShell would prompt for it); New-ItemProperty without
        // -Value writes the empty value of the type.
        var converted = valueArgument is null && !isNew ? new RegistryConversion.Result(null, Certainty.Unresolved) : RegistryConversion.Convert(valueArgument?.Value, kind);
        if (converted.NotConvertible is { } why)
        {
            Report(PowerShellDiagnostics.ValueNotConvertible, valueArgument!.Value.Span, $"{why}, so the command fails and '{(valueName.Length == 0 ? "(Default)" : valueName)}' is not written. Write a number, such as {converted.Suggestion}.");
            return;
        }

        var origin = kind is null || kind == RegistryConversion.UnknownKind ? TypeOrigin.InferredFromValue : TypeOrigin.Explicit;
        AddValue(b, scope, key, valueName, nameCertainty, nameArgument.Value.Span, converted, valueArgument?.Value.Span, origin, valueArgument?.Value, typeArgument?.Value.Span);
    }

    private void AddValue(BoundCommand b, Scope scope, KeyRef key, string valueName, Certainty nameCertainty, TextSpan? nameSpan, RegistryConversion.Result converted, TextSpan? dataSpan, TypeOrigin origin, PsValue? passed = null, TextSpan? typeSpan = null)
    {
        Add(b, scope, new RegistryWrite(_source, b.Span, _context.NextOrder, RegistryOperation.SetValue, key.Path, key.Span, valueName, nameSpan, converted.Data, dataSpan)
        {
            Form = WriteForm.RegistryCmdlet,
            KeyCertainty = key.Certainty,
            NameCertainty = nameCertainty,
            DataCertainty = converted.Data is null ? Certainty.Unresolved : converted.Certainty,
            TypeOrigin = origin,
            TypeSpan = typeSpan,
            RelatedSpans = Related(scope, b.Span),
            DataAsWritten = RegistryConversion.DescribeNumberStoredAsText(passed, converted.Data),
        });
    }

    private void NewItem(BoundCommand b, KeyRef key, Scope scope)
    {
        if (b.Switch("Force"))
        {
            var force = b.Get("Force")!;
            _forcedKeys.Add(new ForcedKey(key.Path, force.ParameterSpan, b.Span, _context.NextOrder, IsGuarded(b.Ast)));
        }

        Add(b, scope, KeyWrite(b, key, RegistryOperation.CreateKey, scope));
        if (b.Get("Value") is { } value)
        {
            // New-Item -Value sets the new key's default value.
            var converted = RegistryConversion.Convert(value.Value, null);
            AddValue(b, scope, key, string.Empty, Certainty.Literal, null, converted, value.Value.Span, TypeOrigin.InferredFromValue);
        }
    }

    private RegistryWrite KeyWrite(BoundCommand b, KeyRef key, RegistryOperation operation, Scope scope) =>
        new(_source, b.Span, _context.NextOrder, operation, key.Path, key.Span)
        {
            Form = WriteForm.RegistryCmdlet,
            KeyCertainty = key.Certainty,
            RelatedSpans = Related(scope, b.Span),
        };

    private void Add(BoundCommand b, Scope scope, RegistryWrite write)
    {
        _context.Writes.Add(write);
        if (scope.IsEmpty && IsUnconditional(b.Ast))
        {
            _unconditional.Add(write.Order);
        }
        else
        {
            _unconditional.Remove(write.Order);
        }
    }

    /// <summary>A set-value write of the same value earlier in the script, run unconditionally, with nothing deleting it since.</summary>
    private RegistryWrite? EarlierWrite(RegistryKeyPath key, string valueName)
    {
        for (var i = _context.Writes.Count - 1; i >= 0; i--)
        {
            if (_context.Writes[i] is not RegistryWrite w || !key.IsAtOrBelow(w.Key))
            {
                continue;
            }

            if (w.Operation is RegistryOperation.DeleteKey or RegistryOperation.DeleteAllValues
                || (w.Operation == RegistryOperation.DeleteValue && w.Key.Equals(key) && (w.NameCertainty == Certainty.Unresolved || string.Equals(w.ValueName, valueName, StringComparison.OrdinalIgnoreCase)))
                || _forcedKeys.Any(f => f.Order == w.Order && key.IsAtOrBelow(f.Key)))
            {
                return null;
            }

            if (w.Operation == RegistryOperation.SetValue && w.Key.Equals(key) && string.Equals(w.ValueName, valueName, StringComparison.OrdinalIgnoreCase)
                && w.KeyCertainty != Certainty.Unresolved && w.NameCertainty != Certainty.Unresolved
                && _unconditional.Contains(w.Order))
            {
                return w;
            }
        }

        return null;
    }

    /// <summary>Whether a command runs whenever the script runs: a top-level statement, not in a branch, loop or function.</summary>
    private static bool IsUnconditional(Ast ast)
    {
        for (var p = ast.Parent; p is not null; p = p.Parent)
        {
            if (p is not (PipelineAst or NamedBlockAst or ScriptBlockAst))
            {
                return false;
            }

            if (p is ScriptBlockAst && p.Parent is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a command only runs when a Test-Path or Get-Item in an enclosing if found the key missing.</summary>
    private static bool IsGuarded(Ast ast)
    {
        for (var p = ast.Parent; p is not null; p = p.Parent)
        {
            if (p is IfStatementAst ifStatement && ifStatement.Clauses.Any(c => c.Item1.Find(
                    x => x is CommandAst c2 && c2.GetCommandName() is { } n && (n.Equals("Test-Path", StringComparison.OrdinalIgnoreCase) || n.Equals("Get-Item", StringComparison.OrdinalIgnoreCase) || n.Equals("gi", StringComparison.OrdinalIgnoreCase)),
                    searchNestedScriptBlocks: true) is not null))
            {
                return true;
            }
        }

        return false;
    }
}
