using System.Reflection;
using System.Runtime.Loader;
using System.Text;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>
/// The PowerShell parser is loaded only for PowerShell files: front ends are loaded into an
/// isolated load context that records every assembly it is asked for.
/// </summary>
public class PsLoadingTests
{
    [Fact]
    public void Linting_a_reg_file_never_loads_System_Management_Automation_and_a_script_does()
    {
        var context = new RecordingContext();
        try
        {
            var parsers = context.LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, "HvLint.Parsers.dll"));
            var all = (System.Collections.IEnumerable)parsers.GetType("HvLint.Parsers.FrontEnds")!.GetProperty("All")!.GetValue(null)!;
            var extractors = all.Cast<object>().ToDictionary(e => (string)e.GetType().GetProperty("Language")!.GetValue(e)!);

            Extract(extractors["reg"], "a.reg", "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\x]\r\n\"A\"=dword:00000001\r\n");
            Assert.DoesNotContain("System.Management.Automation", context.Requested);

            Extract(extractors["powershell"], "a.ps1", "Set-ItemProperty 'HKLM:\\SOFTWARE\\x' -Name A -Value 1");
            Assert.Contains("System.Management.Automation", context.Requested);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void The_extractor_class_names_no_PowerShell_type()
    {
        var type = typeof(HvLint.Parsers.PowerShell.PowerShellScriptExtractor);
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var types = type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)));

        Assert.DoesNotContain(types, t => t.Assembly.GetName().Name == "System.Management.Automation");
    }

    private static void Extract(object extractor, string path, string text) =>
        extractor.GetType().GetMethod("Extract", [typeof(string), typeof(byte[])])!.Invoke(extractor, [path, Encoding.UTF8.GetBytes(text)]);

    private sealed class RecordingContext() : AssemblyLoadContext("hvlint-isolated", isCollectible: true)
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
            return path is not null && (assemblyName.Name!.StartsWith("HvLint", StringComparison.Ordinal) || assemblyName.Name == "System.Management.Automation")
                ? LoadFromAssemblyPath(path!)
                : null;
        }
    }
}
