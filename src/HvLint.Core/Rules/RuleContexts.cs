using HvLint.Core.Catalog;
using HvLint.Core.Diagnostics;
using HvLint.Core.Fixes;
using HvLint.Core.Model;
using HvLint.Core.Text;

namespace HvLint.Core.Rules;

/// <summary>What every rule hook gets: the catalog, the file, and a way to report.</summary>
public abstract class RuleContext
{
    private readonly Action<Diagnostic> _report;

    private protected RuleContext(SettingsCatalog catalog, SourceText source, RuleDescriptor rule, Action<Diagnostic> report)
    {
        Catalog = catalog;
        Source = source;
        Rule = rule;
        _report = report;
    }

    /// <summary>The settings catalog.</summary>
    public SettingsCatalog Catalog { get; }

    /// <summary>The file being linted.</summary>
    public SourceText Source { get; }

    /// <summary>The rule being run.</summary>
    public RuleDescriptor Rule { get; private set; }

    /// <summary>
    /// Points the context at the next rule: the engine makes one context per write and passes
    /// it to every rule in turn (a large script has tens of thousands of writes).
    /// </summary>
    internal void Use(RuleDescriptor rule) => Rule = rule;

    /// <summary>The Windows Server release the hosts run (configuration "target" or --target; default ws2025).</summary>
    public WindowsTarget Target { get; internal init; } = WindowsTargets.Default;

    /// <summary>
    /// Reports a finding at a span of <paramref name="write"/>'s file (of this file when no write
    /// is given). The engine decides its final severity: the configured one when the
    /// configuration names the rule, else <paramref name="severity"/> (a rule may lower one
    /// finding, such as the harmless deletion of an unknown value), else the rule's default;
    /// and never above <paramref name="atMost"/> (a finding that rests on an inferred catalog
    /// fact passes <see cref="Severity.Warning"/>). <paramref name="fix"/> is the finding's fix as a
    /// change to a write; the front end of that write's file renders it in its own syntax.
    /// </summary>
    public void Report(TextSpan span, string message, Write? write = null, IReadOnlyList<RelatedLocation>? related = null, double? securitySeverity = null, Severity? severity = null, Severity? atMost = null, WriteChange? fix = null)
    {
        var source = write?.Source ?? Source;

        // A data-driven write (a loop over a settings table, a subroutine call) carries the
        // places that produce it; they become related locations of every finding about it.
        var all = related ?? [];
        if (write is { RelatedSpans.Count: > 0 } rw)
        {
            all = [.. all, .. rw.RelatedSpans.Select(s => new RelatedLocation(new Location(source, s), "The statement that makes this write."))];
        }

        _report(new Diagnostic(Rule, severity ?? Rule.DefaultSeverity, message, new Location(source, span))
        {
            WriteIdentity = write?.Identity,
            Related = all,
            SecuritySeverity = securitySeverity ?? Rule.SecuritySeverity,
            MaxSeverity = atMost,
            Change = fix,
        });
    }

    /// <summary>A location in this file, for related locations.</summary>
    public Location At(TextSpan span) => new(Source, span);

    /// <summary>A location in the file of <paramref name="write"/> (which may be another file of the host), for related locations.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Rules call it on their context, next to At(span).")]
    public Location At(Write write, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(write);
        return new(write.Source, span);
    }

    /// <summary>
    /// Where <paramref name="other"/> is, as seen from <paramref name="from"/>: "line 12" in the
    /// same file, "base.reg line 12" in another file of the host.
    /// </summary>
    public static string Place(Write other, Write from)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(from);
        var line = other.Source.GetPosition(other.Span.Start).Line;
        return ReferenceEquals(other.Source, from.Source)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line {line}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{other.Source.Path} line {line}");
    }
}

/// <summary>The context of one registry write.</summary>
public sealed class RegistryWriteContext : RuleContext
{
    internal RegistryWriteContext(SettingsCatalog catalog, RegistryWrite write, KeyMatch key, CatalogEntry? entry, RuleDescriptor rule, Action<Diagnostic> report)
        : base(catalog, write.Source, rule, report)
    {
        Write = write;
        Key = key;
        Entry = entry;
    }

    /// <summary>The write.</summary>
    public RegistryWrite Write { get; }

    /// <summary>What the catalog knows about the write's key (computed once per write).</summary>
    public KeyMatch Key { get; }

    /// <summary>The catalog entry of the write's value, or null (computed once per write).</summary>
    public CatalogEntry? Entry { get; }
}

/// <summary>The context of one BCD write.</summary>
public sealed class BcdWriteContext : RuleContext
{
    internal BcdWriteContext(SettingsCatalog catalog, BcdWrite write, RuleDescriptor rule, Action<Diagnostic> report)
        : base(catalog, write.Source, rule, report)
    {
        Write = write;
    }

    /// <summary>The write.</summary>
    public BcdWrite Write { get; }

    /// <summary>The catalog entry of the element, or null.</summary>
    public CatalogEntry? Entry => Catalog.FindBcdElement(Write.Element);
}

/// <summary>The context of one Hyper-V setting write.</summary>
public sealed class HyperVSettingWriteContext : RuleContext
{
    internal HyperVSettingWriteContext(SettingsCatalog catalog, HyperVSettingWrite write, RuleDescriptor rule, Action<Diagnostic> report)
        : base(catalog, write.Source, rule, report)
    {
        Write = write;
        Entry = write.Parameter is null ? null
            : write.WmiClass is { } wmiClass ? catalog.FindHyperVProperty(wmiClass, write.Parameter)
            : catalog.FindHyperVSetting(write.Cmdlet, write.Parameter);
    }

    /// <summary>The write.</summary>
    public HyperVSettingWrite Write { get; }

    /// <summary>The catalog entry of the cmdlet's parameter or of the WMI class's property, or null (computed once per write).</summary>
    public CatalogEntry? Entry { get; }
}

/// <summary>
/// The context of a whole file, or of several files applied to one host in order
/// (<c>--as-one-host</c>, or a file with the files it imports): then <see cref="Writes"/> holds
/// every file's writes in the order they apply, each write knows its own file, and rules report
/// and relate through the writes (<see cref="RuleContext.At(Write, TextSpan)"/>).
/// </summary>
public sealed class FileContext : RuleContext
{
    internal FileContext(SettingsCatalog catalog, SourceText source, IReadOnlyList<Write> writes, Func<RegistryWrite, KeyMatch> keyOf, RuleDescriptor rule, Action<Diagnostic> report, Dictionary<object, object>? shared = null)
        : base(catalog, source, rule, report)
    {
        Writes = writes;
        _keyOf = keyOf;
        _shared = shared ?? [];
    }

    private readonly Func<RegistryWrite, KeyMatch> _keyOf;
    private readonly Dictionary<object, object> _shared;

    /// <summary>Every write, in the order it would be applied.</summary>
    public IReadOnlyList<Write> Writes { get; }

    /// <summary>What the catalog knows about a write's key (cached).</summary>
    public KeyMatch KeyOf(RegistryWrite write) => _keyOf(write);

    /// <summary>
    /// A result about these writes that several rules need (the last write of each value, for
    /// example): worked out by the first rule that asks with <paramref name="key"/>, then handed
    /// to the others of the same pass. The result is shared, so nobody may change it.
    /// </summary>
    public T Shared<T>(object key, Func<FileContext, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(compute);
        if (!_shared.TryGetValue(key, out var value))
        {
            _shared[key] = value = compute(this);
        }

        return (T)value;
    }
}
