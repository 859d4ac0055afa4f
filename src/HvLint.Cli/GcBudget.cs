using System.Runtime;

namespace HvLint.Cli;

/// <summary>
/// Suspends garbage collection while a run lints large PowerShell scripts. PowerShell's parser
/// builds a syntax tree of about 35 bytes per byte of script that stays alive while HvLint walks
/// it, so every collection during that time finds the tree alive and copies it once more; on a
/// 2 MB script those copies took a third of the run. A short-lived CLI run can instead ask the
/// runtime for an allowance sized from its input and collect nothing until it is done. Small
/// inputs (the usual case) are linted with the normal collector; when a run allocates more than
/// its allowance, the runtime simply resumes collecting. The allowance follows the largest
/// script, not the sum of all: the trees of many small scripts never live at the same time
/// (files are linted and dropped one after another), and a region sized from their sum kept
/// every byte a run of 10,000 files allocated, about 600 MB, uncollected.
/// </summary>
internal sealed class GcBudget : IDisposable
{
    // Measured with tests/HvLint.Benchmarks: linting allocates about 64 bytes per byte of
    // PowerShell (parser, walk and rules together); the allowance leaves room above that.
    private const long BytesPerScriptByte = 96;
    private const long Baseline = 64L << 20;
    private const long Threshold = 256L << 10;
    private const long Ceiling = 1L << 30;

    private readonly bool _active;

    private GcBudget(bool active) => _active = active;

    /// <summary>Starts a no-collection region when a PowerShell file among <paramref name="paths"/> is large.</summary>
    public static GcBudget For(IEnumerable<string> paths)
    {
        long scriptBytes = 0;
        foreach (var path in paths)
        {
            if (path.EndsWith(".ps1", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".psm1", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    scriptBytes = Math.Max(scriptBytes, new FileInfo(path).Length);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The engine reports an unreadable file; it does not count here.
                }
            }
        }

        if (scriptBytes < Threshold)
        {
            return new GcBudget(false);
        }

        try
        {
            return new GcBudget(GC.TryStartNoGCRegion(Math.Min(Ceiling, Baseline + (scriptBytes * BytesPerScriptByte))));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the runtime can set aside, or a region already open: collect as usual.
            return new GcBudget(false);
        }
    }

    /// <summary>Ends the region if the run stayed within it.</summary>
    public void Dispose()
    {
        if (_active && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The runtime already ended it (the run allocated more than the allowance).
            }
        }
    }
}
