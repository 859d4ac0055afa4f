using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HvLint.Core.Configuration;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;

namespace HvLint.Cli;

/// <summary>
/// The rules <c>--select</c> and <c>--ignore</c> leave running, as ruff reads them: each
/// selector is a rule ID (HV0101), a rule name (UnknownValueName), a category (unknown-name)
/// or an ID prefix (HV01: HV0100-HV0199), comma-separated, options repeatable. Without
/// --select every rule may run; --ignore wins over --select. The parse findings (HV0001-HV0099:
/// a file that could not be read or a line that could not be parsed) are kept unless --ignore
/// names them, as ruff and ESLint always report syntax errors: they say the check was incomplete.
/// </summary>
/// <para>
/// The command line narrows what each file's configuration says: a rule left out is turned off
/// (so it does not run at all), a rule kept keeps the configuration's severity, and a rule that
/// --select names by ID or name runs even when the configuration turns it off (at its default
/// severity). A category or prefix does not turn a rule back on.
/// </para>
internal sealed partial class RuleSelection
{
    private readonly HashSet<string> _selected;
    private readonly HashSet<string> _named;
    private readonly ConcurrentDictionary<LintOptions, LintOptions> _narrowed = new(ReferenceEqualityComparer.Instance);

    private RuleSelection(HashSet<string> selected, HashSet<string> named)
    {
        _selected = selected;
        _named = named;
    }

    /// <summary>The IDs of the rules that may run, ordered.</summary>
    public IReadOnlyList<string> Selected => [.. _selected.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The selection the options give, or null when neither was given; throws
    /// <see cref="UsageException"/> (exit code 2) for a selector that names no rule.
    /// </summary>
    public static RuleSelection? Parse(IReadOnlyList<string> select, IReadOnlyList<string> ignore, IReadOnlyList<RuleDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(select);
        ArgumentNullException.ThrowIfNull(ignore);
        ArgumentNullException.ThrowIfNull(descriptors);
        if (select.Count == 0 && ignore.Count == 0)
        {
            return null;
        }

        var index = new RuleIndex(descriptors);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var selected = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (select.Count == 0)
        {
            selected.UnionWith(descriptors.Select(d => d.Id));
        }
        else
        {
            selected.UnionWith(Resolve("select", select, descriptors, index, named));
            selected.UnionWith(descriptors.Where(d => d.Category == RuleCategory.Parse).Select(d => d.Id));
        }

        if (ignore.Count > 0)
        {
            selected.ExceptWith(Resolve("ignore", ignore, descriptors, index, null));
        }
        named.IntersectWith(selected);
        return new RuleSelection(selected, named);
    }

    /// <summary>Whether a rule may run.</summary>
    public bool Runs(string ruleId) => _selected.Contains(ruleId);

    /// <summary>
    /// A file's options narrowed to the selection (one object per options object, so files that
    /// share their options still do): rules left out are off.
    /// </summary>
    public LintOptions Narrow(LintOptions options, IReadOnlyList<RuleDescriptor> descriptors) => _narrowed.GetOrAdd(options, o =>
    {
        var severities = new Dictionary<string, Severity?>(o.RuleSeverities, StringComparer.OrdinalIgnoreCase);
        foreach (var d in descriptors)
        {
            if (!_selected.Contains(d.Id))
            {
                severities[d.Id] = null;
            }
            else if (_named.Contains(d.Id) && severities.TryGetValue(d.Id, out var s) && s is null)
            {
                // Named on the command line: it runs although the configuration turns it off.
                severities.Remove(d.Id);
            }
        }

        // Every setting of LintOptions is copied; only the severities change.
        return new LintOptions
        {
            RuleSeverities = severities,
            Target = o.Target,
            InlineSuppressions = o.InlineSuppressions,
            RequireSuppressionReason = o.RequireSuppressionReason,
            Today = o.Today,
        };
    });

    private static HashSet<string> Resolve(string option, IReadOnlyList<string> values, IReadOnlyList<RuleDescriptor> descriptors, RuleIndex index, HashSet<string>? named)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var selector in values.SelectMany(v => v.Split(',')).Select(s => s.Trim()).Where(s => s.Length > 0))
        {
            if (index.Resolve(selector) is var (found, isCategory))
            {
                ids.UnionWith(found);
                if (!isCategory)
                {
                    named?.UnionWith(found);
                }

                continue;
            }

            if (IdPrefix().IsMatch(selector))
            {
                var prefix = selector.ToUpperInvariant();
                var matching = descriptors.Where(d => d.Id.StartsWith(prefix, StringComparison.Ordinal)).Select(d => d.Id).ToArray();
                if (matching.Length > 0)
                {
                    ids.UnionWith(matching);
                    continue;
                }

                throw new UsageException(
                    $"check: --{option} '{selector}' matches no rule." + Suggestions.DidYouMean(selector, Candidates(descriptors)),
                    "Give rule IDs (HV0101), ID prefixes (HV01), rule names or categories; 'hvlint rules' lists them.");
            }

            throw new UsageException(
                $"check: --{option} '{selector}' is not a rule ID, rule name, category or ID prefix." + Suggestions.DidYouMean(selector, Candidates(descriptors)),
                "Give rule IDs (HV0101), ID prefixes (HV01), rule names or categories; 'hvlint rules' lists them.");
        }

        if (ids.Count == 0)
        {
            throw new UsageException($"check: --{option} needs at least one rule ID, rule name, category or ID prefix.", "Run 'hvlint check --help' for usage.");
        }

        return ids;
    }

    private static IEnumerable<string> Candidates(IReadOnlyList<RuleDescriptor> descriptors) =>
        descriptors.Select(d => d.Id)
            .Concat(descriptors.Select(d => d.Name))
            .Concat(Enum.GetValues<RuleCategory>().Select(RuleCategories.Name));

    // HV and one to four digits: a prefix of IDs, as ruff selects E4 or F40.
    [GeneratedRegex("^HV[0-9]{1,4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IdPrefix();
}
