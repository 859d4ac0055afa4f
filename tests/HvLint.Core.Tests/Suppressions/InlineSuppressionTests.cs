using System.Text;
using HvLint.Core.Diagnostics;
using HvLint.Core.Engine;
using HvLint.TestKit;

namespace HvLint.Core.Tests.Suppressions;

/// <summary>Inline suppressions through the real engine, front ends and rules, in every input language.</summary>
public sealed class InlineSuppressionTests
{
    private const string Head = "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration]\n";
    private const string PsKey = "$key = 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration'\n";
    private const string RegAdd = "reg add \"HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Virtualization\\Migration\" /t REG_DWORD /d 8 /f /v ";

    private static FileResult Lint(string text, string extension = ".reg", LintOptions? options = null)
    {
        var bytes = extension == ".reg" ? Encoding.Latin1.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        return RuleVerifier.Engine.LintBytes("sample" + extension, bytes, options ?? new LintOptions());
    }

    private static string[] Reported(FileResult r) => [.. r.Diagnostics.Select(d => $"{d.Rule.Id}@{d.Location.Start.Line}")];

    private static string[] Suppressed(FileResult r) => [.. r.Suppressed.Select(s => $"{s.Diagnostic.Rule.Id}@{s.Diagnostic.Location.Start.Line}")];

    [Fact]
    public void Without_a_suppression_the_unknown_value_is_reported()
    {
        Assert.Equal(["HV0101@4"], Reported(Lint(Head + "\"ContosoThrottle\"=dword:00000008\n")));
    }

    [Fact]
    public void Next_line_suppresses_the_next_line_with_code_skipping_blank_and_comment_lines()
    {
        var r = Lint(Head + """
            ; hvlint-disable-next-line HV0101 -- read by the Contoso agent
            ; hvlint-disable-next-line HV0301 -- the agent caps it itself

            "ContosoThrottle"=dword:00000008
            "ContosoOther"=dword:00000008
            "MaximumActiveTransfers"=dword:000007d0
            """);
        Assert.Equal(["HV0980@5", "HV0101@8", "HV0301@9"], Reported(r));
        Assert.Equal(["HV0101@7"], Suppressed(r));
        var s = Assert.Single(r.Suppressed);
        Assert.Equal("read by the Contoso agent", s.Justification);
        Assert.Null(s.Until);
        Assert.Equal(4, s.Directive.Start.Line);
    }

    [Fact]
    public void Disable_line_suppresses_its_own_line_and_accepts_several_rules_by_id_or_name()
    {
        var r = Lint(Head + """
            "ContosoThrottle"=dword:00000008 ; hvlint-disable-line UnknownValueName -- Contoso agent
            "MaximumActiveTransfers"=dword:000007d0 ; hvlint-disable-line hv0301, HV0101 -- capped by vmms anyway
            "ContosoOther"=dword:00000008
            """);
        Assert.Equal(["HV0101@4", "HV0301@5"], Suppressed(r));
        Assert.Equal(["HV0980@5", "HV0101@6"], Reported(r));
        Assert.Contains("'HV0101' suppresses nothing", r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disable_and_enable_suppress_a_range_per_rule_and_an_open_range_runs_to_the_end()
    {
        var r = Lint(Head + """
            ; hvlint-disable HV0101, HV0301 -- Contoso block
            "ContosoA"=dword:00000008
            "MaximumActiveTransfers"=dword:000007d0
            ; hvlint-enable HV0101
            "ContosoB"=dword:00000008
            "MaximumActiveTransfers"=dword:000007d1
            ; hvlint-enable
            "MaximumActiveTransfers"=dword:000007d2
            ; hvlint-disable HV0101 -- to the end
            "ContosoC"=dword:00000008
            """);
        Assert.Equal(["HV0101@5", "HV0301@6", "HV0301@9", "HV0101@13"], Suppressed(r));
        Assert.Equal(["HV0101@8", "HV0301@11"], Reported(r).Where(x => !x.StartsWith("HV07", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Disable_file_suppresses_the_rule_everywhere_in_the_file()
    {
        var r = Lint(Head + """
            "ContosoA"=dword:00000008
            "ContosoB"=dword:00000008
            ; hvlint-disable-file HV0101 -- this file configures the Contoso agent only
            """);
        Assert.Equal(["HV0101@4", "HV0101@5"], Suppressed(r));
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void A_narrower_suppression_takes_the_finding_and_a_redundant_wider_one_is_unused()
    {
        var r = Lint(Head + """
            ; hvlint-disable-file HV0101 -- Contoso file
            ; hvlint-disable-next-line HV0101 -- Contoso value
            "ContosoA"=dword:00000008
            """);
        Assert.Equal(["HV0101@6"], Suppressed(r));
        Assert.Equal("Contoso value", r.Suppressed[0].Justification);
        Assert.Equal(["HV0980@4"], Reported(r));
    }

    [Fact]
    public void An_expired_suppression_stops_working_and_says_so()
    {
        var text = Head + "; hvlint-disable-next-line HV0101 -- until 2027-03-31: agent moves to its own key\n\"ContosoA\"=dword:00000008\n";
        var before = Lint(text, options: new LintOptions { Today = new DateOnly(2027, 3, 31) });
        Assert.Equal(["HV0101@5"], Suppressed(before));
        Assert.Equal(new DateOnly(2027, 3, 31), before.Suppressed[0].Until);
        Assert.Equal("agent moves to its own key", before.Suppressed[0].Justification);

        var after = Lint(text, options: new LintOptions { Today = new DateOnly(2027, 4, 1) });
        Assert.Empty(after.Suppressed);
        Assert.Equal(["HV0983@4", "HV0101@5"], Reported(after));
        Assert.Contains("expired on 2027-03-31", after.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_rules_are_findings_with_a_suggestion_and_known_ones_still_apply()
    {
        var r = Lint(Head + "; hvlint-disable-next-line UnknownValueNme, HV0101 -- Contoso\n\"ContosoA\"=dword:00000008\n");
        Assert.Equal(["HV0101@5"], Suppressed(r));
        var d = Assert.Single(r.Diagnostics);
        Assert.Equal("HV0981", d.Rule.Id);
        Assert.Equal("UnknownValueNme", r.Diagnostics[0].Location.Source.GetText(d.Location.Span));
        Assert.Contains("Did you mean 'UnknownValueName'?", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_reason_is_a_finding_unless_configuration_allows_it_and_the_suppression_still_applies()
    {
        var text = Head + "; hvlint-disable-next-line HV0101\n\"ContosoA\"=dword:00000008\n";
        var required = Lint(text);
        Assert.Equal(["HV0101@5"], Suppressed(required));
        Assert.Equal(["HV0982@4"], Reported(required));
        Assert.Null(required.Suppressed[0].Justification);

        var optional = Lint(text, options: new LintOptions { RequireSuppressionReason = false });
        Assert.Empty(optional.Diagnostics);
    }

    [Theory]
    [InlineData("; hvlint-disable-nextline HV0101 -- x", "Did you mean 'hvlint-disable-next-line'?")]
    [InlineData("; hvlint-disable-next-line -- no rule", "names no rule")]
    [InlineData("; hvlint-disable-next-line HV0101 -- until 2027-02-30: x", "'2027-02-30' is not a date")]
    [InlineData("; hvlint-enable HV0101", "has no 'hvlint-disable' of the same rules above it")]
    public void Malformed_directives_are_findings_and_suppress_nothing(string directive, string expected)
    {
        var r = Lint(Head + directive + "\n\"ContosoA\"=dword:00000008\n");
        Assert.Empty(r.Suppressed);
        Assert.Equal(["HV0984@4", "HV0101@5"], Reported(r));
        Assert.Contains(expected, r.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_that_mentions_a_directive_is_not_one()
    {
        var r = Lint(Head + "; To silence it, write hvlint-disable-next-line HV0101 -- reason\n\"ContosoA\"=dword:00000008\n");
        Assert.Equal(["HV0101@5"], Reported(r));
    }

    [Fact]
    public void A_suppression_of_a_rule_that_is_off_is_not_reported_as_unused_and_findings_about_suppressions_can_be_configured()
    {
        var text = Head + "; hvlint-disable-next-line HV0301 -- x\n\"ContosoA\"=dword:00000008\n";
        var off = Lint(text, options: new LintOptions { RuleSeverities = new Dictionary<string, Severity?> { ["HV0301"] = null } });
        Assert.Equal(["HV0101@5"], Reported(off));

        var quiet = Lint(text, options: new LintOptions { RuleSeverities = new Dictionary<string, Severity?> { ["HV0980"] = null } });
        Assert.Equal(["HV0101@5"], Reported(quiet));

        var loud = Lint(text, options: new LintOptions { RuleSeverities = new Dictionary<string, Severity?> { ["HV0980"] = Severity.Error } });
        Assert.Equal(Severity.Error, loud.Diagnostics.Single(d => d.Rule.Id == "HV0980").Severity);
    }

    [Fact]
    public void Inline_suppressions_can_be_switched_off()
    {
        var r = Lint(Head + "; hvlint-disable-next-line HV0101 -- x\n\"ContosoA\"=dword:00000008\n", options: new LintOptions { InlineSuppressions = false });
        Assert.Equal(["HV0101@5"], Reported(r));
        Assert.Empty(r.Suppressed);
    }

    [Fact]
    public void PowerShell_line_end_and_block_comments_suppress_and_strings_do_not()
    {
        var r = Lint(PsKey + """
            # hvlint-disable-next-line HV0101 -- Contoso agent
            Set-ItemProperty -Path $key -Name ContosoA -Value 8 -Type DWord
            Set-ItemProperty -Path $key -Name ContosoB -Value 8 -Type DWord # hvlint-disable-line HV0101 -- Contoso agent
            <#
              hvlint-disable-next-line HV0101 -- inside a block comment
            #>
            Set-ItemProperty -Path $key -Name ContosoC -Value 8 -Type DWord
            $text = '# hvlint-disable-next-line HV0101 -- in a string'
            Set-ItemProperty -Path $key -Name ContosoD -Value 8 -Type DWord
            """, ".ps1");
        Assert.Equal(["HV0101@3", "HV0101@4", "HV0101@8"], Suppressed(r));
        Assert.Equal(["HV0101@10"], Reported(r));
    }

    [Fact]
    public void PowerShell_a_line_suppression_covers_a_command_continued_over_several_lines()
    {
        var r = Lint(PsKey + """
            # hvlint-disable-next-line HV0101 -- Contoso agent
            Set-ItemProperty -Path $key `
                -Name ContosoA `
                -Value 8 -Type DWord
            """, ".ps1");
        Assert.Equal(["HV0101@4"], Suppressed(r));
        Assert.Empty(r.Diagnostics);
    }

    [Fact]
    public void PowerShell_SuppressMessageAttribute_on_a_function_covers_the_function_only()
    {
        var r = Lint(PsKey + """
            function Set-ContosoTuning {
                [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0101', Justification = 'values of the Contoso agent')]
                [Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
                param()
                if ($true) { Set-ItemProperty -Path $key -Name ContosoA -Value 8 -Type DWord }
            }
            Set-ItemProperty -Path $key -Name ContosoB -Value 8 -Type DWord
            """, ".ps1");
        Assert.Equal(["HV0101@6"], Suppressed(r));
        Assert.Equal("values of the Contoso agent", r.Suppressed[0].Justification);
        Assert.Equal(3, r.Suppressed[0].Directive.Start.Line);
        Assert.Equal(["HV0101@8"], Reported(r));
    }

    [Fact]
    public void PowerShell_SuppressMessageAttribute_on_the_script_param_block_covers_the_script()
    {
        var r = Lint("""
            [System.Diagnostics.CodeAnalysis.SuppressMessage("HvLint", "UnknownValueName,HV0301", Justification = "until 2099-01-01: Contoso agent")]
            param()
            $key = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration'
            Set-ItemProperty -Path $key -Name ContosoA -Value 8 -Type DWord
            function F { Set-ItemProperty -Path $key -Name ContosoB -Value 8 -Type DWord }
            """, ".ps1");
        Assert.Equal(["HV0101@4", "HV0101@5"], Suppressed(r));
        Assert.Equal(new DateOnly(2099, 1, 1), r.Suppressed[0].Until);
        Assert.Equal(["HV0980@1"], Reported(r));
    }

    [Fact]
    public void PowerShell_SuppressMessageAttribute_written_before_the_function_keyword_covers_that_function()
    {
        var r = Lint(PsKey + """
            [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0101', Justification = 'Contoso')]
            function Set-Contoso { Set-ItemProperty -Path $key -Name ContosoA -Value 8 -Type DWord }
            Set-ItemProperty -Path $key -Name ContosoB -Value 8 -Type DWord
            """, ".ps1");
        Assert.Equal(["HV0101@3"], Suppressed(r));
        Assert.Equal(["HV0101@4"], Reported(r).Where(x => x.StartsWith("HV01", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void PowerShell_SuppressMessageAttribute_with_an_unknown_rule_or_no_justification_is_reported()
    {
        var r = Lint(PsKey + """
            function F {
                [Diagnostics.CodeAnalysis.SuppressMessageAttribute('HvLint', 'HV0110x')]
                param()
                Set-ItemProperty -Path $key -Name ContosoA -Value 8 -Type DWord
            }
            """, ".ps1");
        Assert.Equal(["HV0982@3", "HV0981@3", "HV0101@5"], Reported(r));
    }

    [Fact]
    public void Batch_rem_double_colon_and_ampersand_rem_suppress()
    {
        var r = Lint(
            "@echo off\n"
            + "rem hvlint-disable-next-line HV0101 -- Contoso agent\n"
            + RegAdd + "ContosoA\n"
            + ":: hvlint-disable-next-line HV0101 -- Contoso agent\n"
            + RegAdd + "ContosoB\n"
            + RegAdd + "ContosoC & rem hvlint-disable-line HV0101 -- Contoso agent\n"
            + RegAdd + "ContosoD\n",
            ".cmd");
        Assert.Equal(["HV0101@3", "HV0101@5", "HV0101@6"], Suppressed(r));
        Assert.Equal(["HV0101@7"], Reported(r).Where(x => x.StartsWith("HV01", StringComparison.Ordinal)).ToArray());
    }

    [Fact]
    public void Many_suppressions_in_a_large_file_are_applied_in_linear_time()
    {
        // 2,000 suppressed values (the rules' own cost dominates beyond that) and a block of
        // 20,000 stacked directives above one line: per-directive rescans would take minutes.
        var sb = new StringBuilder(Head);
        for (var i = 0; i < 2_000; i++)
        {
            sb.Append("; hvlint-disable-next-line HV0101 -- Contoso agent\n\"Contoso").Append(i).Append("\"=dword:00000008\n");
        }

        for (var i = 0; i < 20_000; i++)
        {
            sb.Append("; hvlint-disable-next-line HV0301 -- stacked\n");
        }

        sb.Append("\"ContosoLast\"=dword:00000008 ; hvlint-disable-line HV0101 -- last\n");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = Lint(sb.ToString());
        Assert.Equal(2_001, r.Suppressed.Count);
        Assert.Equal(20_000, r.Diagnostics.Count(d => d.Rule.Id == "HV0980"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Suppression_findings_are_listed_by_the_engine_in_the_script_range()
    {
        var ids = RuleVerifier.Engine.Descriptors.Where(d => d.Number is >= 980 and <= 989).ToArray();
        Assert.Equal(["HV0980", "HV0981", "HV0982", "HV0983", "HV0984"], ids.Select(d => d.Id));
        Assert.All(ids, d => Assert.Equal(RuleCategory.Script, d.Category));
    }
}
