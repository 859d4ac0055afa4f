using System.Text.Json;

namespace HvLint.Cli.Tests;

/// <summary>hvlint check --shard K/N: a deterministic share of the files, linked files kept with the files that apply them.</summary>
public sealed class ShardTests : IDisposable
{
    private const int Shards = 3;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private void WriteEstate()
    {
        for (var i = 0; i < 30; i++)
        {
            _dir.Write($"hosts/{(char)('a' + (i % 4))}/h{i}.hvt", $"set OldA{i}=1\n");
        }
    }

    private string[] Run(params string[] args) => CliJson.Findings(CliRunner.RunFake(_dir.Path, ["check", "--format", "json", .. args]));

    [Fact]
    public void Shards_are_disjoint_cover_every_file_and_do_not_change_between_runs()
    {
        WriteEstate();
        var all = Run();
        Assert.Equal(30, all.Length);
        var shards = Enumerable.Range(1, Shards).Select(k => Run("--shard", $"{k}/{Shards}")).ToArray();

        Assert.Equal(all.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        for (var a = 0; a < Shards; a++)
        {
            Assert.NotEmpty(shards[a]);
            for (var b = a + 1; b < Shards; b++)
            {
                Assert.Empty(shards[a].Intersect(shards[b]));
            }

            Assert.Equal(shards[a], Run("--shard", $"{a + 1}/{Shards}"));
        }

        // 1/1 is everything.
        Assert.Equal(all, Run("--shard", "1/1"));
    }

    [Fact]
    public void A_shard_is_the_same_from_another_folder_and_with_other_path_spellings()
    {
        WriteEstate();
        Directory.CreateDirectory(Path.Combine(_dir.Path, ".git"));
        var fromRoot = Run("--shard", "2/3");
        var fromHosts = CliJson.Findings(CliRunner.RunFake(Path.Combine(_dir.Path, "hosts"), "check", ".", "--format", "json", "--shard", "2/3"));
        Assert.Equal(fromRoot, fromHosts.Select(f => "hosts/" + f));
        Assert.Equal(fromRoot, Run("./hosts", "--shard", "2/3"));
    }

    [Fact]
    public void The_share_of_a_path_is_a_stable_hash_of_its_relative_path()
    {
        // Known answers: the same on every machine and in every process (string.GetHashCode is not).
        Assert.Equal(Shard.Of("hosts/a/h1.reg", 1000), Shard.Of("hosts\\a\\h1.reg", 1000));
        Assert.Equal(Shard.Of("hosts/a/h1.reg", 1000), Shard.Of("Hosts/A/H1.reg", 1000));
        Assert.Equal(
            [1, 2, 3, 4],
            Enumerable.Range(0, 400).Select(i => Shard.Of($"f{i}.reg", 4)).Distinct().Order());
        Assert.Equal(
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData("hosts/a/h1.reg"u8)),
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("hosts/a/h1.reg"))));
    }

    [Fact]
    public void A_file_imported_by_another_lands_in_the_importers_shard_and_is_linted_once()
    {
        // Twelve scripts, each importing its own .reg file (which has a finding of its own), and
        // one .reg file imported by two scripts.
        const string Key = @"HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Virtualization";
        for (var i = 0; i < 12; i++)
        {
            _dir.Write($"scripts/p{i}.cmd", $"reg import ..\\lib\\l{i}.reg\r\nreg add \"{Key}\" /v MinVmVersionForCpuBasedMitigations /t REG_SZ /d 1.0\r\n");
            _dir.Write($"lib/l{i}.reg", $"Windows Registry Editor Version 5.00\r\n\r\n[{Key.Replace("HKLM", "HKEY_LOCAL_MACHINE", StringComparison.Ordinal)}]\r\n\"L{i}Unknown\"=dword:00000001\r\n");
        }

        _dir.Write("scripts/q1.cmd", $"reg import ..\\lib\\shared.reg\r\nreg add \"{Key}\" /v MinVmVersionForCpuBasedMitigations /t REG_SZ /d 1.0\r\n");
        _dir.Write("scripts/q2.cmd", $"reg import ..\\lib\\shared.reg\r\nreg add \"{Key}\" /v MinVmVersionForCpuBasedMitigations /t REG_SZ /d 1.0\r\n");
        _dir.Write("lib/shared.reg", $"Windows Registry Editor Version 5.00\r\n\r\n[{Key.Replace("HKLM", "HKEY_LOCAL_MACHINE", StringComparison.Ordinal)}]\r\n\"SharedUnknown\"=dword:00000001\r\n");

        string[] Findings(params string[] args) => CliJson.Findings(CliRunner.Run(_dir.Path, ["check", "--format", "json", .. args]));
        var all = Findings();
        var shards = Enumerable.Range(1, Shards).Select(k => Findings("--shard", $"{k}/{Shards}")).ToArray();

        // Every finding once: a linked file is never linted by two shards.
        Assert.Equal(all.Order(StringComparer.Ordinal), shards.SelectMany(s => s).Order(StringComparer.Ordinal));
        var shardOf = shards.SelectMany((s, k) => s.Select(f => (Path: f[..f.IndexOf(':', StringComparison.Ordinal)], k))).Distinct()
            .ToDictionary(x => x.Path, x => x.k);
        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(shardOf[$"lib/l{i}.reg"], shardOf[$"scripts/p{i}.cmd"]);
        }

        Assert.Equal(shardOf["lib/shared.reg"], shardOf["scripts/q1.cmd"]);
        Assert.Equal(shardOf["lib/shared.reg"], shardOf["scripts/q2.cmd"]);
        Assert.True(shardOf.Values.Distinct().Count() > 1, "the groups should not all land in one shard");
    }

    [Fact]
    public void Each_shard_has_its_own_sarif_category_and_json_says_which_shard()
    {
        WriteEstate();
        using var sarif = JsonDocument.Parse(CliRunner.RunFake(_dir.Path, "check", "--format", "sarif", "--shard", "2/3").Stdout);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Equal("hvlint/shard-2-of-3/", run.GetProperty("automationDetails").GetProperty("id").GetString());

        using var plain = JsonDocument.Parse(CliRunner.RunFake(_dir.Path, "check", "--format", "sarif").Stdout);
        Assert.False(plain.RootElement.GetProperty("runs")[0].TryGetProperty("automationDetails", out _));

        using var json = JsonDocument.Parse(CliRunner.RunFake(_dir.Path, "check", "--format", "json", "--shard", "2/3").Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("shard").GetProperty("index").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("shard").GetProperty("count").GetInt32());
    }

    [Fact]
    public void With_a_baseline_a_shard_does_not_count_other_shards_findings_as_gone()
    {
        WriteEstate();
        Assert.Equal(0, CliRunner.RunFake(_dir.Path, "check", "--write-baseline", "baseline.json").ExitCode);
        for (var k = 1; k <= Shards; k++)
        {
            var r = CliRunner.RunFake(_dir.Path, "check", "--baseline", "baseline.json", "--shard", $"{k}/{Shards}");
            Assert.True(r.ExitCode == 0, r.ToString());
            Assert.DoesNotContain("no longer found", r.Stdout, StringComparison.Ordinal);
        }

        var refused = CliRunner.RunFake(_dir.Path, "check", "--write-baseline", "b2.json", "--shard", "1/2");
        Assert.Equal(2, refused.ExitCode);
    }

    [Fact]
    public void Shards_of_one_host_are_refused()
    {
        WriteEstate();
        var r = CliRunner.RunFake(_dir.Path, "check", "--as-one-host", "--shard", "1/2");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--as-one-host checks the files together", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("2")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    public void A_shard_outside_1_to_N_is_a_usage_error(string value)
    {
        WriteEstate();
        var r = CliRunner.RunFake(_dir.Path, "check", "--shard=" + value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"'{value}' is not a valid value for '--shard'", r.Stderr, StringComparison.Ordinal);
    }
}
