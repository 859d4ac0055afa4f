using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Parsers.Reg;

/// <summary>Key lines: [path] opens (creates) a key, [-path] deletes one (docs/formats.md §1.3).</summary>
internal sealed partial class RegParser
{
    private const int MaxKeyNameLength = 255;

    // The names of the key line being read, reused from line to line.
    private readonly List<string> _segments = [];

    private void ParseKeyLine(Line line, int open)
    {
        var e = line.End;
        var q = open + 1;

        // Wine's key_name_state: a blank right after '[' makes regedit ignore the line without
        // closing the current key (S1 test_key_creation_and_deletion "[ HKEY_...").
        if (q < e && _text[q] is ' ' or '\t')
        {
            var ws = SkipBlanks(q, e);
            var rest = _text.AsSpan(ws, TrimEnd(ws, e) - ws).TrimEnd(']');
            Report(RegDiagnostics.MalformedKeyLine, TextSpan.FromBounds(q, ws), $"regedit ignores a key line with a space after '[': it does not open '{ClipPath(rest)}', and {WhereValuesGo()}. Remove the space after '['.");
            return;
        }

        var close = _text.LastIndexOf(']', e - 1, e - q);
        if (close < 0)
        {
            var end = TrimEnd(q, e);
            if (end > q && _text[end - 1] == '\\')
            {
                Report(RegDiagnostics.UnsupportedLineContinuation, new TextSpan(end - 1, 1), $"A key line cannot continue on the next line: regedit ignores {Q(_text.AsSpan(open, end - open))} because it has no closing ']', and reads the next line on its own; {WhereValuesGo()}. Write the whole key path on one line, ending with ']'.");
            }
            else
            {
                Report(RegDiagnostics.MalformedKeyLine, TextSpan.FromBounds(open, end), $"The key line {Q(_text.AsSpan(open, end - open))} has no closing ']', so regedit ignores it: the key is not created and {WhereValuesGo()}. End the key path with ']'.");
            }

            return;
        }

        _statementOk = true;
        CheckTextAfterKey(close + 1, e);
        var statement = TextSpan.FromBounds(open, close + 1);
        if (q < close && _text[q] == '-')
        {
            ParseDeleteKey(statement, q + 1, close);
        }
        else
        {
            ParseOpenKey(statement, q, close);
        }
    }

    private void ParseOpenKey(TextSpan statement, int start, int close)
    {
        var nameSpan = TextSpan.FromBounds(start, close);
        var path = _text.AsSpan(start, close - start);
        if (path.IsEmpty)
        {
            StartFailedSection(RegDiagnostics.MalformedKeyLine, statement, n => $"The key line '[]' has no key name: regedit opens no key{Skips(n)}. Write the full key path between the brackets.");
            return;
        }

        var root = RegRoots.Resolve(path);
        if (root.Kind != RootKind.Ok)
        {
            StartRootFailedSection(root, start, close);
            return;
        }

        if (FindLongSegment(start + root.RootLength, close) is { } longSegment)
        {
            StartFailedSection(RegDiagnostics.KeyNameTooLong, longSegment, n => $"The key name {Q(_text.AsSpan(longSegment.Start, longSegment.Length))} is {longSegment.Length} characters long; the registry allows {MaxKeyNameLength}, so regedit cannot create [{ClipPath(_text.AsSpan(start, close - start))}]{Skips(n)}. Shorten the key name.");
            return;
        }

        CheckKeyName(start, close, root.RootLength);
        var key = KeyPath(root.Hive, path, root.RootLength);
        StartSection(new Section { Key = key, KeySpan = nameSpan, ClosedReason = string.Empty });
        _writes.Add(new RegistryWrite(_source, statement, _writes.Count, RegistryOperation.CreateKey, key, nameSpan) { Form = WriteForm.RegFile });
    }

    // Kept apart from ParseOpenKey so that the common path allocates no closures.
    private void StartRootFailedSection(RootResult root, int start, int close)
    {
        var rootText = _text.Substring(start, root.RootLength);
        var pathText = ClipPath(_text.AsSpan(start, close - start));
        var rootSpan = new TextSpan(start, root.RootLength);
        switch (root.Kind)
        {
            case RootKind.Abbreviated:
                StartFailedSection(RegDiagnostics.AbbreviatedRootKey, rootSpan, n => $"'{rootText}' is an abbreviation regedit does not accept in .reg files: it does not open [{pathText}]{Skips(n)}. Write the root in full: {root.Suggestion}.", FullRoot(rootSpan, root));
                break;
            case RootKind.Windows9xOnly:
                StartFailedSection(RegDiagnostics.UnknownRootKey, rootSpan, n => $"'{rootText}' exists only on Windows 9x: regedit cannot open [{pathText}] on Windows{Skips(n)}. Use HKEY_LOCAL_MACHINE or HKEY_CURRENT_USER.");
                break;
            default:
                StartFailedSection(RegDiagnostics.UnknownRootKey, rootSpan, n => $"'{Clip(rootText)}' is not a registry root regedit knows: it does not open [{pathText}]{Skips(n)}. {UnknownRootAdvice(root)}");
                break;
        }
    }

    private void ParseDeleteKey(TextSpan statement, int start, int close)
    {
        // Wine's delete_key_state closes the current key whatever happens next, so the values
        // below a [-...] line are never imported (S1 "Wine1a").
        StartSection(new Section { ClosedReason = $"the [-...] line {LineNumber(start)} deleted a key and closed the current one" });
        var path = _text.AsSpan(start, close - start);
        if (path.IsEmpty || path.Trim(" \t").IsEmpty)
        {
            Report(RegDiagnostics.MalformedKeyLine, statement, $"The key line {Q(_text.AsSpan(statement.Start, statement.Length))} names no key to delete: regedit deletes nothing, and the values below it are not imported. Write the full key path after '[-'.");
            return;
        }

        if (path[0] is ' ' or '\t')
        {
            var ws = SkipBlanks(start, close);
            var rest = _text.AsSpan(ws, close - ws);
            Report(RegDiagnostics.MalformedKeyLine, TextSpan.FromBounds(start, ws), $"regedit ignores a space after '[-': it deletes nothing, but it still closes the current key, so the values below are not imported. Remove the space: [-{Clip(rest)}].");
            return;
        }

        var root = RegRoots.Resolve(path);
        var rootText = path[..root.RootLength].ToString();
        var rootSpan = new TextSpan(start, root.RootLength);
        var pathText = ClipPath(path);
        // delete_registry_key: an unknown root makes Wine's regedit stop the whole import.
        const string WineStops = " (Wine's regedit stops the whole import here)";
        switch (root.Kind)
        {
            case RootKind.Abbreviated:
                Report(RegDiagnostics.AbbreviatedRootKey, rootSpan, $"'{rootText}' is an abbreviation regedit does not accept in .reg files: it does not delete [-{pathText}]{WineStops}. Write the root in full: {root.Suggestion}.", FullRoot(rootSpan, root));
                return;
            case RootKind.Windows9xOnly:
            case RootKind.Unknown:
                var stops = path[0] is 'H' or 'h' ? WineStops : string.Empty;
                Report(RegDiagnostics.UnknownRootKey, rootSpan, $"'{Clip(rootText)}' is not a registry root regedit can open: it does not delete [-{pathText}]{stops}. {UnknownRootAdvice(root)}");
                return;
        }

        var subkey = SubkeyText(path, root.RootLength);
        if (subkey.Trim('\\').Length == 0)
        {
            Report(RegDiagnostics.MalformedKeyLine, statement, $"[-{pathText}] names a root key, which regedit cannot delete{WineStops}. Name the subkey to delete.");
            return;
        }

        CheckKeyName(start, close, root.RootLength);
        var key = KeyPath(root.Hive, path, root.RootLength);
        _writes.Add(new RegistryWrite(_source, statement, _writes.Count, RegistryOperation.DeleteKey, key, TextSpan.FromBounds(start, close)) { Form = WriteForm.RegFile });
    }

    private void StartFailedSection(RuleDescriptor rule, TextSpan span, Func<int, string> message, CodeFix? fix = null) =>
        StartSection(new Section
        {
            ClosedReason = "the key line above failed",
            OnFinish = n => (rule, span, message(n)),
            Fix = fix,
        });

    // HKLM (or HKLM:) written as HKEY_LOCAL_MACHINE: the one root regedit reads for it.
    private static CodeFix FullRoot(TextSpan rootSpan, RootResult root) =>
        new($"Write {root.Suggestion}", FixApplicability.Safe, [new TextEdit(rootSpan, root.Suggestion!)]);

    private static string Skips(int dropped) => dropped switch
    {
        0 => string.Empty,
        1 => " and skips the 1 value below it",
        _ => $" and skips the {dropped} values below it",
    };

    private static string UnknownRootAdvice(RootResult root) => root.Suggestion is { } s
        ? char.ToUpperInvariant(s[0]) + s[1..] + (s.EndsWith('?') ? string.Empty : ".")
        : "Start the path with HKEY_LOCAL_MACHINE, HKEY_CURRENT_USER, HKEY_CLASSES_ROOT, HKEY_USERS or HKEY_CURRENT_CONFIG.";

    // The key's names as RegistryKeyPath.Create would split them (empty names dropped), each
    // taken from the string pool: an export repeats SOFTWARE, Microsoft, Parameters... on every key line.
    private RegistryKeyPath KeyPath(RegistryHive hive, ReadOnlySpan<char> path, int rootLength)
    {
        var segments = _segments;
        segments.Clear();
        var rest = path.Length > rootLength ? path[(rootLength + 1)..] : [];
        foreach (var range in rest.Split('\\'))
        {
            if (range.End.GetOffset(rest.Length) > range.Start.GetOffset(rest.Length))
            {
                segments.Add(_pool.Get(rest[range]));
            }
        }

        return RegistryKeyPath.FromSegments(hive, [.. segments]);
    }

    private static string SubkeyText(ReadOnlySpan<char> path, int rootLength) =>
        path.Length > rootLength ? path[(rootLength + 1)..].ToString() : string.Empty;

    private TextSpan? FindLongSegment(int from, int close)
    {
        var segStart = from;
        for (var i = from; i <= close; i++)
        {
            if (i == close || _text[i] == '\\')
            {
                if (i - segStart > MaxKeyNameLength)
                {
                    return TextSpan.FromBounds(segStart, i);
                }

                segStart = i + 1;
            }
        }

        return null;
    }

    // Suspicious but imported key names: whitespace around a segment, ']' in the name, empty segments.
    private void CheckKeyName(int start, int close, int rootLength)
    {
        var innerBracket = _text.IndexOf(']', start, close - start);
        if (innerBracket >= 0)
        {
            var lastSegment = _text.AsSpan(start, close - start);
            lastSegment = lastSegment[(lastSegment.LastIndexOf('\\') + 1)..];
            Report(RegDiagnostics.KeyNameContainsBracket, TextSpan.FromBounds(innerBracket, close + 1), $"This key line has more than one ']': regedit closes the key name at the last one, so it creates a key named {Q(lastSegment)}. Put comments on a line of their own starting with ';'.");
        }

        // Trailing backslashes are tolerated (S1 "Subkey1e\"), so only empty segments before them count.
        var end = close;
        while (end > start + rootLength && _text[end - 1] == '\\')
        {
            end--;
        }

        var empty = _text.IndexOf("\\\\", start + rootLength, end - (start + rootLength), StringComparison.Ordinal);
        if (empty >= 0 && empty + 1 < end)
        {
            Report(RegDiagnostics.EmptyKeySegment, new TextSpan(empty, 2), $"The key path has an empty name between two backslashes: Windows may reject the path, and if it does not, the key is the one without the empty name. Write a single backslash.");
        }

        var segStart = start + rootLength + 1;
        for (var i = segStart; i <= end; i++)
        {
            if (i < end && _text[i] != '\\')
            {
                continue;
            }

            if (i > segStart)
            {
                CheckSegmentWhitespace(segStart, i, i == end && end == close);
            }

            segStart = i + 1;
        }
    }

    private void CheckSegmentWhitespace(int start, int end, bool beforeBracket)
    {
        var lead = SkipBlanks(start, end);
        var trail = TrimEnd(start, end);
        var segment = _text.AsSpan(start, end - start);
        var trimmed = _text.AsSpan(lead, Math.Max(0, trail - lead));
        if (trail < end)
        {
            var where = beforeBracket ? "before ']'" : "before the '\\'";
            Report(RegDiagnostics.KeyNameWhitespace, TextSpan.FromBounds(trail, end), $"The key name {Q(segment)} ends with whitespace: regedit keeps it, so it creates a key {Q(segment)} beside {Q(trimmed)} that nothing reads. Remove the whitespace {where}.");
        }

        if (lead > start && lead < end)
        {
            Report(RegDiagnostics.KeyNameWhitespace, TextSpan.FromBounds(start, lead), $"The key name {Q(segment)} starts with whitespace: regedit keeps it, so it creates a key {Q(segment)} beside {Q(trimmed)} that nothing reads. Remove the whitespace after the '\\'.");
        }
    }

    private void CheckTextAfterKey(int from, int e)
    {
        var after = SkipBlanks(from, e);
        if (after >= e || _text[after] is ';' or '#')
        {
            return;
        }

        var end = TrimEnd(after, e);
        var extra = _text.AsSpan(after, end - after);
        var lost = extra[0] is '"' or '@' ? ", so this value is never set" : string.Empty;
        Report(RegDiagnostics.TextAfterKeyLine, TextSpan.FromBounds(after, end), $"regedit ignores {Q(extra)} after the ']' of the key line{lost}. Put it on a line of its own.");
    }

    private int LineNumber(int offset) => _source.GetPosition(offset).Line;
}
