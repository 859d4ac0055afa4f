using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>
/// HV0706: a setting written while the value that decides whether its component reads it (its
/// gate, the catalog's <c>requires</c>) is closed: set otherwise, deleted, or left at a default
/// that closes it.
/// </summary>
public sealed class HV0706GatedSettingWithoutGate : Rule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0706",
        "GatedSettingWithoutGate",
        "A setting is written, but the value that makes its component read it is not set to match.",
        "Some settings are read only while another value says so: storvsp pins its worker threads (AffinitizeThreads) only when it spreads work (SpreadWork = 1), the synthetic video driver reads the dual- and auxiliary-display values only for the matching MonitorCount, and hvloader skips the MetadataMemoryPartition subkey while IgnoreMemPart is non-zero. When the same file (or another file of the host, with --as-one-host) sets that gate otherwise, deletes it, or leaves it at a default that closes it, the setting has no effect.",
        RuleCategory.Conflict);

    private enum GateState
    {
        Absent,
        Set,
        Deleted,
        Unknown,
    }

    /// <inheritdoc />
    public override bool AnalyzesHost => true;

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var registry = context.EffectiveWrites().OfType<RegistryWrite>().ToArray();
        var manyFiles = registry.Select(w => w.Source).Distinct().Skip(1).Any();
        foreach (var (write, entry, isKey) in GatedWrites(context, registry))
        {
            // One finding per write: the first gate known to be closed. A gate whose final state
            // is not known (computed, conditional) says nothing, but another gate still may.
            foreach (var gate in entry.Requires)
            {
                if (Check(context, registry, manyFiles, write, entry, isKey, gate))
                {
                    break;
                }
            }
        }
    }

    // The last unconditional, known set of each gated value (a later delete forgets it, as does
    // a conditional or computed rewrite), and the first unconditional creation of each gated
    // key-only key that is not deleted again.
    private static IEnumerable<(RegistryWrite Write, CatalogEntry Entry, bool IsKey)> GatedWrites(FileContext context, RegistryWrite[] registry)
    {
        var values = LastWrites.Of(context).Values
            .Where(x => x.Entry.Requires.Count > 0 && context.KeyOf(x.Write).HiveMatches)
            .Select(x => (x.Write, x.Entry, IsKey: false));

        var keys = new Dictionary<string, (RegistryWrite Write, CatalogEntry Entry)>(StringComparer.Ordinal);
        foreach (var w in registry)
        {
            if (w.Operation == RegistryOperation.DeleteKey)
            {
                var prefix = w.Key.MatchKey;
                foreach (var k in keys.Keys.Where(k => w.KeyCertainty == Certainty.Unresolved || k == prefix || k.StartsWith(prefix + "\\", StringComparison.Ordinal)).ToArray())
                {
                    keys.Remove(k);
                }
            }
            else if (w.Operation == RegistryOperation.CreateKey && !w.IsConditional && w.KeyCertainty != Certainty.Unresolved
                && !keys.ContainsKey(w.Key.MatchKey)
                && context.KeyOf(w) is { HiveMatches: true } match
                && match.Entries.FirstOrDefault(e => e.KeyOnly && e.Requires.Count > 0) is { } entry)
            {
                keys[w.Key.MatchKey] = (w, entry);
            }
        }

        return values.Concat(keys.Values.Select(x => (x.Write, x.Entry, IsKey: true))).OrderBy(x => x.Write.Order);
    }

    private static bool Check(FileContext context, RegistryWrite[] registry, bool manyFiles, RegistryWrite write, CatalogEntry entry, bool isKey, GateRequirement gate)
    {
        var gateKey = gate.Key ?? write.Key;
        var (state, gateWrite) = FinalState(registry, gateKey, gate.Name);
        var number = state switch
        {
            GateState.Set => gateWrite!.Data!.Number,
            GateState.Absent or GateState.Deleted => context.Catalog.FindValue(context.Catalog.MatchKey(gateKey), gate.Name)?.Default?.Number,
            _ => null,
        };
        if (number is not { } n || gate.IsMetBy(n))
        {
            return false;
        }

        // A gate in another key (a parent's switch over a subkey) reads better with the subkey named.
        var label = gate.Key is null ? write.DisplayName : $"{write.Key.Name}\\{write.DisplayName}";
        var subject = isKey ? $"The key '{write.Key.Name}'" : $"'{label}' = {Facts.Data(write)}";
        var remove = isKey ? "this key" : $"'{label}'";
        var name = $"'{gate.Name}'";
        var gateName = gate.Key is null ? name : $"{name} in {gateKey.Text}";
        var why = Facts.Clause(gate.Note) + "." + Facts.Inferred("This gate", gate.Basis);
        var message = state switch
        {
            GateState.Set =>
                $"{subject} is ignored: {Facts.Reader(entry)} reads it only while {gateName} is {Is(gate)}, but {RuleContext.Place(gateWrite!, write)} sets {name} = {gateWrite!.Data!.ToDisplayString()}; {why} Set {name} {To(gate)}, or remove {remove}.",
            GateState.Deleted =>
                $"{subject} takes effect only if {gateName} is {Is(gate)} on the host, but {RuleContext.Place(gateWrite!, write)} deletes {name}{With(gateWrite!)}, so its default {Facts.Number(n)} applies and {Facts.Reader(entry)} ignores {remove}; {why} Set {name} {To(gate)} instead of deleting it, or remove {remove}.",
            _ =>
                $"{subject} takes effect only if {gateName} is {Is(gate)} on the host, and {(manyFiles ? "these files do" : "this file does")} not set it (its default is {Facts.Number(n)}); {why} Set {name} {To(gate)} in {(manyFiles ? "these files" : "this file")}, or remove {remove}.",
        };
        IReadOnlyList<RelatedLocation>? related = gateWrite is null
            ? null
            : [new RelatedLocation(context.At(gateWrite, GateSpan(gateWrite)), $"{name}, which decides whether {remove} is read.")];
        context.Report(isKey ? write.KeySpan : write.DataOrNameSpan, message, write, related, atMost: Facts.AtMost(gate.Basis));
        return true;
    }

    // What the gate holds once every write has applied: the last write wins, wherever the gated
    // write is, since the component reads both when it starts. A write that may or may not touch
    // the gate (conditional, computed key or name, computed or non-numeric data) makes it unknown.
    private static (GateState State, RegistryWrite? Write) FinalState(RegistryWrite[] registry, RegistryKeyPath key, string name)
    {
        var state = (GateState.Absent, (RegistryWrite?)null);
        foreach (var w in registry)
        {
            var keyUnknown = w.KeyCertainty == Certainty.Unresolved;
            var sameKey = !keyUnknown && w.Key.MatchKey == key.MatchKey;
            switch (w.Operation)
            {
                case RegistryOperation.SetValue or RegistryOperation.DeleteValue:
                    var nameUnknown = w.NameCertainty == Certainty.Unresolved;
                    if (!(sameKey || keyUnknown) || !(nameUnknown || string.Equals(w.ValueName, name, StringComparison.OrdinalIgnoreCase)))
                    {
                        continue;
                    }

                    state = keyUnknown || nameUnknown || w.IsConditional ? (GateState.Unknown, null)
                        : w.Operation == RegistryOperation.DeleteValue ? (GateState.Deleted, w)
                        : w.DataCertainty == Certainty.Unresolved || w.Data?.Number is null ? (GateState.Unknown, null)
                        : (GateState.Set, w);
                    break;
                case RegistryOperation.DeleteKey or RegistryOperation.DeleteAllValues:
                    var covers = keyUnknown || (w.Operation == RegistryOperation.DeleteKey ? key.IsAtOrBelow(w.Key) : sameKey);
                    if (covers)
                    {
                        state = keyUnknown || w.IsConditional ? (GateState.Unknown, null) : (GateState.Deleted, w);
                    }

                    break;
            }
        }

        return state;
    }

    private static string Is(GateRequirement gate) => gate.Condition switch
    {
        GateCondition.EqualTo => Facts.Decimal(gate.Value!.Value),
        GateCondition.AtLeast => $"at least {Facts.Decimal(gate.Value!.Value)}",
        GateCondition.Zero => "0",
        _ => "non-zero",
    };

    private static string To(GateRequirement gate) => gate.Condition switch
    {
        GateCondition.EqualTo => $"to {Facts.Decimal(gate.Value!.Value)}",
        GateCondition.AtLeast => $"to {Facts.Decimal(gate.Value!.Value)} or more",
        GateCondition.Zero => "to 0",
        _ => "to a non-zero value",
    };

    private static string With(RegistryWrite delete) => delete.Operation switch
    {
        RegistryOperation.DeleteKey => " with its key",
        RegistryOperation.DeleteAllValues => " with the key's other values",
        _ => string.Empty,
    };

    private static TextSpan GateSpan(RegistryWrite w) => w.Operation switch
    {
        RegistryOperation.SetValue => w.DataOrNameSpan,
        RegistryOperation.DeleteValue => w.NameOrStatementSpan,
        _ => w.KeySpan,
    };
}
