using HvLint.Core.Text;

namespace HvLint.Core.Tests;

public sealed class NameSuggesterTests
{
    [Theory]
    [InlineData("MaximumActiveTransfer", "MaximumActiveTransfers")]
    [InlineData("Strat", "Start")]
    [InlineData("vmslaunchtype", "vsmlaunchtype")]
    [InlineData("hypervisorlaunchtyp", "hypervisorlaunchtype")]
    public void Suggests_the_closest_known_name(string typo, string expected) =>
        Assert.Equal(expected, NameSuggester.Suggest(typo, ["Start", "Type", "MaximumActiveTransfers", "MaximumActiveVmMigrationCount", "vsmlaunchtype", "hypervisorlaunchtype"]) is [var first, ..] ? first : null);

    [Fact]
    public void Suggests_nothing_for_an_unrelated_name() =>
        Assert.Empty(NameSuggester.Suggest("ContosoSetting", ["Start", "Type", "MaximumActiveTransfers"]));

    [Fact]
    public void The_banded_distance_agrees_with_the_full_table_up_to_the_limit()
    {
        // Small alphabets make edits, transpositions and case differences common.
        var random = new Random(20261206);
        const string Alphabet = "abAB\u00e9\u00c9c";
        for (var n = 0; n < 20_000; n++)
        {
            var a = Word(random, Alphabet);
            var b = random.Next(3) == 0 ? Mutate(random, a, Alphabet) : Word(random, Alphabet);
            var limit = random.Next(1, 5);
            var full = NameSuggester.Distance(a, b);
            Assert.True(Math.Min(full, limit + 1) == Math.Min(NameSuggester.BoundedDistance(a, b, limit), limit + 1), $"'{a}' '{b}' limit {limit}: {full}");
        }
    }

    private static string Word(Random random, string alphabet) =>
        string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]));

    private static string Mutate(Random random, string word, string alphabet)
    {
        var chars = word.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = chars.Count == 0 ? 0 : random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1 when chars.Count > 0: chars.RemoveAt(at); break;
                case 2 when chars.Count > 1 && at + 1 < chars.Count: (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]); break;
                default: if (chars.Count > 0) { chars[at] = alphabet[random.Next(alphabet.Length)]; } break;
            }
        }

        return new string([.. chars]);
    }
}
