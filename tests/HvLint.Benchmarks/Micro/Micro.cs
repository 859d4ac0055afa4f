using BenchmarkDotNet.Running;

namespace HvLint.Benchmarks;

/// <summary>
/// The in-process micro-benchmarks (BenchmarkDotNet): 'dotnet run -c Release --project
/// tests/HvLint.Benchmarks -- micro [BenchmarkDotNet options]', e.g. '--job short' or
/// '--filter *Catalog*'. They run in this process (BenchmarkDotNet's in-process toolchain), which
/// needs no second build of the solution; '--out-of-process' gives BenchmarkDotNet's default of a
/// generated, separately built project instead. Without '--filter' every benchmark runs; the
/// reports are written under the build folder unless '--artifacts' says where.
/// </summary>
internal static class Micro
{
    public static int Run(string[] args)
    {
        var list = args.ToList();
        if (!list.Remove("--out-of-process") && !list.Contains("--inProcess"))
        {
            list.Add("--inProcess");
        }

        // BenchmarkDotNet writes its reports under the current folder by default: keep them out
        // of the work tree, beside the build.
        if (!list.Any(a => a is "--artifacts" or "-a"))
        {
            list.AddRange(["--artifacts", Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts")]);
        }

        if (!list.Any(a => a is "--filter" or "-f" or "--list" or "--info" or "--help" or "-h" or "--version"))
        {
            list.AddRange(["--filter", "*"]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Micro).Assembly).Run([.. list]);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
