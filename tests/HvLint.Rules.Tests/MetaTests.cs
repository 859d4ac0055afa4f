using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.Core.Fixes;
using HvLint.Core.Rules;
using HvLint.TestKit;

namespace HvLint.Rules.Tests;

/// <summary>Checks over every rule at once (IDs, registration, documentation, examples).</summary>
public sealed partial class MetaTests
{
    private static IReadOnlyList<RuleDescriptor> Descriptors => RuleVerifier.Engine.Descriptors;

    [Fact]
    public void Every_rule_class_is_listed_in_the_rule_set()
    {
        var defined = typeof(RuleSet).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract).Select(t => t.Name).Order().ToArray();
        var listed = RuleSet.All.Select(r => r.GetType().Name).Order().ToArray();
        Assert.Equal(defined, listed);
    }

    [Fact]
    public void Rule_ids_are_unique_well_formed_and_inside_their_category_range()
    {
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Name).Distinct().Count());
        foreach (var d in Descriptors)
        {
            Assert.Matches("^HV[0-9]{4}$", d.Id);
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", d.Name);
            var (first, last) = RuleCategories.IdRange(d.Category);
            Assert.InRange(d.Number, first, last);
            Assert.EndsWith(".", d.Title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule_class_names_start_with_their_id_and_name()
    {
        foreach (var rule in RuleSet.All)
        {
            Assert.Equal(rule.Descriptor.Id + rule.Descriptor.Name, rule.GetType().Name);
        }
    }

    [Fact]
    public void Every_rule_class_is_in_the_folder_of_its_category()
    {
        // One axis for src/HvLint.Rules: the folder is the rule's RuleCategory (Conflict/, Range/ ...).
        foreach (var rule in RuleSet.All)
        {
            var name = rule.GetType().Name;
            var expected = RepoPaths.Combine("src", "HvLint.Rules", rule.Descriptor.Category.ToString(), name + ".cs");
            Assert.True(File.Exists(expected), $"{name} should be in {Path.GetRelativePath(RepoPaths.Root, expected)}");
        }

        var ruleFiles = Directory.GetFiles(RepoPaths.Combine("src", "HvLint.Rules"), "HV*.cs", SearchOption.AllDirectories);
        Assert.Equal(RuleSet.All.Count, ruleFiles.Length);
    }

    [Fact]
    public void Every_rule_has_its_own_test_class_beside_its_category_that_verifies_it_alone()
    {
        var testTypes = typeof(MetaTests).Assembly.GetTypes().Where(t => t.IsPublic).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in RuleSet.All)
        {
            var name = rule.GetType().Name;
            var category = rule.Descriptor.Category.ToString();
            var path = RepoPaths.Combine("tests", "HvLint.Rules.Tests", category, name + "Tests.cs");
            Assert.True(File.Exists(path), $"{name} has no test class {Path.GetRelativePath(RepoPaths.Root, path)} (tools/new-rule creates it)");
            Assert.True(testTypes.Contains(name + "Tests"), $"{path} does not declare the class {name}Tests");
            var source = File.ReadAllText(path);
            Assert.True(
                source.Contains($"Verify<{name}>(", StringComparison.Ordinal) || source.Contains($"VerifyFiles<{name}>(", StringComparison.Ordinal),
                $"{name}Tests never runs {name} alone (RuleVerifier.Verify<{name}>)");
        }

        // A file in a category folder is the test class of a rule of that category, and nothing else.
        var categories = Enum.GetNames<RuleCategory>();
        var expected = RuleSet.All.Select(r => Path.Combine(r.Descriptor.Category.ToString(), r.GetType().Name + "Tests.cs")).Order(StringComparer.Ordinal).ToArray();
        var actual = categories
            .Select(c => RepoPaths.Combine("tests", "HvLint.Rules.Tests", c))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.cs", SearchOption.AllDirectories))
            .Select(f => Path.GetRelativePath(RepoPaths.Combine("tests", "HvLint.Rules.Tests"), f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_rule_has_a_page_and_every_page_has_a_rule()
    {
        var pages = Directory.GetFiles(RepoPaths.Combine("docs", "rules"), "HV*.md").Select(Path.GetFileNameWithoutExtension).Order().ToArray();
        Assert.Equal(Descriptors.Select(d => d.Id).Order().ToArray(), pages);
    }

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var d in RuleVerifier.Engine.Descriptors)
        {
            data.Add(d.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_states_the_rule_category_and_severity(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        var page = File.ReadAllText(RepoPaths.Combine("docs", "rules", id + ".md"));
        Assert.StartsWith($"# {id}: {d.Name}\n", page.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"| {RuleCategories.Name(d.Category)} | {d.DefaultSeverity.ToString().ToLowerInvariant()} |", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_noncompliant_example_produces_the_rule_and_the_compliant_one_does_not(string id)
    {
        if (id is "HV0001" or "HV0099")
        {
            // An unreadable or binary file cannot be shown as text; its page shows the situation in prose.
            return;
        }

        var bad = RulePages.FirstExample(id, "Noncompliant");
        var good = RulePages.FirstExample(id, "Compliant");

        Assert.True(Findings(bad, id).Count > 0, $"{id}: the noncompliant example does not produce {id}:\n{bad.Code}\nFindings: {Describe(bad)}");
        Assert.True(Findings(good, id).Count == 0, $"{id}: the compliant example produces {id}:\n{good.Code}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_page_states_the_automatic_fix_the_descriptor_declares(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        var stated = RulePages.FixStatement(id);
        var declared = d.Fix is null ? "none" : d.Fix.Applicability.ToString().ToLowerInvariant();

        // Every page says whether HvLint fixes the finding, the rules' and the front ends' and the
        // engine's alike (`hvlint explain` shows it), and says what the descriptor declares.
        Assert.True(stated is not null, $"{id}: ## How to fix says neither \"Automatic fix (safe|unsafe): ...\" nor \"No automatic fix: ...\" (the descriptor declares {(d.Fix is null ? "no fix" : "a " + declared + " fix")})");
        Assert.True(declared == stated, $"{id}: the descriptor declares {(d.Fix is null ? "no fix" : "a " + declared + " fix")}, the page says {(stated == "none" ? "no automatic fix" : "a " + stated + " fix")}");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void The_automatic_fix_of_the_noncompliant_example_removes_the_finding_and_brings_no_new_one(string id)
    {
        var d = Descriptors.Single(x => x.Id == id);
        if (d.Fix is null)
        {
            return;
        }

        // The page's own example shows the fix: lint it, apply the first fix of the rule's first
        // fixable finding, lint again.
        var bad = RulePages.FixExample(id);
        var before = RuleVerifier.Lint(bad.Code, bad.Extension, bad.Target);
        var finding = before.Diagnostics.FirstOrDefault(x => x.Rule.Id == id && x.Fixes.Count > 0);
        Assert.True(finding is not null, $"{id} declares a fix, but no finding of its page's example carries one (the noncompliant example, or a block right after the Automatic fix line):\n{bad.Code}");
        var fix = finding.Fixes[0];
        Assert.True(fix.Applicability <= d.Fix.Applicability, $"{id}: the fix is {fix.Applicability}, the descriptor says {d.Fix.Applicability}");

        var fixedText = FixApplier.Apply(before.Source!.Text, fix.Edits);
        var after = RuleVerifier.Lint(fixedText, bad.Extension, bad.Target);

        Assert.True(Count(after, id) < Count(before, id), $"{id}: '{fix.Title}' left the finding:\n{fixedText}");
        foreach (var rule in after.Diagnostics.Select(x => x.Rule.Id).Distinct())
        {
            Assert.True(Count(after, rule) <= Count(before, rule), $"{id}: '{fix.Title}' brought a new {rule} finding:\n{fixedText}\n{string.Join("; ", after.Diagnostics.Where(x => x.Rule.Id == rule).Select(x => x.Message))}");
        }

        Assert.Empty(after.Notifications);
    }

    [Fact]
    public void Every_rule_runs_on_empty_input_and_on_every_sample_without_failing()
    {
        var samples = new List<string>();
        foreach (var dir in new[] { RepoPaths.Combine("examples"), RepoPaths.Combine("tests") })
        {
            if (Directory.Exists(dir))
            {
                samples.AddRange(Directory.EnumerateFiles(dir, "*.*", SearchOption.AllDirectories)
                    .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains("node_modules", StringComparison.Ordinal)

                        // The real-world corpus has its own no-crash test (CorpusFindingsTests), which lists
                        // the files HvLint still fails on until their fix is merged.
                        && !f.StartsWith(RepoPaths.Combine("tests", "corpus") + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                        && RuleVerifier.Engine.CanLint(f)));
            }
        }

        var results = RuleVerifier.Engine.Lint(new LintRequest([.. samples.Select(s => new LintDocument(s, s))]) { Links = LinkPolicy.DocumentsOnly }).Append(RuleVerifier.Engine.LintBytes("empty.reg", []));
        Assert.All(results, r => Assert.True(r.Notifications.Count == 0, string.Join("\n", r.Notifications.Select(n => n.Message))));
    }

    private static int Count(FileResult result, string id) => result.Diagnostics.Count(d => d.Rule.Id == id);

    private static List<Diagnostic> Findings((string Code, string Extension, string? Target) sample, string id) =>
        [.. RuleVerifier.Lint(sample.Code, sample.Extension, sample.Target).Diagnostics.Where(d => d.Rule.Id == id)];

    private static string Describe((string Code, string Extension, string? Target) sample) =>
        string.Join("; ", RuleVerifier.Lint(sample.Code, sample.Extension, sample.Target).Diagnostics.Select(d => $"{d.Rule.Id} {d.Message}"));
}
