using HvLint.Core.Model;
using static HvLint.Parsers.Tests.CSharp.CsTestHelpers;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>Values: constant folding, the kind SetValue infers from a C# type, and values known only at run time.</summary>
public class CsValueTests
{
    private const string Key = """using var k = Registry.LocalMachine.CreateSubKey(@"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration");""";

    [Fact]
    public void Without_a_kind_int_is_dword_and_long_and_uint_are_stored_as_text()
    {
        // RegistryKey.SetValue(name, value): Int32 -> DWord, string[] -> MultiString,
        // byte[] -> Binary, anything else -> ToString() as a string (docs/formats.md §4.4).
        var w = CsMain(Key + """
            k.SetValue("I", 8);
            k.SetValue("L", 8L);
            k.SetValue("U", 3000000000);
            k.SetValue("S", "8");
            k.SetValue("M", new[] { "a", "b" });
            k.SetValue("B", new byte[] { 1, 0xff });
            k.SetValue("T", true);
            """).Registry().Where(x => x.IsValueWrite).ToArray();

        Assert.Equal(
            [RegistryValueType.DWord, RegistryValueType.String, RegistryValueType.String, RegistryValueType.String, RegistryValueType.MultiString, RegistryValueType.Binary, RegistryValueType.String],
            w.Select(x => x.Data!.Type));
        Assert.Equal(("8", "the number 8 (an Int64)"), (w[1].Data!.Text, w[1].DataAsWritten));

        // C# types 3000000000 as a uint, not a long: stored as text too.
        Assert.Equal(("3000000000", "the number 3000000000 (a UInt32)"), (w[2].Data!.Text, w[2].DataAsWritten));
        Assert.Equal(["a", "b"], w[4].Data!.Strings);
        Assert.Equal([1, 0xff], w[5].Data!.Bytes!);
        Assert.Equal("True", w[6].Data!.Text);
        Assert.All(w, x => Assert.Equal(TypeOrigin.InferredFromValue, x.TypeOrigin));
    }

    [Fact]
    public void An_explicit_kind_converts_as_SetValue_does_and_a_value_it_rejects_is_not_written()
    {
        var result = CsMain(Key + """
            k.SetValue("D", "8", RegistryValueKind.DWord);
            k.SetValue("Q", 8, RegistryValueKind.QWord);
            k.SetValue("S", 8, RegistryValueKind.String);
            k.SetValue("X", 8, RegistryValueKind.ExpandString);
            k.SetValue("Bad", "0x10", RegistryValueKind.DWord);
            k.SetValue("Big", 3000000000, RegistryValueKind.DWord);
            k.SetValue("Wrap", unchecked((int)0x80000000), RegistryValueKind.DWord);
            k.SetValue("N", 4, (RegistryValueKind)4);
            """);
        var w = result.Registry().Where(x => x.IsValueWrite).ToArray();

        Assert.Equal(["D", "Q", "S", "X", "Wrap", "N"], w.Select(x => x.ValueName));
        Assert.Equal((RegistryValueType.DWord, 8UL), (w[0].Data!.Type, w[0].Data!.Number));
        Assert.Equal((RegistryValueType.QWord, 8UL), (w[1].Data!.Type, w[1].Data!.Number));
        Assert.Equal((RegistryValueType.String, "8"), (w[2].Data!.Type, w[2].Data!.Text));
        Assert.Equal(RegistryValueType.ExpandString, w[3].Data!.Type);
        Assert.Equal(0x80000000UL, w[4].Data!.Number);
        Assert.Equal(RegistryValueType.DWord, w[5].Data!.Type);
        Assert.Equal("RegistryValueKind.DWord", result.Text(w[0].TypeSpan));
        Assert.All(w, x => Assert.Equal(TypeOrigin.Explicit, x.TypeOrigin));
    }

    [Fact]
    public void Constants_fold_and_the_name_span_is_the_literal_that_declares_them()
    {
        var result = CsMain(
            Key + """
            const string local = "Maximum";
            k.SetValue(Name, Count);
            k.SetValue(local + "ActiveTransfers", Base * 2 + 1);
            k.SetValue($"{local}ActiveVmMigrationCount", 4);
            k.SetValue(nameof(MaximumActiveStorageMigrationCount), 2);
            """,
            """
                private const string Name = "MaximumActiveTransfers";
                private const int Count = 8;
                private const int Base = 4;
                private static readonly int MaximumActiveStorageMigrationCount = 0;
            """);
        var w = result.Registry().Where(x => x.IsValueWrite).ToArray();

        Assert.Equal(["MaximumActiveTransfers", "MaximumActiveTransfers", "MaximumActiveVmMigrationCount", "MaximumActiveStorageMigrationCount"], w.Select(x => x.ValueName));
        Assert.Equal([8UL, 9UL, 4UL, 2UL], w.Select(x => x.Data!.Number!.Value));
        Assert.Equal("\"MaximumActiveTransfers\"", result.Text(w[0].NameSpan));
        Assert.Equal("8", result.Text(w[0].DataSpan));
        Assert.Equal((Certainty.Resolved, Certainty.Resolved), (w[0].NameCertainty, w[0].DataCertainty));
        Assert.Equal(["k.SetValue(Name, Count)"], w[0].RelatedSpans.Select(s => result.Text(s)));
        Assert.Equal("local + \"ActiveTransfers\"", result.Text(w[1].NameSpan));
        Assert.Equal(Certainty.Resolved, w[2].NameCertainty);
    }

    [Fact]
    public void A_local_assigned_once_is_followed_and_one_assigned_again_is_not()
    {
        var w = CsMain(Key + """
            var fixedName = "MaximumActiveTransfers";
            k.SetValue(fixedName, 8);
            var changing = "A";
            changing = args[0];
            k.SetValue(changing, 8);
            """).Registry().Where(x => x.IsValueWrite).ToArray();

        Assert.Equal(("MaximumActiveTransfers", Certainty.Resolved), (w[0].ValueName, w[0].NameCertainty));
        Assert.Equal(Certainty.Unresolved, w[1].NameCertainty);
    }

    [Fact]
    public void A_field_that_is_not_readonly_or_is_set_in_a_constructor_is_not_followed()
    {
        var w = Cs("""
            using Microsoft.Win32;
            public class Agent
            {
                public static string Name = "MaximumActiveTransfers";
                private readonly int _count = 8;

                public Agent(int count) => _count = count;

                public void Apply()
                {
                    Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", Name, _count);
                }
            }
            """).Registry();

        Assert.Equal((Certainty.Unresolved, Certainty.Unresolved), (w[0].NameCertainty, w[0].DataCertainty));
    }

    [Fact]
    public void Values_computed_at_run_time_stay_unresolved()
    {
        var w = CsMain(Key + """
            k.SetValue("MaximumActiveTransfers", args.Length);
            k.SetValue("MaximumActiveTransfers", int.Parse(args[0]), RegistryValueKind.DWord);
            k.SetValue("MaximumActiveTransfers", 8, args.Length > 1 ? RegistryValueKind.DWord : RegistryValueKind.String);
            k.SetValue("MaximumActiveTransfers", $"{args[0]}");
            """).Registry().Where(x => x.IsValueWrite).ToArray();

        Assert.Equal(4, w.Length);
        Assert.All(w, x => Assert.Null(x.Data));
        Assert.All(w, x => Assert.Equal(Certainty.Unresolved, x.DataCertainty));
        Assert.All(w, x => Assert.Equal(("MaximumActiveTransfers", Certainty.Literal), (x.ValueName, x.NameCertainty)));
    }

    [Fact]
    public void Escapes_and_verbatim_strings_give_the_same_text()
    {
        var w = CsMain(""""
            Registry.SetValue("HKEY_LOCAL_MACHINE\\SOFTWARE\\A", "x\ty", @"C:\""quoted""");
            Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", "\u0041", "\x41");
            """").Registry();

        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\A", w[0].Key.Text);
        Assert.Equal("x\ty", w[0].ValueName);
        Assert.Equal("C:\\\"quoted\"", w[0].Data!.Text);
        Assert.Equal(("A", "A"), (w[1].ValueName, w[1].Data!.Text));
    }
}
