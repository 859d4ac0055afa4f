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
}
