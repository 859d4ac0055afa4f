using System.Management.Automation.Language;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.PowerShell;

/// <summary>
/// The .NET registry API (docs/formats.md §4.4): [Microsoft.Win32.Registry]::SetValue, and SetValue,
/// DeleteValue, CreateSubKey, DeleteSubKey and DeleteSubKeyTree on a RegistryKey opened from a
/// base key, directly or through a variable.
/// </summary>
internal sealed partial class ScriptWalker
{
    private void DotNetCall(InvokeMemberExpressionAst call, Scope scope)
    {
        if (call.Member is not StringConstantExpressionAst { Value: var method })
        {
            return;
        }

        var span = ValueEvaluator.SpanOf(call);
        var args = call.Arguments?.Select(a => _evaluator.Evaluate(a, scope)).ToArray() ?? [];
        if (call.Static && call.Expression is TypeExpressionAst type)
        {
            if (ValueEvaluator.ShortTypeName(type.TypeName).Equals("Registry", StringComparison.OrdinalIgnoreCase) && method.Equals("SetValue", StringComparison.OrdinalIgnoreCase) && args.Length is 3 or 4)
            {
                StaticSetValue(call, args, scope);
            }

            return;
        }

        var target = _evaluator.Evaluate(call.Expression, scope);
        if (target is not PsRegistryKey key)
        {
            return;
        }

        var keyRef = new KeyRef(key.Path, key.Span, key.Certainty);
        switch (method.ToUpperInvariant())
        {
            case "SETVALUE" when args.Length is 2 or 3:
            case "DELETEVALUE" when args.Length is 1 or 2:
                if (!key.Writable)
                {
                    Report(PowerShellDiagnostics.ReadOnlyRegistryKey, key.OpenSpan, $"'{key.Path.Text}' is opened with OpenSubKey(name), which is read-only, so {method} throws 'Cannot write to the registry key' and nothing is written. Open it with OpenSubKey(name, $true) or CreateSubKey(name).");
                    return;
                }

                var (name, nameCertainty) = ValueName(args[0]);
                if (args[0] is PsString { Value: "(default)" })
                {
                    // .NET has no '(default)' token: that is a value really named '(default)'.
                    name = "(default)";
                }

                if (method.Equals("DeleteValue", StringComparison.OrdinalIgnoreCase))
                {
                    AddWrite(new RegistryWrite(_source, span, _context.NextOrder, RegistryOperation.DeleteValue, key.Path, key.Span, name, args[0].Span, view: key.View)
                    {
                        Form = WriteForm.DotNet,
                        KeyCertainty = key.Certainty,
                        NameCertainty = nameCertainty,
                        RelatedSpans = Related(scope, span),
                    });
                    return;
                }

                SetValue(span, scope, keyRef, key.View, name, nameCertainty, args[0].Span, args[1], args.Length == 3 ? args[2] : null);
                return;
            case "CREATESUBKEY" when args.Length >= 1:
            case "DELETESUBKEY" when args.Length >= 1:
            case "DELETESUBKEYTREE" when args.Length >= 1:
                if (args[0].AsText() is not { } sub)
                {
                    return;
                }

                var child = keyRef.WithChild(sub, args[0]) with { Span = args[0].Span };
                var operation = method.Equals("CreateSubKey", StringComparison.OrdinalIgnoreCase) ? RegistryOperation.CreateKey : RegistryOperation.DeleteKey;
                AddWrite(new RegistryWrite(_source, span, _context.NextOrder, operation, child.Path, child.Span, view: key.View)
                {
                    Form = WriteForm.DotNet,
                    KeyCertainty = child.Certainty,
                    RelatedSpans = Related(scope, span),
                });
                return;
        }
    }

    // Registry.SetValue('HKEY_LOCAL_MACHINE\...', name, value[, kind]) creates the key if needed.
    private void StaticSetValue(InvokeMemberExpressionAst call, PsValue[] args, Scope scope)
    {
        if (args[0].AsText() is not { } keyName || RegistryKeyPath.TryParse(keyName.Replace('/', '\\')) is not { } path)
        {
            return;
        }

        var (name, nameCertainty) = ValueName(args[1]);
        if (args[1] is PsString { Value: "(default)" })
        {
            name = "(default)";
        }

        SetValue(ValueEvaluator.SpanOf(call), scope, new KeyRef(path, args[0].Span, args[0].Certainty), RegistryView.Default, name, nameCertainty, args[1].Span, args[2], args.Length == 4 ? args[3] : null);
    }

    private void SetValue(TextSpan span, Scope scope, KeyRef key, RegistryView view, string name, Certainty nameCertainty, TextSpan nameSpan, PsValue value, PsValue? kind)
    {
        RegistryConversion.Result converted;
        TypeOrigin origin;
        if (kind is null)
        {
            // Without a kind .NET stores an Int32 as REG_DWORD, a String[] as REG_MULTI_SZ, a
            // Byte[] as REG_BINARY and everything else, an Int64 included, as text (docs/formats.md §4.4).
            converted = value is PsNumber { Value: long } n
                ? new RegistryConversion.Result(RegistryData.FromString(RegistryValueType.String, n.AsText()), n.Certainty)
                : RegistryConversion.Convert(value, null);
            origin = TypeOrigin.InferredFromValue;
        }
        else
        {
            var kindName = kind.AsText() is { } k ? RegistryConversion.ParseKind(k) : RegistryConversion.UnknownKind;
            if (kindName is null)
            {
                return;
            }

            converted = RegistryConversion.Convert(value, kindName);
            origin = kindName is "Unknown" or RegistryConversion.UnknownKind ? TypeOrigin.InferredFromValue : TypeOrigin.Explicit;
            if (converted.NotConvertible is not null)
            {
                // .NET throws as PowerShell does; the data is not written.
                return;
            }
        }

        AddWrite(new RegistryWrite(_source, span, _context.NextOrder, RegistryOperation.SetValue, key.Path, key.Span, name, nameSpan, converted.Data, value.Span, view)
        {
            Form = WriteForm.DotNet,
            KeyCertainty = key.Certainty,
            NameCertainty = nameCertainty,
            DataCertainty = converted.Data is null ? Certainty.Unresolved : converted.Certainty,
            TypeOrigin = origin,
            TypeSpan = kind?.Span,
            RelatedSpans = Related(scope, span),
            DataAsWritten = RegistryConversion.DescribeNumberStoredAsText(value, converted.Data),
        });
    }

    /// <summary>Adds a write that HV0955 does not compare (it only trusts cmdlet writes at the top level).</summary>
    private void AddWrite(RegistryWrite write)
    {
        _context.Writes.Add(write);
        _unconditional.Remove(write.Order);
    }
}
