using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Model;
using HvLint.Core.Rules;
using HvLint.Core.Text;

namespace HvLint.Rules;

/// <summary>HV0102: a subkey that no Hyper-V component reads, under a key Hyper-V owns.</summary>
public sealed class HV0102UnknownKey : Rule
{
    // "A registry tree can be 512 levels deep" (Microsoft Learn, Registry element size limits).
    private const int MaxKeyDepth = 512;

    /// <inheritdoc />
    public override RuleDescriptor Descriptor { get; } = new(
        "HV0102",
        "UnknownKey",
        "A registry key that no Hyper-V component reads.",
        "Values written under a misspelt or invented subkey are stored but never read. Under the subtrees Hyper-V owns, HvLint knows every subkey that is read; in keys Hyper-V shares with Windows (Services, Control, Control\\Class) it only reports a name a few edits away from a Hyper-V key that is not a name Windows itself uses.",
        RuleCategory.UnknownName);

    /// <inheritdoc />
    public override void AnalyzeFile(FileContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var seen = new HashSet<RegistryKeyPath>();
        var judged = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var write in context.Writes.OfType<RegistryWrite>())
        {
            if (write.KeyCertainty == Certainty.Unresolved || write.Operation == RegistryOperation.DeleteKey || !seen.Add(write.Key))
            {
                continue;
            }

            // Every key Hyper-V reads is under HKLM; HKCU writes are HV0802's business.
            var key = context.KeyOf(write);
            if (key.IsKnownKey || write.Key.Hive != RegistryHive.LocalMachine)
            {
                continue;
            }

            // The first unknown segment below the deepest ancestor the catalog knows is the
            // mistake. The ancestors of an unknown key are known exactly when they lead to a
            // catalog key, so the known ones are the first few levels (Windows nests keys at
            // most 512 levels deep, far below any catalog key).
            var path = write.Key.Ancestor(MaxKeyDepth + 1);
            var depth = context.Catalog.FirstUnknownDepth(path);
            if (depth <= 0)
            {
                continue;
            }

            // Many keys share their first unknown segment (a vendor's whole tree under SOFTWARE):
            // it is judged once.
            var unknown = path.Ancestor(depth);
            if (!judged.TryGetValue(unknown.Text, out var message))
            {
                message = Judge(context, path.Ancestor(depth - 1), unknown);
                judged[unknown.Text] = message;
            }

            if (message is null)
            {
                continue;
            }

            context.Report(write.KeySpan, message, write);
        }
    }

    // The message for an unknown key below a known parent, or null when it is not a finding.
    private static string? Judge(FileContext context, RegistryKeyPath parent, RegistryKeyPath unknown)
    {
        // A name that is only wrong by surrounding whitespace is the front end's finding
        // (HV0008 for .reg); reporting it twice would say the same thing twice.
        if (unknown.Name.Trim().Length != unknown.Name.Length)
        {
            return null;
        }

        var parentMatch = context.Catalog.MatchKey(parent);
        var siblings = context.Catalog.KnownSubkeyNames(parent).Where(n => !n.StartsWith('<')).ToArray();
        var suggestions = NameSuggester.Suggest(unknown.Name, siblings);
        var ownedSubtree = parentMatch.Owner is { Subtree: true } && parentMatch.HiveMatches;
        // Outside the subtrees Hyper-V owns the parent is shared (Services, Control,
        // Control\Class, ...): an unknown key there is someone else's business unless it is a
        // near miss of a Hyper-V key, and a name Windows itself uses never is one, however
        // close (StorSvc beside storvsc, Tcpip6 beside Tcpip).
        if (!ownedSubtree && (suggestions.Count == 0 || WindowsKeyNames.BuiltIn.Contains(parent, unknown.Name)))
        {
            return null;
        }

        return $"No Hyper-V component reads the key '{unknown.Name}' under '{parent.Text}'; values written there are ignored.{NameSuggester.DidYouMean(suggestions)}";
    }
}
