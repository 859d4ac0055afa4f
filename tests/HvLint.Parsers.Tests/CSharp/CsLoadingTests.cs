using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace HvLint.Parsers.Tests.CSharp;

/// <summary>
/// Roslyn is loaded only for C# that can write: front ends are loaded into an isolated load
/// context that records every assembly it is asked for.
/// </summary>
public class CsLoadingTests
{
    [Fact]
    public void Roslyn_loads_for_a_cs_file_that_names_the_registry_and_not_for_other_files()
    {
        var context = new RecordingContext();
        try
        {
            var parsers = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "HvLint.Parsers.dll"));
            var all = (System.Collections.IEnumerable)parsers.GetType("HvLint.Parsers.FrontEnds")!.GetProperty("All")!.GetValue(null)!;
            var extractors = all.Cast<object>().ToDictionary(e => (string)e.GetType().GetProperty("Language")!.GetValue(e)!);

            Extract(extractors["reg"], "a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\x]\r\n\"A\"=dword:00000001\r\n");
            Extract(extractors["csharp"], "Calculator.cs", "class Calculator { int Add(int a, int b) => a + b; }");
            Assert.DoesNotContain(context.Requested, n => n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal));

            Extract(extractors["csharp"], "Tuning.cs", "Microsoft.Win32.Registry.SetValue(@\"HKEY_LOCAL_MACHINE\\SOFTWARE\\x\", \"A\", 1);");
            Assert.Contains("Microsoft.CodeAnalysis.CSharp", context.Requested);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void Extract(object extractor, string path, string text) =>
        extractor.GetType().GetMethod("Extract", [typeof(string), typeof(byte[])])!.Invoke(extractor, [path, Encoding.UTF8.GetBytes(text)]);

    private sealed class RecordingContext() : AssemblyLoadContext("hvlint-isolated-cs", isCollectible: true)
    {
        private readonly AssemblyDependencyResolver _resolver = new(Path.Combine(AppContext.BaseDirectory, "HvLint.Parsers.Tests.dll"));

        public HashSet<string> Requested { get; } = [];

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            lock (Requested)
            {
                Requested.Add(assemblyName.Name!);
            }

            var path = _resolver.ResolveAssemblyToPath(assemblyName);
            return path is not null && (assemblyName.Name!.StartsWith("HvLint", StringComparison.Ordinal) || assemblyName.Name!.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                ? LoadFromAssemblyPath(path!)
                : null;
        }
    }
}
