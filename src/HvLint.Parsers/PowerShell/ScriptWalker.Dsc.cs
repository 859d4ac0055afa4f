using System.Globalization;
using System.Management.Automation.Language;
using HvLint.Core.Model;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// DSC Registry resources in Configuration blocks (PSDesiredStateConfiguration, PSDscResources,
/// xPSDesiredStateConfiguration): Registry Name { Key = ...; ValueName = ...; ValueData = ...;
/// ValueType = ...; Hex = $true; Ensure = 'Absent' }. The configuration is parsed as a function
/// (see <see cref="PowerShellFrontEnd"/>), so the resource reads as a command whose last
/// argument is a script block of 'Property = value' commands.
/// </summary>
internal sealed partial class ScriptWalker
{
    private bool DscResource(CommandAst command, Scope scope)
    {
        var name = command.GetCommandName();
        if (name is null || !(name.Equals("Registry", StringComparison.OrdinalIgnoreCase) || name.Equals("xRegistry", StringComparison.OrdinalIgnoreCase))
            || command.CommandElements.Count < 2 || (command.CommandElements[^1] as ScriptBlockExpressionAst ?? FollowingBlock(command)) is not { } body)
        {
            return false;
        }

        var properties = new Dictionary<string, PsValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in body.ScriptBlock.EndBlock?.Statements ?? [])
        {
            if (statement is PipelineAst { PipelineElements: [CommandAst { CommandElements: [StringConstantExpressionAst property, StringConstantExpressionAst { Value: "=" }, var value] }] })
            {
                properties[property.Value] = _evaluator.Evaluate(value, scope);
            }
        }

        var span = ValueEvaluator.SpanOf(command);
        if (!properties.TryGetValue("Key", out var keyValue) || keyValue.AsText() is not { } keyText || DscKey(keyText) is not { } path)
        {
            return true;
        }

        var key = new KeyRef(path, keyValue.Span, keyValue.Certainty);
        var absent = properties.TryGetValue("Ensure", out var ensure) && ensure.AsText() is { } e && e.Equals("Absent", StringComparison.OrdinalIgnoreCase);
        properties.TryGetValue("ValueName", out var nameValue);
        properties.TryGetValue("ValueData", out var dataValue);
        properties.TryGetValue("ValueType", out var typeValue);

        // An empty ValueName with no type or data means the key itself (PSDscResources docs).
        if (nameValue is null || (nameValue.AsText() is "" && dataValue is null && typeValue is null))
        {
            AddWrite(new RegistryWrite(_source, span, _context.NextOrder, absent ? RegistryOperation.DeleteKey : RegistryOperation.CreateKey, key.Path, key.Span)
            {
                Form = WriteForm.DscRegistry,
                KeyCertainty = key.Certainty,
                RelatedSpans = Related(scope, span),
            });
            return true;
        }

        var (valueName, nameCertainty) = ValueName(nameValue);
        if (nameValue.AsText() is "(default)")
        {
            valueName = "(default)";
        }

        if (absent)
        {
            AddWrite(new RegistryWrite(_source, span, _context.NextOrder, RegistryOperation.DeleteValue, key.Path, key.Span, valueName, nameValue.Span)
            {
                Form = WriteForm.DscRegistry,
                KeyCertainty = key.Certainty,
                NameCertainty = nameCertainty,
                RelatedSpans = Related(scope, span),
            });
            return true;
        }

        var typeText = typeValue?.AsText();
        if (typeText is not null && RegistryConversion.IsRegExeTypeName(typeText))
        {
            Report(PowerShellDiagnostics.RegTypeNameInPowerShell, typeValue!.Span, $"The Registry resource does not know the type '{typeText}': ValueType takes String, ExpandString, Binary, DWord, MultiString or QWord, so the configuration fails to compile and '{(valueName.Length == 0 ? "(Default)" : valueName)}' is not set. Write ValueType = '{RegistryConversion.KindForRegExeType(typeText) ?? "DWord"}'.");
            return true;
        }

        var kind = typeValue is null ? "String" : typeText is null ? null : RegistryConversion.ParseKind(typeText);
        var hex = properties.TryGetValue("Hex", out var hexValue) && hexValue is PsBool { Value: true };
        var data = kind is null || dataValue is PsUnknown ? null : DscData(kind, dataValue, hex);
        AddWrite(new RegistryWrite(_source, span, _context.NextOrder, RegistryOperation.SetValue, key.Path, key.Span, valueName, nameValue.Span, data, dataValue?.Span ?? nameValue.Span)
        {
            Form = WriteForm.DscRegistry,
            KeyCertainty = key.Certainty,
            NameCertainty = nameCertainty,
            DataCertainty = data is null ? Certainty.Unresolved : PsValue.Weaker(dataValue?.Certainty ?? Certainty.Literal, typeValue?.Certainty ?? Certainty.Literal),
            TypeOrigin = typeValue is null ? TypeOrigin.ToolDefault : TypeOrigin.Explicit,
            RelatedSpans = Related(scope, span),
            // With Hex = $true the text is read as hexadecimal: a message that only showed the
            // decimal reading would not match what the author wrote.
            DataAsWritten = hex && data?.Number is not null && dataValue?.AsText() is { } hexText ? $"ValueData '{hexText}' with Hex = $true" : null,
        });
        return true;
    }

    // Read as a command, 'Registry Name' ends at the line break, so a body that starts on the
    // next line is the statement that follows.
    private static ScriptBlockExpressionAst? FollowingBlock(CommandAst command)
    {
        if (command.Parent is not PipelineAst pipeline)
        {
            return null;
        }

        var statements = pipeline.Parent switch
        {
            NamedBlockAst named => named.Statements,
            StatementBlockAst block => block.Statements,
            _ => null,
        };
        var at = statements?.IndexOf(pipeline) ?? -1;
        return at >= 0 && at + 1 < statements!.Count
            && statements[at + 1] is PipelineAst { PipelineElements: [CommandExpressionAst { Expression: ScriptBlockExpressionAst next }] }
            ? next
            : null;
    }

    // The resource takes 'HKEY_LOCAL_MACHINE\...' and also the drive form 'HKLM:\...'.
    private static RegistryKeyPath? DscKey(string text)
    {
        var parsed = RegistryPaths.Parse(text, literal: true);
        if (parsed.Kind == RegistryPathKind.Key)
        {
            return parsed.Key;
        }

        return RegistryKeyPath.TryParse(text.Trim().TrimEnd('\\'));
    }

    /// <summary>ValueData (a string array) read as the resource converts it for each ValueType.</summary>
    private static RegistryData? DscData(string kind, PsValue? value, bool hex)
    {
        var strings = value is null ? [] : (value is PsArray a ? a.Items : [value]).Select(i => i.AsText()).ToArray();
        if (strings.Any(s => s is null))
        {
            return null;
        }

        var single = strings.Length == 0 ? string.Empty : strings[0]!;
        switch (kind)
        {
            case "String":
                return RegistryData.FromString(RegistryValueType.String, single);
            case "ExpandString":
                return RegistryData.FromString(RegistryValueType.ExpandString, single);
            case "MultiString":
                return RegistryData.MultiString(strings!);
            case "DWord" or "QWord":
                var number = DscNumber(single, hex);
                if (number is not { } n)
                {
                    return null;
                }

                return kind == "DWord"
                    ? n is >= int.MinValue and <= uint.MaxValue ? RegistryData.DWord(unchecked((uint)n)) : null
                    : RegistryData.QWord(unchecked((ulong)n));
            case "Binary":
                var digits = single.Trim();
                if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
                {
                    digits = digits[2..];
                }

                if (digits.Length % 2 == 1)
                {
                    digits = "0" + digits;
                }

                try
                {
                    return RegistryData.Raw((uint)RegistryValueType.Binary, Convert.FromHexString(digits));
                }
                catch (FormatException)
                {
                    return null;
                }

            default:
                return null;
        }
    }

    // Hex = $true reads the data as hexadecimal (0x optional); otherwise decimal. An empty
    // ValueData is 0.
    private static long? DscNumber(string text, bool hex)
    {
        var t = text.Trim();
        if (t.Length == 0)
        {
            return 0;
        }

        if (!hex)
        {
            return long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? d : null;
        }

        if (t.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            t = t[2..];
        }

        return ulong.TryParse(t, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var h) ? unchecked((long)h) : null;
    }
}
