using System.Text.RegularExpressions;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// The image recipe, read as text: no Docker engine runs here to build it, so these check what can be checked without
/// one (stages, user, what is built and copied). Building it is left to CI with Docker or a release pipeline.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string[] s_lines = File.ReadAllLines(RepositoryRoot.Combine("Dockerfile"));

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
        string cli = File.ReadAllText(RepositoryRoot.Combine("platform/Pipeline.Cli/Pipeline.Cli.csproj"));
        string assembly = AssemblyName().Match(cli).Groups[1].Value;
        string text = string.Join('\n', s_lines);

        Assert.Contains("dotnet publish platform/Pipeline.Cli/Pipeline.Cli.csproj", text, StringComparison.Ordinal);
        Assert.Contains($"ENTRYPOINT [\"/app/{assembly}\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_CopiedSources_ExistAndCoverTheCliProjectReferences()
    {
        List<string> copied = [];
        foreach (string line in s_lines.Where(l => l.StartsWith("COPY ", StringComparison.Ordinal) && !l.Contains("--from", StringComparison.Ordinal)))
        {
            string[] parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            copied.AddRange(parts[1..^1]);
        }

        Assert.All(copied, source => Assert.True(Path.Exists(RepositoryRoot.Combine(source)), $"COPY {source}: no such path"));
        string cli = File.ReadAllText(RepositoryRoot.Combine("platform/Pipeline.Cli/Pipeline.Cli.csproj"));
        foreach (Match reference in ProjectReference().Matches(cli))
        {
            string project = Path.GetRelativePath(RepositoryRoot.Path, Path.GetFullPath(Path.Combine(RepositoryRoot.Combine("platform/Pipeline.Cli"), reference.Groups[1].Value)));
            string top = project.Split('/')[0] + "/";
            Assert.True(copied.Contains(top), $"the host references {project}, but {top} is not copied into the build stage");
        }
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
