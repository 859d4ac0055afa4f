using HvLint.Core.Model;
using HvLint.Parsers.PowerShell;
using HvLint.Parsers.Reg;
using static HvLint.Parsers.Tests.Batch.BatchTestHelpers;

namespace HvLint.Parsers.Tests;

/// <summary>
/// Which root spellings each front end accepts, all read from the one table of root names
/// (<see cref="RegistryHives"/>). A change to the table fails the row of the front end it changes.
/// </summary>
public class RegistryRootSpellingTests
{
    /// <summary>Accepted by no front end.</summary>
    private const RegistryHive None = (RegistryHive)(-1);

    public static TheoryData<string, RegistryHive, string, bool, bool, bool> Spellings => new()
    {
        // spelling, hive, how regedit reads it in a .reg key line (RootKind), reg.exe, PowerShell drive (X:\), PowerShell provider (Registry::X\)
        { "HKEY_LOCAL_MACHINE", RegistryHive.LocalMachine, "Ok", true, false, true },
        { "hkey_local_machine", RegistryHive.LocalMachine, "Ok", true, false, true },
        { "HKLM", RegistryHive.LocalMachine, "Abbreviated", true, true, true },
        { "hkLm", RegistryHive.LocalMachine, "Abbreviated", true, true, true },
        { "HKEY_CURRENT_USER", RegistryHive.CurrentUser, "Ok", true, false, true },
        { "HKCU", RegistryHive.CurrentUser, "Abbreviated", true, true, true },
        { "hkcu", RegistryHive.CurrentUser, "Abbreviated", true, true, true },
        { "HKEY_CLASSES_ROOT", RegistryHive.ClassesRoot, "Ok", true, false, true },
        { "HKCR", RegistryHive.ClassesRoot, "Abbreviated", true, false, true },
        { "HKEY_USERS", RegistryHive.Users, "Ok", true, false, true },
        { "HKU", RegistryHive.Users, "Abbreviated", true, false, true },
        { "HKEY_CURRENT_CONFIG", RegistryHive.CurrentConfig, "Ok", true, false, true },
        { "HKCC", RegistryHive.CurrentConfig, "Abbreviated", true, false, true },
        { "HKEY_DYN_DATA", RegistryHive.DynData, "Windows9xOnly", false, false, true },
        { "HKEY_PERFORMANCE_DATA", RegistryHive.PerformanceData, "Unknown", false, false, true },
        { "HKPD", RegistryHive.PerformanceData, "Abbreviated", false, false, true },
        { "HKLOCALMACHINE", None, "Unknown", false, false, false },
        { "HKEY_LOCAL_MACHINE_", None, "Unknown", false, false, false },
        { "Computer", None, "Unknown", false, false, false },
        { "HKDD", None, "Unknown", false, false, false },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void Each_front_end_accepts_its_own_root_spellings(string root, RegistryHive hive, string regedit, bool regExe, bool drive, bool provider)
    {
        Assert.Equal(
            (regedit, regExe ? hive : None, drive ? hive : None, provider ? hive : None),
            (Regedit(root).Kind.ToString(), RegExe(root), Drive(root), Provider(root)));
    }

    [Fact]
    public void Every_spelling_in_the_table_reaches_its_front_ends_as_the_table_says()
    {
        foreach (var row in RegistryHives.Names)
        {
            foreach (var (spelling, readers) in new[] { (row.FullName, row.FullNameReaders), (row.ShortName, row.ShortNameReaders) })
            {
                if (spelling is null)
                {
                    continue;
                }

                foreach (var text in new[] { spelling, spelling.ToLowerInvariant() })
                {
                    var regedit = Regedit(text);
                    var opensInRegedit = regedit.Kind is RootKind.Ok or RootKind.Windows9xOnly;
                    Assert.True(opensInRegedit == readers.HasFlag(HiveReaders.Regedit), $"regedit and {text}");
                    Assert.True((regedit.Kind == RootKind.Windows9xOnly) == (opensInRegedit && row.Windows9xOnly), $"regedit and {text}");
                    Assert.Equal(readers.HasFlag(HiveReaders.RegExe) ? row.Hive : None, RegExe(text));
                    Assert.Equal(readers.HasFlag(HiveReaders.PowerShellDrive) ? row.Hive : None, Drive(text));
                    Assert.Equal(readers.HasFlag(HiveReaders.PowerShellProvider) ? row.Hive : None, Provider(text));
                }
            }
        }
    }

    [Fact]
    public void Regedit_suggests_the_first_of_two_equally_close_roots_in_its_own_table_order()
    {
        // "CONR" is three edits from both USER and CONFIG; regedit's table lists
        // HKEY_CURRENT_CONFIG before HKEY_CURRENT_USER.
        Assert.Equal("did you mean HKEY_CURRENT_CONFIG?", RegRoots.Resolve(@"HKEY_CURRENT_CONR\Software").Suggestion);
    }

    [Fact]
    public void Only_the_drives_PowerShell_has_are_offered_as_drives()
    {
        Assert.Equal(
            ["HKLM", "HKCU"],
            RegistryHives.Names.Select(n => RegistryHives.DriveName(n.Hive)).OfType<string>());
    }

    private static RootResult Regedit(string root) => RegRoots.Resolve(root + @"\Software\T");

    private static RegistryHive RegExe(string root) =>
        RegCommand($@"reg add {root}\Software\T /v X /d 1 /f").RegistryWrites() is [var w] ? w.Key.Hive : None;

    private static RegistryHive Drive(string root) => Hive(RegistryPaths.Parse(root + @":\Software\T"));

    private static RegistryHive Provider(string root) => Hive(RegistryPaths.Parse(@"Registry::" + root + @"\Software\T"));

    private static RegistryHive Hive(RegistryPath path) => path.Kind == RegistryPathKind.Key ? path.Key!.Hive : None;
}
