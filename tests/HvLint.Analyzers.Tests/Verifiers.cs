using System.Collections.Immutable;
using HvLint.Analyzers.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace HvLint.Analyzers.Tests;

/// <summary>
/// The .NET 10 reference assemblies of the installed SDK (packs/Microsoft.NETCore.App.Ref), so
/// the tests compile their samples offline: the harness's default would download a reference
/// package at run time.
/// </summary>
internal static class InstalledReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(Find);

    /// <summary>Every reference assembly of Microsoft.NETCore.App for net10.0.</summary>
    public static ImmutableArray<MetadataReference> All => s_references.Value;

    private static ImmutableArray<MetadataReference> Find()
    {
        // <dotnet root>/shared/Microsoft.NETCore.App/<version>/ is where the running runtime is.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var packs = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        var folder = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Where(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) && v.Major == 10)
                .OrderByDescending(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
                .Select(d => Path.Combine(d, "ref", "net10.0"))
                .FirstOrDefault(Directory.Exists)
            : null;
        // Without the SDK's reference pack (a runtime-only machine), the runtime's own assemblies.
        var files = folder is not null ? Directory.GetFiles(folder, "*.dll") : Directory.GetFiles(runtime, "*.dll").Where(IsManagedAssembly).ToArray();
        return [.. files.Order(StringComparer.Ordinal).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f))];
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    /// <summary>Points a test at the installed references instead of a downloaded package.</summary>
    public static void Use(SolutionState state)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(All);
    }
}

/// <summary>Runs <see cref="HvLintAnalyzer"/> on C# samples with {|HV0101:...|} markup.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<HvLintAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source)
    {
        TestCode = source;
        InstalledReferences.Use(TestState);
    }
}

/// <summary>Runs <see cref="HvLintAnalyzer"/> and <see cref="HvLintCodeFixProvider"/> on a sample and compares the fixed text.</summary>
internal sealed class CodeFixTest : CSharpCodeFixTest<HvLintAnalyzer, HvLintCodeFixProvider, DefaultVerifier>
{
    public CodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        InstalledReferences.Use(TestState);
        InstalledReferences.Use(FixedState);
    }
}
