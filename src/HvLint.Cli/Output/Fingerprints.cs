using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// The partial fingerprint of a SARIF result. It hashes what the finding is about (the write's
/// identity, or failing that the text of its line), never a line number, so an alert survives
/// lines being inserted above it (spec §5.2: a fingerprint that includes the line number
/// makes alerts move whenever lines shift).
/// </summary>
internal static partial class Fingerprints
{
    /// <summary>The key in result.partialFingerprints.</summary>
    public const string Key = "hvlintWriteHash/v1";

    /// <summary>SHA-256 (lower-case hex) of ruleId|path|identity.</summary>
    public static string Compute(Diagnostic diagnostic, string path)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var identity = diagnostic.WriteIdentity ?? NormalizedLine(diagnostic.Location);
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(diagnostic.Rule.Id + "|" + path + "|" + identity));
        return Convert.ToHexStringLower(bytes);
    }

    // Whitespace changes (re-indenting, trailing blanks) should not open a new alert.
    private static string NormalizedLine(Location location) =>
        Whitespace().Replace(location.Source.GetLineText(location.Start.Line).Trim(), " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
