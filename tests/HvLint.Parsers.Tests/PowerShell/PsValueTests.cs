using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>Constant propagation: variables, strings, Join-Path, -f, splatting; and what stays unresolved.</summary>
public class PsValueTests
{
    [Fact]
    public void Variable_in_an_expandable_path_is_followed_and_the_key_points_at_the_argument()
    {
        var result = Ps("""
            $base = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
            $count = 8
            Set-ItemProperty "$base\Migration" -Name MaximumActiveTransfers -Value $count
            """);
        var w = result.SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Equal("\"$base\\Migration\"", result.Text(w.KeySpan));
        Assert.Equal(Certainty.Resolved, w.KeyCertainty);
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal(2, result.Source.GetPosition(w.DataSpan!.Value.Start).Line);
        Assert.Equal(Certainty.Resolved, w.DataCertainty);
        Assert.Equal(8UL, w.Data!.Number);
    }

    [Theory]
    [InlineData("$p = Join-Path $base 'Migration'", "$p")]
    [InlineData("$p = Join-Path -Path $base -ChildPath '\\Migration\\'", "$p")]
    [InlineData("$p = $base + '\\Migration'", "$p")]
    [InlineData("$p = '{0}\\{1}' -f $base, 'Migration'", "$p")]
    [InlineData("$p = \"$($base)\\Migration\"", "$p")]
    [InlineData("$script:p = \"${base}\\Migration\"", "$p")]
    [InlineData("$p = 'unused'", "(Join-Path $base Migration)")]
    [InlineData("$p = 'unused'", "$(Join-Path $base Migration)")]
    [InlineData("$p = @($base, 'Migration') -join '\\'", "$p")]
    public void Paths_built_from_constants_resolve(string assignment, string argument)
    {
        var w = Ps($"""
            $base = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
            {assignment}
            Set-ItemProperty -Path {argument} -Name MaximumActiveTransfers -Value 8
            """).SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
    }

    [Fact]
    public void Backtick_escapes_and_here_strings_expand_as_PowerShell_does()
    {
        var result = Ps("""
            $n = 'Mig'
            Set-ItemProperty "HKLM:\SOFTWARE\`$x\$($n)ration" -Name "A`tB" -Value @"
            line $n
            "@
            """);
        var w = result.SingleRegistry();

        Assert.Equal(@"HKEY_LOCAL_MACHINE\SOFTWARE\$x\Migration", w.Key.Text);
        Assert.Equal("A\tB", w.ValueName);
        Assert.Equal("line Mig", w.Data!.Text);
    }

    [Fact]
    public void A_variable_assigned_the_same_value_on_every_path_is_a_constant()
    {
        var w = Ps($$"""
            if ($x) { $v = 8 } else { $v = 8 }
            Set-ItemProperty '{{Migration}}' -Name MaximumActiveTransfers -Value $v
            """).SingleRegistry();

        Assert.Equal(8UL, w.Data!.Number);
    }

    [Theory]
    [InlineData("if ($x) { $v = 8 } else { $v = 16 }")]
    [InlineData("$v = 8; $v += 1")]
    [InlineData("$v = Read-Host 'Transfers'")]
    [InlineData("$v = Get-Transfers")]
    [InlineData("$v = $env:TRANSFERS")]
    [InlineData("$v = 8; Set-Variable -Name v -Value 9")]
    [InlineData("$v = 8; Get-Thing -OutVariable v")]
    [InlineData("$v = 8; [ref]$v")]
    [InlineData("")]
    public void Values_computed_at_run_time_stay_unresolved(string assignment)
    {
        var w = Ps(assignment + "\nSet-ItemProperty '" + Migration + "' -Name MaximumActiveTransfers -Value $v").SingleRegistry();

        Assert.Null(w.Data);
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_variable_a_function_assigns_is_local_to_that_function()
    {
        // Both functions use $transfers for their own value: each write sees its own.
        var writes = Ps($$"""
            function Set-Small { $transfers = 2; Set-ItemProperty '{{Migration}}' -Name MaximumActiveTransfers -Value $transfers }
            function Set-Large { $transfers = 8; Set-ItemProperty '{{Migration}}' -Name MaximumActiveTransfers -Value $transfers }
            """).Registry();

        Assert.Equal([2UL, 8UL], writes.Select(w => w.Data!.Number!.Value));
    }

    [Fact]
    public void A_function_reads_a_script_variable_it_does_not_assign()
    {
        var w = Ps($$"""
            $path = '{{Migration}}'
            function Set-Tuning { Set-ItemProperty -Path $path -Name MaximumActiveTransfers -Value 4 }
            """).SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
    }

    [Fact]
    public void A_variable_that_a_caller_may_have_set_otherwise_stays_unresolved()
    {
        // Set-Tuning sees whichever $v is in effect where it is called: 8 from the script, or 16
        // from Invoke-Big (PowerShell's scopes are dynamic). HvLint does not guess.
        var w = Ps($$"""
            $v = 8
            function Invoke-Big { $v = 16; Set-Tuning }
            function Set-Tuning { Set-ItemProperty '{{Migration}}' -Name MaximumActiveTransfers -Value $v }
            """).SingleRegistry();

        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }

    [Fact]
    public void A_loop_variable_in_one_function_does_not_hide_a_constant_in_another()
    {
        var writes = Ps($$"""
            function Get-Report { foreach ($name in Get-ChildItem) { $name } }
            function Set-Tuning { $name = 'MaximumActiveTransfers'; Set-ItemProperty '{{Migration}}' -Name $name -Value 4 }
            """).Registry();

        Assert.Equal("MaximumActiveTransfers", Assert.Single(writes).ValueName);
    }

    [Fact]
    public void A_script_scoped_assignment_in_a_function_is_the_script_variable()
    {
        var w = Ps($$"""
            function Initialize { $script:path = '{{Migration}}' }
            Set-ItemProperty -Path $path -Name MaximumActiveTransfers -Value 4
            """).SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
    }

    [Fact]
    public void Function_parameters_are_unresolved_and_an_unknown_key_drops_the_write()
    {
        var result = Ps($$"""
            function Set-Tuning([int]$Transfers, [string]$Key) {
                Set-ItemProperty -Path '{{Migration}}' -Name MaximumActiveTransfers -Value $Transfers
                Set-ItemProperty -Path $Key -Name MaximumActiveTransfers -Value 8
            }
            Set-Tuning -Transfers 2000 -Key 'HKLM:\SOFTWARE\x'
            """);
        var w = result.SingleRegistry();

        Assert.Equal(MigrationText, w.Key.Text);
        Assert.Null(w.Data);
    }

    [Fact]
    public void Splatted_hashtable_binds_by_name_and_points_at_the_table()
    {
        var result = Ps($$"""
            $params = @{
                Path  = '{{Migration}}'
                Name  = 'MaximumActiveTransfers'
                Value = 8
                Type  = 'DWord'
            }
            Set-ItemProperty @params
            """);
        var w = result.SingleRegistry();

        Assert.Equal("MaximumActiveTransfers", w.ValueName);
        Assert.Equal(8UL, w.Data!.Number);
        Assert.Equal(TypeOrigin.Explicit, w.TypeOrigin);
        Assert.Equal("8", result.Text(w.DataSpan));
        Assert.Equal("'MaximumActiveTransfers'", result.Text(w.NameSpan));
    }

    [Fact]
    public void A_splat_that_cannot_be_followed_drops_the_write()
    {
        var result = Ps("Set-ItemProperty @(Get-Params) -Value 1\n$p = Get-Params\nSet-ItemProperty @p -Value 1");

        result.AssertNoFindings();
        Assert.Empty(result.Writes);
    }

    [Fact]
    public void Mutated_hashtables_are_not_constants()
    {
        var result = Ps($$"""
            $params = @{ Path = '{{Migration}}'; Name = 'MaximumActiveTransfers' }
            $params.Value = 8
            Set-ItemProperty @params
            """);

        Assert.Empty(result.Writes);
    }
}
