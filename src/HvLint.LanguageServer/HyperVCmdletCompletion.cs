using HvLint.Core.Catalog;
using HvLint.Parsers.PowerShell.HyperV;

namespace HvLint.LanguageServer;

/// <summary>
/// Completion after a Hyper-V module cmdlet (Set-VMProcessor, Set-VMNetworkAdapter, New-VMSwitch
/// ...), from the cursor's line alone: its parameter names after a dash, from the tables the
/// PowerShell front end binds with; and after a parameter whose catalog entry lists the values it
/// takes (-MacAddressSpoofing, -MinimumBandwidthMode, a Boolean), those values. A command HvLint
/// does not bind gets nothing.
/// </summary>
internal static class HyperVCmdletCompletion
{
    public static IEnumerable<Proposal> At(string cmdlet, List<LineToken> args, int at, int cursor, int end, SettingsCatalog catalog)
    {
        var token = args[at];
        if (token.Quote == '\0' && token.Text.StartsWith('-'))
        {
            // -Parameter:value with the cursor after the colon completes the value.
            var colon = token.Text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && cursor > token.Start + colon)
            {
                var parameter = HyperVCmdletParameters.Resolve(cmdlet, token.Text[1..colon]);
                var value = new LineToken(token.Start + colon + 1, token.End, token.Text[(colon + 1)..], '\0', true, false);
                return parameter is null ? [] : Values(cmdlet, parameter, value, end, catalog);
            }

            return colon > 0 ? [] : Parameters(cmdlet, args, at, token, end, catalog);
        }

        if (at > 0 && args[at - 1] is { Quote: '\0' } previous && previous.Text.Length > 1 && previous.Text[0] == '-'
            && !previous.Text.Contains(':', StringComparison.Ordinal)
            && HyperVCmdletParameters.Resolve(cmdlet, previous.Text[1..]) is { } named)
        {
            return Values(cmdlet, named, token, end, catalog);
        }

        return [];
    }

    // Every parameter not already given on the line; the settings the catalog knows first.
    private static IEnumerable<Proposal> Parameters(string cmdlet, List<LineToken> args, int at, LineToken token, int end, SettingsCatalog catalog)
    {
        var given = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            if (i != at && args[i].Quote == '\0' && args[i].Text.Length > 1 && args[i].Text[0] == '-'
                && HyperVCmdletParameters.Resolve(cmdlet, args[i].Text[1..].Split(':')[0]) is { } name)
            {
                given.Add(name);
            }
        }

        foreach (var p in HyperVCmdletParameters.Of(cmdlet).Where(p => !given.Contains(p.Name)))
        {
            var entry = catalog.FindHyperVSetting(cmdlet, p.Name);
            var aliases = p.Aliases.Count == 0 ? string.Empty : $" (alias {string.Join(", ", p.Aliases.Select(a => "-" + a))})";
            yield return new Proposal("-" + p.Name, "-" + p.Name, token.Start, end, CompletionItemKind.Property)
            {
                Detail = entry is not null ? $"{entry.WmiClass}.{entry.Name}: {CatalogSummary.Detail(entry)}{aliases}"
                    : p.IsSwitch ? "switch" + aliases
                    : aliases.Length == 0 ? null : aliases.TrimStart(),
                Entry = entry,
                Sort = entry is not null ? "1" : p.IsSetting ? "2" : "3",
            };
        }
    }

    // The words an enum parameter takes, or $true and $false for a Boolean one.
    private static IEnumerable<Proposal> Values(string cmdlet, string parameter, LineToken token, int end, SettingsCatalog catalog)
    {
        if (catalog.FindHyperVSetting(cmdlet, parameter) is not { Constraint: { } constraint })
        {
            return [];
        }

        if (constraint.Kind == ConstraintKind.Boolean)
        {
            // A quoted 'True' is a string, which a Boolean parameter refuses: only bare $true/$false.
            return token.Quote != '\0' ? [] :
            [
                new Proposal("$true", "$true", token.Start, end, CompletionItemKind.EnumMember) { Detail = "on", Sort = "0" },
                new Proposal("$false", "$false", token.Start, end, CompletionItemKind.EnumMember) { Detail = "off", Sort = "1" },
            ];
        }

        return constraint.Kind != ConstraintKind.Enum ? [] : constraint.Values.Select((v, i) =>
        {
            var word = v.Name ?? v.Value.ToString();
            var quoted = token.Quote == '\0' ? word : token.Quote + word + token.Quote;
            return new Proposal(word, quoted, token.Start, end, CompletionItemKind.EnumMember)
            {
                Detail = v.Meaning,
                Filter = token.Quote == '\0' ? word : token.Quote + word,
                Sort = i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture),
            };
        });
    }
}
