using System.Collections.Concurrent;
using System.Diagnostics;

namespace Pipeline.Deploy.Tests;

/// <summary>
/// Renders a kustomization with the real thing, `kubectl kustomize` (kustomize v5 is built into kubectl), so the
/// tests check what `kubectl apply -k` would send, not what a re-implementation believes it would.
/// Each directory is rendered once per test run; callers parse their own copy, so mutations never leak.
/// </summary>
internal static class Kustomize
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> s_rendered = new();

    /// <summary>The rendered YAML of a kustomization directory relative to the repository root.</summary>
    public static string RenderText(string relativeDirectory) =>
        s_rendered.GetOrAdd(relativeDirectory, dir => new Lazy<string>(() => Run(RepositoryRoot.Combine(dir)))).Value;

    public static ManifestSet Render(string relativeDirectory) => ManifestSet.Parse(RenderText(relativeDirectory));

    /// <summary>
    /// What is applied to a cluster for an overlay: the overlay and every example under k8s/examples (jobs and the
    /// users they bring), since those are applied next to it and must keep the same invariants.
    /// </summary>
    public static ManifestSet RenderDeployment(string overlay)
    {
        ManifestSet set = Render($"k8s/overlays/{overlay}");
        foreach (string example in Directory.GetDirectories(RepositoryRoot.Combine("k8s/examples")).Order(StringComparer.Ordinal))
        {
            set = set.Concat(Render(Path.GetRelativePath(RepositoryRoot.Path, example)));
        }

        return set;
    }

    /// <summary>Runs `kubectl kustomize` on an absolute directory; a failed render throws with kubectl's own message.</summary>
    public static string Run(string directory)
    {
        ProcessStartInfo start = new("kubectl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("kustomize");
        start.ArgumentList.Add(directory);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("kubectl did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                "kubectl is not on PATH: these tests render the manifests with `kubectl kustomize` (kubectl 1.27 or later); install kubectl", e);
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"kubectl kustomize {directory} did not finish in 60 s");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"kubectl kustomize {directory} failed ({process.ExitCode}): {stderr.Result.Trim()}");
            }

            return stdout.Result;
        }
    }
}
