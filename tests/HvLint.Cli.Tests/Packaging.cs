using HvLint.TestKit;

namespace HvLint.Cli.Tests;

/// <summary>The packaging tests run one at a time: each packs the tool, which is slow and uses every core.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PackagingTests
{
    public const string Name = "Packaging";
}

/// <summary>
/// A git repository holding this repository's working tree as it is now (tracked and untracked
/// files that git does not ignore, uncommitted changes included) in one commit: what a clone
/// of the change under test would hold, without its bin/ and obj/.
/// </summary>
internal sealed class RepoSnapshot
{
    private RepoSnapshot(string path, string commit)
    {
        Path = path;
        Commit = commit;
    }

    public string Path { get; }

    public string Commit { get; }

    public static RepoSnapshot Create(string destination)
    {
        var root = CiFormatTests.RepoRoot();
        var files = Processes.Run("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], root);
        Assert.True(files.ExitCode == 0, files.ToString());
        foreach (var relative in files.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal))
        {
            var source = System.IO.Path.Combine(root, relative);
            if (!File.Exists(source))
            {
                continue; // deleted in the working tree
            }

            var target = System.IO.Path.Combine(destination, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }

        Git(destination, "init", "-q");
        Git(destination, "add", "-A");
        Git(destination, "commit", "-q", "--no-verify", "-m", "snapshot");
        return new RepoSnapshot(destination, Git(destination, "rev-parse", "HEAD").Trim());
    }

    public static string Git(string directory, params string[] args)
    {
        var r = Processes.Run("git", ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", .. args], directory);
        Assert.True(r.ExitCode == 0, $"git {string.Join(' ', args)}: {r}");
        return r.Output;
    }
}
