using System.Text.RegularExpressions;

namespace HvLint.Core.Tests.SeedCoverage;

/// <summary>
/// Pulls the registry value names and BCD element names out of the seed documents, the way a
/// reader scans them: table rows with a REG_ type, "Name (REG_X)" mentions in prose, comma
/// lists followed by "(all REG_X)", the facade property table of §1.12 and the bcdedit table
/// of §2.11.3. Deliberately greedy: whatever it catches that is not a real name goes into
/// exclusions.txt with a comment, so nothing is left out silently.
/// </summary>
internal static partial class SeedNames
{
    public static IReadOnlySet<string> FromSeed002(string text)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Sections 1-3 of the body: from the "1. Registry — User-Mode Services" heading that
        // follows the table of contents, up to "4. WMI Schema".
        var start = text.IndexOf("Sections below are populated", StringComparison.Ordinal);
        var end = text.IndexOf("\n4. WMI Schema", start, StringComparison.Ordinal);
        var body = text[start..end];
        string? section = null;
        foreach (var rawLine in body.Split('\n'))
        {
            var line = rawLine.Trim();
            if (SectionRegex().Match(line) is { Success: true } sm)
            {
                section = sm.Groups[1].Value;
                continue;
            }

            if (line.Length == 0 || line.StartsWith("ValueName", StringComparison.Ordinal) || line.StartsWith("Key ValueName", StringComparison.Ordinal))
            {
                continue;
            }

            // Comma lists closed by "(all REG_X ...)".
            if (AllListRegex().Match(line) is { Success: true } all)
            {
                foreach (var n in all.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    names.Add(n);
                }
            }

            // "Name (REG_X" or "Name (DWORD" in prose.
            foreach (Match m in ProseRegex().Matches(line))
            {
                names.Add(m.Groups[1].Value);
            }

            // Table rows: "Name REG_X ..." or "HKLM\...\Key Name REG_X ...".
            if (TableRowRegex().Match(line) is { Success: true } row && !line.StartsWith('•'))
            {
                var prefix = row.Groups[1].Value.Trim();
                var name = prefix.Contains('\\', StringComparison.Ordinal) || prefix.Contains("HKLM", StringComparison.Ordinal)
                    ? prefix.Split(' ')[^1]
                    : prefix;
                // Only name-shaped text counts (one or two words, e.g. "Firmware Version");
                // prose fragments that happen to precede a REG_ type are not names.
                if (NameShapeRegex().IsMatch(name))
                {
                    names.Add(name);
                }
            }

            // §1.12: the facade property table has no types; each row starts with the property.
            if (section == "1.12" && IdentifierStartRegex().Match(line) is { Success: true } prop && !line.StartsWith("Property", StringComparison.Ordinal) && !line.StartsWith("Central", StringComparison.Ordinal))
            {
                foreach (var p in prop.Groups[1].Value.Split(" / ", StringSplitOptions.TrimEntries))
                {
                    names.Add(p);
                }
            }

            // §2.11.3: the bcdedit table.
            if (section == "2.11.3" && BcdRowRegex().Match(line) is { Success: true } bcd)
            {
                names.Add(bcd.Groups[1].Value);
            }
        }

        return names;
    }

    public static IReadOnlySet<string> FromSeed000(string text)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Seed000Regex().Matches(text))
        {
            names.Add(m.Groups[1].Value);
        }

        return names;
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)+)\.\s")]
    private static partial Regex SectionRegex();

    [GeneratedRegex(@":\s*([A-Za-z][A-Za-z0-9]*(?:,\s*[A-Za-z][A-Za-z0-9]*)+)\s*\(all REG_")]
    private static partial Regex AllListRegex();

    [GeneratedRegex(@"\b([A-Za-z][A-Za-z0-9_]*)\s*\((?:REG_[A-Z_]+|DWORD)")]
    private static partial Regex ProseRegex();

    [GeneratedRegex(@"^([^\t]*?)\s+REG_(?:SZ|EXPAND_SZ|BINARY|DWORD|QWORD|MULTI_SZ)\b")]
    private static partial Regex TableRowRegex();

    [GeneratedRegex(@"^([A-Z][A-Za-z0-9]+(?: / [A-Z][A-Za-z0-9]+)*)\s")]
    private static partial Regex IdentifierStartRegex();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(?: [A-Z][A-Za-z0-9_]*)?$")]
    private static partial Regex NameShapeRegex();

    [GeneratedRegex(@"^(hypervisor[a-z]+|vsm[a-z]+)\s")]
    private static partial Regex BcdRowRegex();

    // Seed 000 names the 2008 R2 VLAN values in prose: "(AccessVlanId = VLAN ID ...)".
    [GeneratedRegex(@"\(([A-Z][A-Za-z]+VlanId) =")]
    private static partial Regex Seed000Regex();
}
