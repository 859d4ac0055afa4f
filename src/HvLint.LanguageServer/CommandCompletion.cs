using System.Globalization;
using System.Text;
using HvLint.Core.Catalog;
using HvLint.Core.Model;
using HvLint.Parsers.PowerShell.HyperV;

namespace HvLint.LanguageServer;

/// <summary>One argument of a command line: where it is, its text without quotes, its opening quote.</summary>
internal readonly record struct LineToken(int Start, int End, string Text, char Quote, bool Closed, bool Separator);

/// <summary>
/// Completion in batch files and PowerShell scripts, from the cursor's line alone: reg.exe's
/// <c>/v</c>, <c>/t</c> and <c>/d</c> under a literal key; the registry cmdlets' <c>-Name</c>,
/// <c>-Type</c> and <c>-Value</c> under a literal <c>-Path</c>; bcdedit's elements after
/// <c>/set {id}</c> and their values; the Hyper-V cmdlets' parameters and their values
/// (<see cref="HyperVCmdletCompletion"/>). A key written with a variable gives nothing: what it
/// names is known only when the script runs.
/// </summary>
internal static class CommandCompletion
{
    private static readonly (string Text, string Meaning)[] s_booleans = [("on", "on"), ("off", "off"), ("yes", "on"), ("no", "off")];

    public static IEnumerable<Proposal> At(string line, int cursor, bool powerShell, SettingsCatalog catalog)
    {
        var all = Tokenize(line, powerShell);
        var from = 0;
        var to = all.Count;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Separator && all[i].End <= cursor)
            {
                from = i + 1;
            }
            else if (all[i].Separator && to == all.Count)
            {
                to = i;
            }
        }

        var tokens = all.GetRange(from, to - from);
        var current = tokens.FindIndex(t => t.Start <= cursor && cursor <= t.End);
        if (current < 0)
        {
            // Between arguments: an empty one at the cursor.
            current = tokens.Count(t => t.End < cursor);
            tokens.Insert(current, new LineToken(cursor, cursor, string.Empty, '\0', true, false));
        }

        for (var i = 0; i < current; i++)
        {
            if (tokens[i].Quote == '\0' && CommandName(tokens[i].Text, powerShell) is { } known)
            {
                var args = tokens.GetRange(i + 1, tokens.Count - i - 1);
                var at = current - i - 1;
                var token = tokens[current];
                var end = token.Closed ? token.End : Math.Min(token.End, RunEnd(line, cursor));
                return known switch
                {
                    "reg" => RegExe(line, args, at, cursor, end, powerShell, catalog),
                    "bcdedit" => BcdEdit(args, at, end, catalog),
                    "hyperv" => HyperVCmdletCompletion.At(HyperVCmdletParameters.CmdletName(tokens[i].Text.TrimStart('@'))!, args, at, cursor, end, catalog),
                    _ => Cmdlet(line, args, at, cursor, end, catalog),
                };
            }
        }

        return [];
    }

    // reg add KEY /v NAME /t TYPE /d DATA (and reg delete KEY /v NAME).
    private static IEnumerable<Proposal> RegExe(string line, List<LineToken> args, int at, int cursor, int end, bool powerShell, SettingsCatalog catalog)
    {
        if (at == 1 && args[0].Text.ToUpperInvariant() is "ADD" or "DELETE" or "QUERY")
        {
            return KeyPath(line, args[1], cursor, powerShell: false, catalog);
        }

        if (at < 3 || args[0].Text.ToUpperInvariant() is not ("ADD" or "DELETE") || Written(line, args[1], powerShell: false) is not { } key)
        {
            return [];
        }

        var token = args[at];
        var option = args[at - 1].Quote == '\0' ? args[at - 1].Text.ToUpperInvariant() : string.Empty;
        switch (option)
        {
            case "/V" or "-V":
                return Completions.ValueNames(catalog, key.Path, token.Start, end, e => Quoted(e.Name!, token.Quote, '"'), n => Filter(n, token.Quote), new HashSet<string>());
            case "/T" or "-T" when args[0].Text.Equals("add", StringComparison.OrdinalIgnoreCase):
                return EntryOf(catalog, key, args, "/V", "-V") is { } typed
                    ? typed.Types.Select((t, i) => new Proposal(RegistryValueTypes.Name(t), RegistryValueTypes.Name(t), token.Start, end, CompletionItemKind.Keyword) { Sort = i.ToString(CultureInfo.InvariantCulture), Preselect = i == 0, Detail = $"the type of {typed.Name}" })
                    : [];
            case "/D" or "-D" when args[0].Text.Equals("add", StringComparison.OrdinalIgnoreCase):
                return EntryOf(catalog, key, args, "/V", "-V") is { } entry ? AllowedData(entry, token, end, '"') : [];
            default:
                return [];
        }
    }

    // Set-ItemProperty / New-ItemProperty / Remove-ItemProperty [-Path] KEY -Name NAME [-Type|-PropertyType T] [-Value V].
    private static IEnumerable<Proposal> Cmdlet(string line, List<LineToken> args, int at, int cursor, int end, SettingsCatalog catalog)
    {
        var token = args[at];
        if (token.Text.StartsWith('-') && token.Quote == '\0')
        {
            return [];
        }

        LineToken? nameToken = null;
        LineToken? pathToken = null;
        string? parameterAtCursor = null;
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.Quote == '\0' && a.Text.Length > 1 && a.Text[0] == '-' && !char.IsDigit(a.Text[1]))
            {
                var parameter = Parameter(a.Text[1..].TrimEnd(':'));
                if (parameter is null)
                {
                    continue; // A switch (-Force) or a parameter completion does not need.
                }

                if (i + 1 < args.Count)
                {
                    if (i + 1 == at)
                    {
                        parameterAtCursor = parameter;
                    }
                    else if (parameter == "path")
                    {
                        pathToken = args[i + 1];
                    }
                    else if (parameter == "name")
                    {
                        nameToken = args[i + 1];
                    }
                }

                i++;
                continue;
            }

            if (i != at)
            {
                pathToken ??= a; // The first positional argument is -Path.
            }
        }

        if (parameterAtCursor == "path" || (parameterAtCursor is null && FirstPositional(args) == at))
        {
            return KeyPath(line, token, cursor, powerShell: true, catalog);
        }

        if (parameterAtCursor is null || pathToken is not { } p || Written(line, p, powerShell: true) is not { } key)
        {
            return [];
        }

        switch (parameterAtCursor)
        {
            case "name":
                return Completions.ValueNames(catalog, key.Path, token.Start, end, e => Quoted(e.Name!, token.Quote, '\''), n => Filter(n, token.Quote), new HashSet<string>());
            case "type" when LiteralName(nameToken) is { } name && FindValue(catalog, key, name) is { } entry:
                return entry.Types.Select(CatalogSummary.PowerShellKind).OfType<string>()
                    .Select((k, i) => new Proposal(k, k, token.Start, end, CompletionItemKind.EnumMember) { Sort = i.ToString(CultureInfo.InvariantCulture), Preselect = i == 0, Detail = $"the type of {entry.Name}" });
            case "value" when LiteralName(nameToken) is { } name && FindValue(catalog, key, name) is { } entry:
                return AllowedData(entry, token, end, '\'');
            default:
                return [];
        }
    }

    // bcdedit [/store FILE] /set [{id}] ELEMENT VALUE, and /deletevalue [{id}] ELEMENT.
    private static IEnumerable<Proposal> BcdEdit(List<LineToken> args, int at, int end, SettingsCatalog catalog)
    {
        var op = args.FindIndex(a => a.Quote == '\0' && a.Text.ToUpperInvariant() is "/SET" or "/DELETEVALUE" or "-SET" or "-DELETEVALUE");
        if (op < 0 || op >= at)
        {
            return [];
        }

        var set = args[op].Text.EndsWith("set", StringComparison.OrdinalIgnoreCase);
        var element = op + 1;
        string? objectType = "osloader"; // No identifier: {current}, the running OS loader entry.
        if (op + 1 < args.Count && op + 1 != at && args[op + 1].Text.StartsWith('{'))
        {
            element = op + 2;
            var id = args[op + 1].Text.Trim('{', '}');
            objectType = Guid.TryParse(id, out _) ? null : BcdObjectReference.FromAlias(id)?.ObjectType;
        }

        var token = args[at];
        if (at == element)
        {
            return catalog.Entries
                .Where(e => e.Store == CatalogStore.Bcd && e.Name is not null && (objectType is null || e.BcdObjects.Count == 0 || e.BcdObjects.Contains(objectType, StringComparer.OrdinalIgnoreCase)))
                .Select(e => new Proposal(e.Name!, e.Name!, token.Start, end, CompletionItemKind.Property)
                {
                    Detail = CatalogSummary.Detail(e),
                    Entry = e,
                    Deprecated = e.Deprecated is not null,
                    Sort = e.Deprecated is not null ? "3" : e.HasTag(CatalogTag.Undocumented) ? "2" : "1",
                });
        }

        if (!set || at != element + 1 || catalog.FindBcdElement(args[element].Text) is not { Constraint: { } constraint } entry)
        {
            return [];
        }

        if (constraint.Kind == ConstraintKind.Boolean)
        {
            // bcdedit reads 1, on, yes, true and 0, off, no, false (docs/formats.md §3.3).
            return s_booleans.Select((b, i) => new Proposal(b.Text, b.Text, token.Start, end, CompletionItemKind.EnumMember) { Detail = b.Meaning, Sort = i.ToString(CultureInfo.InvariantCulture) });
        }

        return constraint.Kind == ConstraintKind.Enum
            ? constraint.Values.Select((v, i) => v.Name ?? v.Value.ToString())
                .Zip(constraint.Values, (text, v) => new Proposal(text, text, token.Start, end, CompletionItemKind.EnumMember) { Detail = v.Meaning + (v.Documented ? string.Empty : " (undocumented)"), Sort = v.Documented ? "0" : "1" })
            : [];
    }

    // The numbers a DWORD or QWORD takes, or the texts of a string, as reg.exe's /d or -Value writes them.
    private static IEnumerable<Proposal> AllowedData(CatalogEntry entry, LineToken token, int end, char quote)
    {
        if (entry.PreferredType is RegistryValueType.DWord or RegistryValueType.QWord)
        {
            return CatalogSummary.AllowedNumbers(entry).Select(n => n.Number.ToString(CultureInfo.InvariantCulture))
                .Zip(CatalogSummary.AllowedNumbers(entry), (text, n) => new Proposal(text, text, token.Start, end, CompletionItemKind.EnumMember) { Detail = n.Meaning, Sort = text.PadLeft(20, '0') });
        }

        return entry.PreferredType is RegistryValueType.String or RegistryValueType.ExpandString
            ? CatalogSummary.AllowedTexts(entry).Select(t => new Proposal(t.Text, Quoted(t.Text, token.Quote, quote), token.Start, end, CompletionItemKind.EnumMember) { Detail = t.Meaning, Filter = Filter(t.Text, token.Quote) })
            : [];
    }

    // The key argument being typed; the cursor is inside it.
    private static IEnumerable<Proposal> KeyPath(string line, LineToken token, int cursor, bool powerShell, SettingsCatalog catalog) =>
        KeyPathCompletion.At(line, token.Start + (token.Quote == '\0' ? 0 : 1), cursor, powerShell, token.Quote != '\0', catalog);

    private static int FirstPositional(List<LineToken> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i].Quote == '\0' && args[i].Text.StartsWith('-'))
            {
                i += Parameter(args[i].Text[1..].TrimEnd(':')) is null ? 0 : 1;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static string? Parameter(string given)
    {
        var p = given.ToUpperInvariant();
        static bool Is(string p, string full, int least) => p.Length >= least && full.StartsWith(p, StringComparison.Ordinal);
        return Is(p, "PATH", 3) || Is(p, "LITERALPATH", 1) || p is "LP" or "PSPATH" ? "path"
            : Is(p, "NAME", 1) ? "name"
            : Is(p, "TYPE", 2) || Is(p, "PROPERTYTYPE", 2) ? "type"
            : Is(p, "VALUE", 2) ? "value"
            : Is(p, "FILTER", 2) || Is(p, "INCLUDE", 2) || Is(p, "EXCLUDE", 2) || Is(p, "CREDENTIAL", 2) || Is(p, "INPUTOBJECT", 2) ? "other"
            : null;
    }

    private static WrittenKey? Written(string line, LineToken token, bool powerShell) =>
        token.Closed && token.Text.Length > 0 ? WrittenKey.Read(line[token.Start..token.End], token.Start, powerShell) : null;

    private static string? LiteralName(LineToken? token) =>
        token is { Closed: true } t && t.Text.Length > 0 && (t.Quote == '\'' || t.Text.IndexOfAny(['$', '`', '(', '@']) < 0) ? t.Text : null;

    private static CatalogEntry? FindValue(SettingsCatalog catalog, WrittenKey key, string name) => catalog.FindValue(catalog.MatchKey(key.Path), name);

    private static CatalogEntry? EntryOf(SettingsCatalog catalog, WrittenKey key, List<LineToken> args, string option, string alternative)
    {
        var i = args.FindIndex(a => a.Quote == '\0' && (a.Text.Equals(option, StringComparison.OrdinalIgnoreCase) || a.Text.Equals(alternative, StringComparison.OrdinalIgnoreCase)));
        return i >= 0 && i + 1 < args.Count && args[i + 1].Closed && args[i + 1].Text.IndexOfAny(['%', '!', '$']) < 0 ? FindValue(catalog, key, args[i + 1].Text) : null;
    }

    // The name as the argument is written: in its own quotes, else quoted only when it needs it.
    private static string Quoted(string text, char quote, char preferred) =>
        quote != '\0' ? quote + text + quote : text.Contains(' ', StringComparison.Ordinal) ? preferred + text + preferred : text;

    private static string Filter(string text, char quote) => quote == '\0' ? text : quote + text;

    private static int RunEnd(string line, int at)
    {
        while (at < line.Length && !char.IsWhiteSpace(line[at]))
        {
            at++;
        }

        return at;
    }

    // The command a word names: reg, bcdedit, or a registry cmdlet (any case, .exe and a path allowed).
    private static string? CommandName(string word, bool powerShell)
    {
        var name = word.TrimStart('@');
        name = name[(name.LastIndexOfAny(['\\', '/']) + 1)..].ToUpperInvariant();
        if (name.EndsWith(".EXE", StringComparison.Ordinal))
        {
            name = name[..^4];
        }

        return name switch
        {
            "REG" => "reg",
            "BCDEDIT" => "bcdedit",
            "SET-ITEMPROPERTY" or "NEW-ITEMPROPERTY" or "REMOVE-ITEMPROPERTY" or "SP" when powerShell => "cmdlet",
            _ when powerShell && HyperVCmdletParameters.CmdletName(word.TrimStart('@')) is not null => "hyperv",
            _ => null,
        };
    }

    /// <summary>
    /// Splits a line into arguments as the shell would see their words: double quotes (and, in
    /// PowerShell, single quotes) group, a quote left open runs to the end of the line, and
    /// command separators (cmd's &amp; and |, PowerShell's ; and |) stand alone.
    /// </summary>
    public static List<LineToken> Tokenize(string line, bool powerShell)
    {
        var tokens = new List<LineToken>();
        var i = 0;
        bool IsSeparator(char c) => c == '|' || (powerShell ? c == ';' : c == '&');
        while (i < line.Length)
        {
            if (char.IsWhiteSpace(line[i]))
            {
                i++;
                continue;
            }

            if (powerShell && line[i] == '#')
            {
                break; // A comment.
            }

            var start = i;
            if (IsSeparator(line[i]))
            {
                while (i < line.Length && IsSeparator(line[i]))
                {
                    i++;
                }

                tokens.Add(new LineToken(start, i, line[start..i], '\0', true, true));
                continue;
            }

            var text = new StringBuilder();
            var first = '\0';
            var open = '\0';
            while (i < line.Length)
            {
                var c = line[i];
                if (open != '\0')
                {
                    if (c == open)
                    {
                        open = '\0';
                    }
                    else
                    {
                        text.Append(c);
                    }
                }
                else if (char.IsWhiteSpace(c) || IsSeparator(c))
                {
                    break;
                }
                else if (c == '"' || (powerShell && c == '\''))
                {
                    open = c;
                    if (i == start)
                    {
                        first = c;
                    }
                }
                else
                {
                    text.Append(c);
                }

                i++;
            }

            tokens.Add(new LineToken(start, i, text.ToString(), first, open == '\0', false));
        }

        return tokens;
    }
}
