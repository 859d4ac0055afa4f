using HvLint.Core.Model;
using static HvLint.Parsers.Tests.PowerShell.PsTestHelpers;

namespace HvLint.Parsers.Tests.PowerShell;

/// <summary>Data-driven loops: one write per table element, pointing at the element's literal.</summary>
public class PsLoopTests
{
    [Fact]
    public void Foreach_over_an_array_of_hashtables_writes_once_per_element()
    {
        var result = Ps($$"""
            $settings = @(
                @{ Path = '{{Migration}}'; Name = 'MaximumActiveTransfers'; Value = 8 }
                @{ Path = '{{Migration}}'; Name = 'MaximumStorageMigrations'; Value = 4 }
            )
            foreach ($s in $settings) {
                Set-ItemProperty -Path $s.Path -Name $s.Name -Value $s.Value
            }
            """);
        result.AssertNoFindings();
        var w = result.Registry();

        Assert.Equal(2, w.Length);
        Assert.Equal(["MaximumActiveTransfers", "MaximumStorageMigrations"], w.Select(x => x.ValueName));
        Assert.Equal([8UL, 4UL], w.Select(x => x.Data!.Number!.Value));
        Assert.Equal("4", result.Text(w[1].DataSpan));
        Assert.Equal(3, result.Source.GetPosition(w[1].DataSpan!.Value.Start).Line);
        Assert.Equal("'MaximumStorageMigrations'", result.Text(w[1].NameSpan));
        var command = Assert.Single(w[1].RelatedSpans);
        Assert.StartsWith("Set-ItemProperty -Path $s.Path", result.Text(command), StringComparison.Ordinal);
        Assert.Equal(Certainty.Resolved, w[1].DataCertainty);
    }

    [Fact]
    public void Pscustomobject_rows_and_member_access_work_like_hashtables()
    {
        var w = Ps($$"""
            $rows = [pscustomobject]@{ Name = 'MaximumActiveTransfers'; Value = 8 },
                    [pscustomobject]@{ Name = 'MaximumStorageMigrations'; Value = 4 }
            $rows | ForEach-Object { Set-ItemProperty -Path '{{Migration}}' -Name $_.Name -Value $_.Value }
            """).Registry();

        Assert.Equal([8UL, 4UL], w.Select(x => x.Data!.Number!.Value));
    }

    [Fact]
    public void GetEnumerator_of_a_table_gives_key_and_value()
    {
        var result = Ps($$"""
            $values = [ordered]@{
                MaximumActiveTransfers   = 8
                MaximumStorageMigrations = '4'
            }
            $values.GetEnumerator() | ForEach-Object {
                Set-ItemProperty -Path '{{Migration}}' -Name $_.Key -Value $_.Value
            }
            foreach ($entry in $values.GetEnumerator()) { Remove-ItemProperty '{{Migration}}' -Name $entry.Name }
            """);
        var w = result.Registry();

        Assert.Equal(4, w.Length);
        Assert.Equal(RegistryValueType.String, w[1].Data!.Type);
        Assert.Equal("'4'", result.Text(w[1].DataSpan));
        Assert.Equal("MaximumStorageMigrations", result.Text(w[1].NameSpan));
        Assert.Equal(RegistryOperation.DeleteValue, w[3].Operation);
    }

    [Fact]
    public void Nested_tables_with_keys_and_indexes_resolve()
    {
        var w = Ps("""
            $tuning = @{
                'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization\Migration' = @{ MaximumActiveTransfers = 8 }
                'HKLM:\SYSTEM\CurrentControlSet\Services\VmsMp\Parameters' = @{ TenantNetworkMtu = 1500; Other = 1 }
            }
            foreach ($key in $tuning.Keys) {
                foreach ($name in $tuning[$key].Keys) {
                    $path = $key
                    Set-ItemProperty -Path $path -Name $name -Value $tuning[$key][$name] -Type DWord
                }
            }
            """).Registry();

        Assert.Equal(3, w.Length);
        Assert.Equal("TenantNetworkMtu", w[1].ValueName);
        Assert.Equal("Parameters", w[1].Key.Name);
        Assert.Equal(1500UL, w[1].Data!.Number);
    }

    [Fact]
    public void ForEach_method_and_loop_variables_built_into_paths_resolve()
    {
        var w = Ps("""
            $base = 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization'
            @('Migration', 'Worker').ForEach({ New-Item -Path "$base\$_" -Force:$false })
            foreach ($sub in 'Migration', 'Worker') { $p = Join-Path $base $sub; Set-ItemProperty $p -Name X -Value 1 }
            """).Registry();

        Assert.Equal(["Migration", "Worker", "Migration", "Worker"], w.Select(x => x.Key.Name));
    }

    [Fact]
    public void A_loop_over_something_unknown_is_followed_once_with_unknown_elements()
    {
        var result = Ps($$"""
            foreach ($s in (Import-Csv settings.csv)) { Set-ItemProperty -Path '{{Migration}}' -Name $s.Name -Value $s.Value }
            Get-ChildItem HKLM:\SOFTWARE | ForEach-Object { Set-ItemProperty -Path $_.PSPath -Name X -Value 1 }
            """);
        var w = result.SingleRegistry();

        Assert.Equal(Certainty.Unresolved, w.NameCertainty);
        Assert.Equal(Certainty.Unresolved, w.DataCertainty);
    }
}
