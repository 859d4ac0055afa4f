using HvLint.Core.Diagnostics;

namespace HvLint.Core.Rules;

/// <summary>
/// A rule. Rules see only the neutral write model and the catalog, never syntax, so one rule
/// serves every front end. Override only the hooks you need; the engine applies
/// configuration, severity and suppressions, and turns an exception into an internal error.
/// </summary>
public abstract class Rule
{
    /// <summary>What the rule is.</summary>
    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Called once per registry write.</summary>
    public virtual void AnalyzeRegistryWrite(RegistryWriteContext context)
    {
    }

    /// <summary>Called once per BCD write.</summary>
    public virtual void AnalyzeBcdWrite(BcdWriteContext context)
    {
    }

    /// <summary>Called once per Hyper-V setting write (a Hyper-V module cmdlet's parameter).</summary>
    public virtual void AnalyzeHyperVSettingWrite(HyperVSettingWriteContext context)
    {
    }

    /// <summary>Called once per file, after the per-write hooks, with all of its writes.</summary>
    public virtual void AnalyzeFile(FileContext context)
    {
    }

    /// <summary>
    /// Whether <see cref="AnalyzeFile"/> also runs over a host: the writes of several files applied
    /// to one host, in the order they apply (a script with the files it imports, or every input
    /// with <c>--as-one-host</c>). A rule that relates writes to each other (a value set twice, a
    /// gate set in another file) says true; its findings on a file that a host covers are then
    /// the host's. A rule about one write at a time (an unknown key) keeps false, so it reports
    /// once per file, not once more per host.
    /// </summary>
    public virtual bool AnalyzesHost => false;
}
