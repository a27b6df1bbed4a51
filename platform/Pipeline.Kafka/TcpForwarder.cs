using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Pipeline.Kafka;

/// <summary>
/// Accepts TCP connections on one address and relays each, byte for byte, to a target address. The embedded
/// broker uses one per mock broker to serve on a fixed, possibly non-loopback address (<c>--listen</c>), since
/// librdkafka's mock binds a random loopback port only.
/// </summary>
/// <remarks>
/// A relay alone is not enough for Kafka: clients bootstrap anywhere, then reconnect to the address each broker
/// advertises in metadata. <see cref="EmbeddedBroker"/> therefore also rewrites the advertised address to the
/// forwarder's. Every byte crosses one extra loopback hop and two copies, so in-process clients should use the
/// broker without <c>--listen</c>.
/// </remarks>
public sealed class TcpForwarder : IDisposable
{
    // 64 KiB per direction: a few Kafka fetch chunks per read without holding much memory per idle connection.
    private const int BufferSize = 64 * 1024;

    private readonly Socket _listener;
    private readonly EndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly Task _acceptLoop;
    private int _disposed;

    private TcpForwarder(Socket listener, EndPoint target)
    {
        _listener = listener;
        _target = target;
        LocalEndPoint = (IPEndPoint)listener.LocalEndPoint!;
        _acceptLoop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The address actually bound (the real port when 0 was asked for).</summary>
    public IPEndPoint LocalEndPoint { get; }

    /// <summary>Client and target sockets currently open through this forwarder.</summary>
    public int OpenSockets => _open.Count;

    /// <summary>Binds <paramref name="listen"/> and starts relaying connections to <paramref name="target"/>.</summary>
    /// <exception cref="SocketException">The address cannot be bound (in use, not local, no permission).</exception>
    public static TcpForwarder Start(IPEndPoint listen, EndPoint target)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(target);
        var listener = new Socket(listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (listen.Address.Equals(IPAddress.IPv6Any))
            {
                listener.DualMode = true;
            }

            listener.Bind(listen);
            listener.Listen(128);
            return new TcpForwarder(listener, target);
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    /// <summary>Stops accepting, closes every relayed connection and waits for the relays to end.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _stopping.Cancel();
        _listener.Dispose();
        foreach (Socket socket in _open.Keys)
        {
            socket.Dispose();
        }

        // The accept loop ends on the closed listener; relays end on their closed sockets.
        _acceptLoop.Wait(TimeSpan.FromSeconds(5));
        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        var relays = new List<Task>();
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                break;
            }

            relays.RemoveAll(static t => t.IsCompleted);
            relays.Add(RelayAsync(client));
        }

        await Task.WhenAll(relays).ConfigureAwait(false);
    }

    private async Task RelayAsync(Socket client)
    {
        using (client)
        {
            client.NoDelay = true;
            Track(client);
            using var upstream = new Socket(_target.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            Track(upstream);
            try
            {
                await upstream.ConnectAsync(_target, _stopping.Token).ConfigureAwait(false);
                Task toTarget = PumpAsync(client, upstream, _stopping.Token);
                Task toClient = PumpAsync(upstream, client, _stopping.Token);
                await Task.WhenAll(toTarget, toClient).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The target is down (a broker set down in a test) or we are stopping: the client sees the
                // connection close, exactly as it would against the broker itself.
            }
            finally
            {
                _open.TryRemove(client, out _);
                _open.TryRemove(upstream, out _);
            }
        }
    }

    private void Track(Socket socket)
    {
        _open.TryAdd(socket, 0);
        if (Volatile.Read(ref _disposed) != 0)
        {
            socket.Dispose();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            while (true)
            {
                int read = await from.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    // Half-close: pass the end of stream on, so the other side's reply can still drain.
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                int sent = 0;
                while (sent < read)
                {
                    sent += await to.SendAsync(buffer.AsMemory(sent, read - sent), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // One side reset: tear down both so neither peer waits forever on a half-dead relay.
            from.Dispose();
            to.Dispose();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
