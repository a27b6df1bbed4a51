using System.Text.RegularExpressions;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// The image recipe, read as text: no Docker engine runs here to build it, so these check what can be checked without
/// one (stages, user, what is built and copied). Building it is left to CI with Docker or a release pipeline.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] s_lines = File.ReadAllLines(RepositoryRoot.Combine("Dockerfile"));
    private const string CliProject = "host/Pipeline.Cli/Pipeline.Cli.csproj";


    private static List<List<string>> Stages()
    {
        List<List<string>> stages = [];
        foreach (string line in s_lines.Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith("FROM ", StringComparison.Ordinal))
            {
                stages.Add([]);
            }

            if (stages.Count > 0)
            {
                stages[^1].Add(line);
            }
        }

        return stages;
    }

    [Fact]
    public void Dockerfile_Stages_BuildWithSdkRunWithoutIt()
    {
        List<List<string>> stages = Stages();

        Assert.True(stages.Count >= 2, "multi-stage: a build stage and a runtime stage");
        Assert.Contains("/dotnet/sdk:", stages[0][0], StringComparison.Ordinal);
        Assert.DoesNotContain("/dotnet/sdk", stages[^1][0], StringComparison.Ordinal);
        Assert.Matches("/dotnet/(runtime|runtime-deps|aspnet):", stages[^1][0]);
    }

    [Fact]
    public void Dockerfile_FinalStage_RunsAsNumericNonRootUser()
    {
        string user = Stages()[^1].Last(l => l.StartsWith("USER ", StringComparison.Ordinal))[5..].Trim();

        Assert.True(int.TryParse(user.Split(':')[0], out int uid), $"USER {user} is not numeric: Kubernetes' runAsNonRoot cannot verify a name");
        Assert.NotEqual(0, uid);
    }

    [Fact]
    public void Dockerfile_BuildStage_PublishesTheCliAndRunsIt()
    {
        string cli = File.ReadAllText(RepositoryRoot.Combine(CliProject));
        string assembly = AssemblyName().Match(cli).Groups[1].Value;
        string text = string.Join('\n', s_lines);

        Assert.Contains($"dotnet publish {CliProject}", text, StringComparison.Ordinal);
        Assert.Contains($"ENTRYPOINT [\"/app/{assembly}\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_CopiedSources_ExistAndCoverEveryProjectTheHostIsBuiltFrom()
    {
        List<string> copied = [];
        foreach (string line in s_lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            copied.AddRange(parts[1..^1]);
        }

        Assert.All(copied, source => Assert.True(Path.Exists(RepositoryRoot.Combine(source)), $"COPY {source}: no such path"));
        string[] ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"));
        foreach (string project in ReferencedProjects(CliProject))
        {
            string folder = Path.GetDirectoryName(project)! + "/";
            Assert.True(copied.Exists(c => folder.StartsWith(c, StringComparison.Ordinal)), $"the host is built from {project}, but no COPY brings {folder} into the build stage");
            Assert.DoesNotContain(ignored, i => folder.StartsWith(i, StringComparison.Ordinal));
        }
    }

    /// <summary>The executable's project and every project it references, directly or not, relative to the repository.</summary>
    private static SortedSet<string> ReferencedProjects(string root)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([root]);
        while (pending.TryPop(out string? project))
        {
            if (!seen.Add(project))
            {
                continue;
            }

            string directory = Path.GetDirectoryName(RepositoryRoot.Combine(project))!;
            foreach (Match reference in ProjectReference().Matches(File.ReadAllText(RepositoryRoot.Combine(project))))
            {
                pending.Push(Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(Path.Combine(directory, reference.Groups[1].Value))));
            }
        }

        return seen;
    }

    [Fact]
    public void Dockerignore_BuildOutputAndHistory_Excluded()
    {
        string[] ignored = File.ReadAllLines(RepositoryRoot.Combine(".dockerignore"));

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains(".git/", ignored);
    }

    [GeneratedRegex("<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyName();

    [GeneratedRegex("""<ProjectReference Include="([^"]+)" """)]
    private static partial Regex ProjectReference();
}
