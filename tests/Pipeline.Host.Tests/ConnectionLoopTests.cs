using System.Net;
using System.Net.Sockets;
using Pipeline.Telemetry;
using Pipeline.TestSupport;

namespace Pipeline.Host.Tests;

public sealed class ConnectionLoopTests
{
    private static TcpListener Loopback()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return listener;
    }

    [Fact]
    public async Task Accept_TwoClientsAtOnce_EachServedOnItsOwnTask()
    {
        var firstHeld = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        int served = 0;
        await using var loop = new ConnectionLoop(Loopback(), async (client, _) =>
        {
            using (client)
            {
                if (Interlocked.Increment(ref served) == 1)
                {
                    // The first connection is held open: the second must still be answered.
                    firstHeld.SetResult();
                    await release.Task;
                }

                await client.GetStream().WriteAsync(new byte[] { 42 });
            }
        });

        using var first = new TcpClient();
        await first.ConnectAsync(IPAddress.Loopback, loop.Port);
        await firstHeld.Task.WaitAsync(Eventually.DefaultTimeout);
        using var second = new TcpClient();
        await second.ConnectAsync(IPAddress.Loopback, loop.Port);
        byte[] answer = new byte[1];
        Assert.Equal(1, await second.GetStream().ReadAsync(answer).AsTask().WaitAsync(Eventually.DefaultTimeout));
        Assert.Equal(42, answer[0]);
        release.SetResult();
        Assert.Equal(1, await first.GetStream().ReadAsync(answer).AsTask().WaitAsync(Eventually.DefaultTimeout));
    }

    [Fact]
    public async Task Accept_AdmitSaysNo_ConnectionClosedWithoutServing()
    {
        int served = 0;
        await using var loop = new ConnectionLoop(Loopback(), (client, _) =>
        {
            Interlocked.Increment(ref served);
            client.Dispose();
            return Task.CompletedTask;
        }, admit: () => false);

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, loop.Port);
        // Closed by the loop: the read ends (0 bytes, or a reset) instead of waiting.
        int read;
        try
        {
            read = await client.GetStream().ReadAsync(new byte[1]).AsTask().WaitAsync(Eventually.DefaultTimeout);
        }
        catch (IOException)
        {
            read = 0;
        }

        Assert.Equal(0, read);
        Assert.Equal(0, Volatile.Read(ref served));
    }

    [Fact]
    public async Task DisposeAsync_WhileServing_TokenCancelledAndPortClosed()
    {
        var serving = new TaskCompletionSource<CancellationToken>();
        var loop = new ConnectionLoop(Loopback(), async (client, stopping) =>
        {
            using (client)
            {
                serving.SetResult(stopping);
                await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        });
        int port = loop.Port;
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        CancellationToken token = await serving.Task.WaitAsync(Eventually.DefaultTimeout);
        Assert.False(token.IsCancellationRequested);

        await loop.DisposeAsync();

        Assert.True(token.IsCancellationRequested);
        using var late = new TcpClient();
        await Assert.ThrowsAnyAsync<SocketException>(() => late.ConnectAsync(IPAddress.Loopback, port));
    }
}
