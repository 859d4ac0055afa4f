using System.Globalization;
using System.Text;
using System.Text.Json;
using HvLint.Core.Engine;
using HvLint.Core.Model;

namespace HvLint.Cli.Output;

/// <summary>
/// Text and JSON views of the write model for 'hvlint writes': what a script will change, in
/// the order it would be applied. The JSON shape is documented in docs/writes-json.md and is
/// stable: fields are only ever added.
/// </summary>
internal static class WritesFormatter
{
    private static readonly JsonWriterOptions s_json = new() { Indented = true };

    /// <summary>Text for people: runs of writes under one key grouped under a key line, columns aligned.</summary>
    public static string Text(IReadOnlyList<FileResult> results)
    {
        var sb = new StringBuilder();
        foreach (var r in results)
        {
            sb.Append("== ").Append(TextEscaper.Escape(r.Path)).Append(" (").Append(r.Writes.Count.ToString(CultureInfo.InvariantCulture)).Append(r.Writes.Count == 1 ? " write" : " writes").Append(")\n");
            string? group = null;
            var rows = new List<(string Group, string[] Cells)>();
            foreach (var w in r.Writes)
            {
                rows.Add(w switch
                {
                    RegistryWrite rw => (GroupOf(rw), [Op(rw), Name(rw), rw.Data is null ? string.Empty : RegistryValueTypes.Name(rw.Data.RawType), DataText(rw), Where(rw), Certainties(rw)]),
                    BcdWrite bw => (GroupOf(bw), [bw.Operation == BcdOperation.Set ? "set" : "delete", bw.Element, string.Empty, bw.ValueCertainty == Certainty.Unresolved ? "(computed at run time)" : bw.Value?.Text ?? string.Empty, Where(bw), Certainties(bw)]),
                    HyperVSettingWrite hw => (GroupOf(hw), [hw.Fails ? "fails" : "set", hw.Parameter is null ? "-" + hw.ParameterAsWritten : hw.WmiClass is not null ? $"{hw.WmiClass}.{hw.Parameter}" : hw.Parameter.Length == 0 ? hw.Cmdlet : "-" + hw.Parameter, string.Empty, hw.Parameter is null ? "(parameter not bound: the command fails)" : hw.ValueCertainty == Certainty.Unresolved ? "(computed at run time)" : hw.Value ?? string.Empty, Where(hw), Certainties(hw)]),
                    _ => (string.Empty, []),
                });
            }

            // Names and data come from the file: control characters are shown escaped (\x1b),
            // never sent to the terminal.
            rows = [.. rows.Select(x => (TextEscaper.Escape(x.Group), x.Cells.Select(c => TextEscaper.Escape(c)).ToArray()))];
            var widths = Enumerable.Range(0, 4).Select(i => rows.Count == 0 ? 0 : Math.Min(60, rows.Max(x => x.Cells.Length > i ? x.Cells[i].Length : 0))).ToArray();
            foreach (var (g, cells) in rows)
            {
                if (!string.Equals(g, group, StringComparison.Ordinal))
                {
                    sb.Append(g).Append('\n');
                    group = g;
                }

                sb.Append("  ");
                for (var i = 0; i < 4; i++)
                {
                    sb.Append(cells[i].PadRight(widths[i])).Append("  ");
                }

                sb.Append(cells[4]);
                if (cells[5].Length > 0)
                {
                    sb.Append("  ").Append(cells[5]);
                }

                sb.Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>JSON for tools: one object per write.</summary>
    public static string Json(IReadOnlyList<FileResult> results)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_json))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("writes");
            foreach (var r in results)
            {
                foreach (var w in r.Writes)
                {
                    WriteJson(json, r.Path, w);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteJson(Utf8JsonWriter json, string path, Write w)
    {
        json.WriteStartObject();
        json.WriteString("file", path);
        json.WriteNumber("order", w.Order);
        switch (w)
        {
            case RegistryWrite rw:
                json.WriteString("store", "registry");
                json.WriteString("operation", rw.Operation switch
                {
                    RegistryOperation.SetValue => "setValue",
                    RegistryOperation.DeleteValue => "deleteValue",
                    RegistryOperation.CreateKey => "createKey",
                    RegistryOperation.DeleteKey => "deleteKey",
                    _ => "deleteAllValues",
                });
                json.WriteString("key", rw.KeyCertainty == Certainty.Unresolved ? null : rw.Key.Text);
                json.WriteString("view", rw.View switch { RegistryView.Registry32 => "32", RegistryView.Registry64 => "64", _ => "default" });
                if (rw.ValueName is null)
                {
                    json.WriteNull("name");
                }
                else
                {
                    json.WriteString("name", rw.NameCertainty == Certainty.Unresolved ? null : rw.ValueName);
                }

                if (rw.Operation == RegistryOperation.SetValue)
                {
                    json.WriteString("type", rw.Data is null ? null : RegistryValueTypes.Name(rw.Data.RawType));
                    json.WritePropertyName("data");
                    WriteData(json, rw);
                    json.WriteString("typeOrigin", rw.TypeOrigin switch { TypeOrigin.ToolDefault => "toolDefault", TypeOrigin.InferredFromValue => "inferredFromValue", _ => "explicit" });
                }

                json.WriteStartObject("certainty");
                json.WriteString("key", Name(rw.KeyCertainty));
                json.WriteString("name", Name(rw.NameCertainty));
                json.WriteString("data", Name(rw.DataCertainty));
                json.WriteEndObject();
                break;
            case BcdWrite bw:
                json.WriteString("store", "bcd");
                json.WriteString("operation", bw.Operation == BcdOperation.Set ? "set" : "deleteValue");
                json.WriteString("bcdStore", bw.Store);
                json.WriteString("object", bw.ObjectCertainty == Certainty.Unresolved ? null : bw.Object.ToString());
                json.WriteString("element", bw.Element);
                json.WriteString("value", bw.ValueCertainty == Certainty.Unresolved ? null : bw.Value?.Text);
                json.WriteStartObject("certainty");
                json.WriteString("object", Name(bw.ObjectCertainty));
                json.WriteString("value", Name(bw.ValueCertainty));
                json.WriteEndObject();
                break;
            case HyperVSettingWrite hw:
                json.WriteString("store", "hyperv");
                json.WriteString("operation", hw.Fails ? "fails" : "set");
                json.WriteString("cmdlet", hw.Cmdlet);
                json.WriteString("cmdletAsWritten", hw.CmdletAsWritten);
                json.WriteString("parameter", hw.Parameter);
                json.WriteString("parameterAsWritten", hw.ParameterAsWritten);
                if (hw.WmiClass is not null)
                {
                    json.WriteString("wmiClass", hw.WmiClass);
                }

                json.WriteString("scope", hw.Scope switch { HyperVScope.Host => "host", HyperVScope.Switch => "switch", HyperVScope.Adapter => "adapter", _ => "vm" });
                json.WriteString("computerName", hw.ComputerName);
                json.WriteString("targetParameter", hw.TargetParameter);
                json.WriteString("target", hw.TargetCertainty == Certainty.Unresolved ? null : hw.Target);
                if (hw.VMName is not null)
                {
                    json.WriteString("vmName", hw.VMName);
                }

                if (hw.ManagementOS)
                {
                    json.WriteBoolean("managementOS", true);
                }

                json.WriteString("value", hw.ValueCertainty == Certainty.Unresolved ? null : hw.Value);
                json.WriteStartObject("certainty");
                json.WriteString("target", Name(hw.TargetCertainty));
                json.WriteString("value", Name(hw.ValueCertainty));
                json.WriteEndObject();
                break;
        }

        json.WriteBoolean("conditional", w.IsConditional);
        var start = w.Source.GetPosition(w.Span.Start);
        var end = w.Source.GetPosition(w.Span.End);
        json.WriteStartObject("location");
        json.WriteNumber("startLine", start.Line);
        json.WriteNumber("startColumn", start.Column);
        json.WriteNumber("endLine", end.Line);
        json.WriteNumber("endColumn", end.Column);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteData(Utf8JsonWriter json, RegistryWrite w)
    {
        var d = w.Data;
        if (d is null || w.DataCertainty == Certainty.Unresolved)
        {
            json.WriteNullValue();
        }
        else if (d.Number is { } n && d.Type is RegistryValueType.DWord or RegistryValueType.QWord or RegistryValueType.DWordBigEndian)
        {
            json.WriteNumberValue(n);
        }
        else if (d.Text is { } s)
        {
            json.WriteStringValue(s);
        }
        else if (d.Strings is { } list)
        {
            json.WriteStartArray();
            foreach (var item in list)
            {
                json.WriteStringValue(item);
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteStringValue(string.Join(' ', (d.Bytes ?? []).Select(b => b.ToString("x2", CultureInfo.InvariantCulture))));
        }
    }

    private static string Name(Certainty c) => c switch { Certainty.Resolved => "resolved", Certainty.Unresolved => "unresolved", _ => "literal" };

    private static string GroupOf(RegistryWrite w) =>
        (w.KeyCertainty == Certainty.Unresolved ? "(key computed at run time)" : w.Key.Text) + (w.View == RegistryView.Registry32 ? "  [32-bit view]" : string.Empty);

    private static string GroupOf(BcdWrite w) =>
        "BCD " + (w.Store is null ? string.Empty : $"store {w.Store} ") + (w.ObjectCertainty == Certainty.Unresolved ? "(object computed at run time)" : w.Object.ToString());

    private static string Op(RegistryWrite w) => w.Operation switch
    {
        RegistryOperation.SetValue => "set",
        RegistryOperation.DeleteValue => "delete",
        RegistryOperation.CreateKey => "create key",
        RegistryOperation.DeleteKey => "delete key",
        _ => "delete all values",
    };

    private static string Name(RegistryWrite w) => w.ValueName is null ? string.Empty : w.NameCertainty == Certainty.Unresolved ? "(computed)" : w.DisplayName;

    private static string DataText(RegistryWrite w) => w.Operation != RegistryOperation.SetValue ? string.Empty
        : w.DataCertainty == Certainty.Unresolved || w.Data is null ? "(computed at run time)"
        : w.Data.Number is { } n && w.Data.Type is RegistryValueType.DWord or RegistryValueType.QWord ? n.ToString(CultureInfo.InvariantCulture) + (n > 9 ? string.Create(CultureInfo.InvariantCulture, $" (0x{n:x})") : string.Empty)
        : w.Data.ToDisplayString();

    private static string Where(Write w)
    {
        var p = w.Source.GetPosition(w.Span.Start);
        return string.Create(CultureInfo.InvariantCulture, $"{w.Source.Path}:{p.Line}:{p.Column}");
    }

    private static string Certainties(RegistryWrite w) =>
        w.KeyCertainty == Certainty.Literal && w.NameCertainty == Certainty.Literal && w.DataCertainty == Certainty.Literal
            ? (w.IsConditional ? "[conditional]" : string.Empty)
            : $"[key {Name(w.KeyCertainty)}, name {Name(w.NameCertainty)}, data {Name(w.DataCertainty)}]" + (w.IsConditional ? " [conditional]" : string.Empty);

    private static string GroupOf(HyperVSettingWrite w) =>
        w.Cmdlet + " " + w.TargetDisplay + (w.Scope != HyperVScope.Host && w.ComputerName is not null ? $" on '{w.ComputerName}'" : string.Empty);

    private static string Certainties(HyperVSettingWrite w) =>
        (w.TargetCertainty == Certainty.Literal && (w.ValueCertainty == Certainty.Literal || w.Parameter is null) ? string.Empty : $"[target {Name(w.TargetCertainty)}, value {Name(w.ValueCertainty)}]")
        + (w.IsConditional ? " [conditional]" : string.Empty);

    private static string Certainties(BcdWrite w) =>
        (w.ObjectCertainty == Certainty.Literal && w.ValueCertainty == Certainty.Literal ? string.Empty : $"[object {Name(w.ObjectCertainty)}, value {Name(w.ValueCertainty)}]")
        + (w.IsConditional ? " [conditional]" : string.Empty);
}
