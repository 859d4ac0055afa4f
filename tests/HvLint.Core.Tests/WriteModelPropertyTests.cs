using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Tests;

/// <summary>
/// The write model's building blocks, made cheaper for whole-hive exports (issue 13), give what
/// their first, plainer versions gave: each property compares against that version, kept here.
/// </summary>
public sealed partial class WriteModelPropertyTests
{
    // A fixed seed, as the other property tests use, so that CI runs the same inputs every time.
    private const string Seed = "7Kc2WmE0xHq4";

    private static readonly string[] Names =
    [
        "SOFTWARE", "software", "Wow6432Node", "WOW6432NODE", "ControlSet001", "controlset123", "ControlSet01", "ControlSet0001",
        "ControlSet00\u0661", "ControlSet001\n", "CurrentControlSet", "Services", "vmsmp", "Caf\u00e9", "\u0130stanbul", "K\u212Aelvin",
        "\ud83d\ude00", "a b", " lead", "x",
    ];

    // NUL most often, and the halves of surrogates, so that terminators and lone surrogates meet.
    private static readonly byte[] Bytes = [0, 0, 0, 0xD8, 0xDC, 0x41, 0x61];

    [Fact]
    public void A_key_path_reads_as_its_first_version_did()
    {
        var gen = Gen.Select(Gen.Int[0, 4], Gen.Int[0, Names.Length - 1].Array[0, 8]);
        gen.Sample(
            (hiveIndex, ix) =>
            {
                var hive = new[] { RegistryHive.LocalMachine, RegistryHive.CurrentUser, RegistryHive.ClassesRoot, RegistryHive.Users, RegistryHive.CurrentConfig }[hiveIndex];
                var segments = ix.Select(i => Names[i]).ToArray();
                var created = RegistryKeyPath.Create(hive, string.Join('\\', segments));
                var fromSegments = RegistryKeyPath.FromSegments(hive, [.. segments]);
                var (text, matchKey, pathMatchKey, wow, controlSet) = FirstVersion(hive, segments);
                return created.Text == text && created.MatchKey == matchKey && created.PathMatchKey == pathMatchKey
                    && created.IsWow6432Node == wow && created.IsNumberedControlSet == controlSet
                    && fromSegments.Text == text && fromSegments.MatchKey == matchKey && fromSegments.PathMatchKey == pathMatchKey
                    && fromSegments.Equals(created) && fromSegments.Segments.SequenceEqual(created.Segments);
            },
            iter: 2000,
            threads: 1,
            seed: Seed);
    }

    [Fact]
    public void Empty_names_are_dropped_from_segments_as_from_a_path()
    {
        var path = RegistryKeyPath.FromSegments(RegistryHive.LocalMachine, ["SOFTWARE", string.Empty, "Contoso"]);
        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso", path.Text);
        Assert.Equal(RegistryKeyPath.Create(RegistryHive.LocalMachine, @"SOFTWARE\\Contoso\"), path);
    }

    [Fact]
    public void Line_starts_are_those_of_the_first_version_for_any_mix_of_line_breaks()
    {
        Gen.Char["a\r\n\u2028"].Array[0, 200].Select(c => new string(c)).Sample(
            text => new SourceText("a", text).LineStarts.SequenceEqual(FirstLineStarts(text)),
            iter: 2000,
            threads: 1,
            seed: Seed);
    }

    [Fact]
    public void String_data_from_bytes_is_the_decoded_text_without_its_terminators()
    {
        Gen.Int[0, Bytes.Length - 1].Select(i => Bytes[i]).Array[0, 24].Sample(
            bytes => RegistryData.FromBytes((uint)RegistryValueType.ExpandString, bytes).Text == Encoding.Unicode.GetString(bytes, 0, bytes.Length & ~1).TrimEnd('\0'),
            iter: 2000,
            threads: 1,
            seed: Seed);
    }

    // RegistryKeyPath's constructor before issue 13: a StringBuilder and a lower-case copy per name.
    private static (string Text, string MatchKey, string PathMatchKey, bool Wow, bool ControlSet) FirstVersion(RegistryHive hive, string[] written)
    {
        var segments = written.Where(s => s.Length > 0).ToArray();
        var text = segments.Length == 0 ? RegistryHives.FullName(hive) : RegistryHives.FullName(hive) + "\\" + string.Join('\\', segments);
        var match = new StringBuilder();
        bool wow = false, controlSet = false;
        foreach (var s in segments)
        {
            if (s.Equals("Wow6432Node", StringComparison.OrdinalIgnoreCase))
            {
                wow = true;
                continue;
            }

            if (ControlSetRegex().IsMatch(s))
            {
                controlSet = true;
                match.Append("\\currentcontrolset");
                continue;
            }

            match.Append('\\').Append(s.ToLowerInvariant());
        }

        var pathMatchKey = match.ToString();
        return (text, RegistryHives.ShortName(hive).ToLowerInvariant() + pathMatchKey, pathMatchKey, wow, controlSet);
    }

    // SourceText's line index before issue 13.
    private static int[] FirstLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                starts.Add(i + 1);
            }
            else if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    [GeneratedRegex("^ControlSet\\d{3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ControlSetRegex();
}
