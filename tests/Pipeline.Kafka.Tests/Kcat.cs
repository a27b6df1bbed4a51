using System.Diagnostics;

namespace Pipeline.Kafka.Tests;

/// <summary>Runs kcat, an independent Kafka client (its own librdkafka build), and returns its output.</summary>
internal static class Kcat
{
    public static string ListMetadata(string bootstrap)
    {
        var start = new ProcessStartInfo("kcat")
        {
            ArgumentList = { "-b", bootstrap, "-L", "-m", "10" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("kcat did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new TimeoutException("kcat -L did not finish in 30 s");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"kcat -L exited {process.ExitCode}: {stderr.Result}");
        }

        return stdout.Result;
    }
}
