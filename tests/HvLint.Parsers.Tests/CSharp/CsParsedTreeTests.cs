using HvLint.Core.Model;
using HvLint.Parsers.CSharp;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>The entry for a host that already parsed the file (the analyzer inside the compiler).</summary>
public class CsParsedTreeTests
{
    private const string Code = """
        using Microsoft.Win32;
        static class Tuning
        {
            const string Name = "EnableCompresion";
            static void Main() => Registry.SetValue(@"HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration", Name, 1);
        }
        """;

    [Fact]
    public void A_tree_and_its_semantic_model_give_the_writes_the_file_gives()
    {
        var tree = CSharpSyntaxTree.ParseText(Code, path: "Tuning.cs");
        var model = CSharpCompilation.Create("t", [tree]).GetSemanticModel(tree);

        var fromTree = CSharpWrites.Read(tree, model);
        var fromFile = new CSharpFileExtractor().Extract("Tuning.cs", System.Text.Encoding.UTF8.GetBytes(Code));

        var w = Assert.Single(fromTree.Writes.OfType<RegistryWrite>());
        Assert.Equal(("EnableCompresion", Certainty.Resolved), (w.ValueName, w.NameCertainty));
        Assert.Equal("\"EnableCompresion\"", fromTree.Source.Text.Substring(w.NameSpan!.Value.Start, w.NameSpan.Value.Length));
        Assert.Equal("Tuning.cs", fromTree.Source.Path);
        Assert.Equal(fromFile.Writes.Select(x => (x.Identity, x.Span)), fromTree.Writes.Select(x => (x.Identity, x.Span)));
    }

    [Fact]
    public void Without_a_semantic_model_names_are_followed_within_the_file()
    {
        var tree = CSharpSyntaxTree.ParseText(Code);

        var w = Assert.Single(CSharpWrites.Read(tree).Writes.OfType<RegistryWrite>());
        Assert.Equal("EnableCompresion", w.ValueName);
    }
}
