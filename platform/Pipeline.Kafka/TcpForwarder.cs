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
/// <para>It also simulates a broker outage for tests (<see cref="SetDown"/>): it stops listening without giving up
/// its port, so clients are refused exactly as by a stopped broker, and it listens again on the same port. The
/// mock's own outage closes its listening socket and binds a new one; that can fail when another socket took the
/// port meanwhile, and the mock then asserts and takes the whole process down.</para>
/// <para>A relay alone is not enough for Kafka: clients bootstrap anywhere, then reconnect to the address each broker
/// advertises in metadata. <see cref="EmbeddedBroker"/> therefore also rewrites the advertised address to the
/// forwarder's. Every byte crosses one extra loopback hop and two copies, so in-process clients should use the
/// broker without <c>--listen</c>.</para>
/// </remarks>
public sealed class TcpForwarder : IDisposable
{
    // 64 KiB per direction: a few Kafka fetch chunks per read without holding much memory per idle connection.
    private const int BufferSize = 64 * 1024;
    private const int Backlog = 128;
    private const int LinuxSolSocket = 1;
    private const int LinuxSoReuseAddr = 2;
    private static readonly TimeSpan s_acceptRetry = TimeSpan.FromMilliseconds(50);

    private readonly Socket _listener;
    private readonly EndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<Socket, byte> _open = new();
    private readonly Task _acceptLoop;
    private readonly object _gate = new();
    private TaskCompletionSource _listening = NewSignal(set: true);
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

    /// <summary>Whether <see cref="SetDown"/> is in force.</summary>
    public bool IsDown => !_listening.Task.IsCompleted;

    /// <summary>Binds <paramref name="listen"/> and starts relaying connections to <paramref name="target"/>.</summary>
    /// <exception cref="SocketException">The address cannot be bound (in use, not local, no permission).</exception>
    public static TcpForwarder Start(IPEndPoint listen, EndPoint target)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(target);
        if (listen.Port != 0)
        {
            return new TcpForwarder(Listen(listen), target);
        }

        // Linux keeps a listener's port through shutdown() (SetDown) only if the port was bound by number, so a
        // free port is found first and then bound by number. Another socket may take it in between: try again.
        for (int attempt = 1; ; attempt++)
        {
            int port;
            using (var probe = new Socket(listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp))
            {
                if (listen.Address.Equals(IPAddress.IPv6Any))
                {
                    probe.DualMode = true;
                }

                probe.Bind(listen);
                port = ((IPEndPoint)probe.LocalEndPoint!).Port;
            }

            try
            {
                return new TcpForwarder(Listen(new IPEndPoint(listen.Address, port)), target);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < 10)
            {
            }
        }
    }

    /// <summary>
    /// Simulates an outage: closes every relayed connection and refuses new ones (the port stays bound, so
    /// nothing else can take it) until <see cref="SetUp"/>. Idempotent.
    /// </summary>
    public void SetDown()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (IsDown)
            {
                return;
            }

            _listening = NewSignal(set: false);

            // shutdown() on a listening socket makes Linux stop listening (connections are refused, a pending
            // accept fails) while the socket keeps its port; listen() starts it again.
            _listener.Shutdown(SocketShutdown.Receive);
            foreach (Socket socket in _open.Keys)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>Ends <see cref="SetDown"/>: listens again on the same port. Idempotent.</summary>
    public void SetUp()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (!IsDown)
            {
                return;
            }

            _listener.Listen(Backlog);
            _listening.TrySetResult();
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
        lock (_gate)
        {
            _listening.TrySetResult();
        }

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
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException || _stopping.IsCancellationRequested)
            {
                break;
            }
            catch (SocketException)
            {
                // Set down: the socket stopped listening and the pending accept failed. Wait to be set up. Up
                // already (an outage that ended at once, or a passing error such as no file descriptors left):
                // accept again after a breath, so a lasting error cannot spin the loop.
                Task listening = _listening.Task;
                await (listening.IsCompleted ? Task.Delay(s_acceptRetry, _stopping.Token) : listening.WaitAsync(_stopping.Token))
                    .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                continue;
            }

            if (IsDown)
            {
                // Accepted just before the outage began.
                client.Dispose();
                continue;
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

    private static Socket Listen(IPEndPoint listen)
    {
        var listener = new Socket(listen.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (listen.Address.Equals(IPAddress.IPv6Any))
            {
                listener.DualMode = true;
            }

            // The relayed connections this side closes in SetDown wait in TIME_WAIT on this port; listening again
            // beside them needs SO_REUSEADDR, as every server socket has. On Linux, .NET's ReuseAddress option also
            // sets SO_REUSEPORT, which would let another socket listen on the port during an outage: set just the one.
            if (OperatingSystem.IsLinux())
            {
                listener.SetRawSocketOption(LinuxSolSocket, LinuxSoReuseAddr, BitConverter.GetBytes(1));
            }
            else
            {
                listener.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            }

            listener.Bind(listen);
            listener.Listen(Backlog);
            return listener;
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    private static TaskCompletionSource NewSignal(bool set)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (set)
        {
            signal.SetResult();
        }

        return signal;
    }

    private void Track(Socket socket)
    {
        _open.TryAdd(socket, 0);
        if (Volatile.Read(ref _disposed) != 0 || IsDown)
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
