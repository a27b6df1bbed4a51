namespace Pipeline.Deploy.Tests;

/// <summary>The repository the tests run in: found by walking up from the test assembly to the solution file.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    public static string Path => s_path.Value;

    public static string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    private static string Find()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pipeline.sln")) && Directory.Exists(System.IO.Path.Combine(dir.FullName, "k8s")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no repository root (Pipeline.sln beside k8s/) above {AppContext.BaseDirectory}");
    }
}
