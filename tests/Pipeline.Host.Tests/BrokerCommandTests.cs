using System.Diagnostics;
using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

public sealed class BrokerCommandTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("pipeline-cli-").FullName;

    [Fact]
    public void Broker_Started_PrintsBootstrapThatKcatSeesWithEveryTopic()
    {
        using PipelineProcess broker = PipelineProcess.Start(["broker", "--partitions", "3"], _state);
        string bootstrap = broker.WaitForLine("bootstrap: ", TimeSpan.FromSeconds(30));

        string metadata = Kcat(null, "-b", bootstrap, "-L");

        foreach (string topic in new[] { "interaction.raw.v1", "interaction.consent.v1", "interaction.clean.v1", "interaction.sessions.v1", "interaction.idle.v1", "interaction.actions.v1", "interaction.dlq.v1", "interaction.processor-state.v1" })
        {
            Assert.Contains($"topic \"{topic}\" with 3 partitions", metadata, StringComparison.Ordinal);
        }

        Assert.Equal(bootstrap, File.ReadAllText(Path.Combine(_state, "pipeline", "broker.bootstrap")).Trim());
        broker.Signal(15);
        Assert.Equal(0, broker.WaitForExit(TimeSpan.FromSeconds(20)));
        Assert.False(File.Exists(Path.Combine(_state, "pipeline", "broker.bootstrap")), "the address record outlived the broker");
        Assert.Equal($"bootstrap: {bootstrap}", broker.StandardOutput.Trim()); // logs go to stderr, stdout is the result
    }

    [Fact]
    public void Broker_ListenOnFixedPort_KcatRoundTripsThroughIt()
    {
        int port = FreePort();
        using PipelineProcess broker = PipelineProcess.Start(["broker", "--listen", $"127.0.0.1:{port}"], _state);
        string bootstrap = broker.WaitForLine("bootstrap: ", TimeSpan.FromSeconds(30));
        Assert.Equal($"127.0.0.1:{port}", bootstrap);

        Kcat("hello-through-fixed-port\n", "-b", bootstrap, "-P", "-t", "interaction.dlq.v1", "-p", "0", "-k", "k");
        string consumed = Kcat(null, "-b", bootstrap, "-C", "-t", "interaction.dlq.v1", "-p", "0", "-o", "beginning", "-c", "1", "-e");

        Assert.Contains("hello-through-fixed-port", consumed, StringComparison.Ordinal);
    }

    [Fact]
    public void Broker_BadListenAddress_ExitsWithOneLineReason()
    {
        using PipelineProcess broker = PipelineProcess.Start(["broker", "--listen", "nonsense"], _state);

        Assert.Equal(2, broker.WaitForExit(TimeSpan.FromSeconds(30)));
        string error = broker.StandardError.Trim();
        Assert.StartsWith("pipeline: --listen 'nonsense' must be HOST:PORT", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string Kcat(string? input, params string[] args)
    {
        var info = new ProcessStartInfo("kcat") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process kcat = Process.Start(info)!;
        if (input is not null)
        {
            kcat.StandardInput.Write(input);
        }

        kcat.StandardInput.Close();
        string output = kcat.StandardOutput.ReadToEnd();
        string error = kcat.StandardError.ReadToEnd();
        Assert.True(kcat.WaitForExit(30_000), "kcat hung");
        Assert.True(kcat.ExitCode == 0, $"kcat {string.Join(' ', args)} failed: {error}");
        return output;
    }
}
