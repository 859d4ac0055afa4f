using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using HvLint.Core.Diagnostics;

namespace HvLint.Cli.Output;

/// <summary>
/// The partial fingerprint of a SARIF result. It hashes what the finding is about (the write's
/// identity, or failing that the text of its line), never a line number, so an alert survives
/// lines being inserted above it (docs/formats.md §5.2: a fingerprint that includes the line number
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
        return Compute(diagnostic.Rule.Id, path, Identity(diagnostic));
    }

    /// <summary>SHA-256 (lower-case hex) of ruleId|path|identity, for a finding known only by its baseline entry.</summary>
    public static string Compute(string ruleId, string path, string identity) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ruleId + "|" + path + "|" + identity)));

    /// <summary>
    /// What a finding is about, independent of its line number: the write's identity, or
    /// failing that the whitespace-normalised text of its line. Baselines use it too.
    /// </summary>
    public static string Identity(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return diagnostic.WriteIdentity ?? NormalizedLine(diagnostic.Location);
    }

    // Whitespace changes (re-indenting, trailing blanks) should not open a new alert.
    private static string NormalizedLine(Location location) =>
        Whitespace().Replace(location.Source.GetLineText(location.Start.Line).Trim(), " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
