using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

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
    private readonly bool _kafkaFrames;
    private int _unanswered;
    private TaskCompletionSource _listening = NewSignal(set: true);
    private int _disposed;

    private TcpForwarder(Socket listener, EndPoint target, bool kafkaFrames)
    {
        _listener = listener;
        _target = target;
        _kafkaFrames = kafkaFrames;
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
    /// <param name="listen">The address to serve; port 0 picks a free one.</param>
    /// <param name="target">Where every connection is relayed to.</param>
    /// <param name="kafkaFrames">
    /// The streams are Kafka's (a 4-byte big-endian length before every request and response): an outage then
    /// begins between requests. <see cref="SetDown"/> stops passing requests on at the next request boundary and
    /// waits until every request already passed on has its response relayed back before it closes the connections,
    /// so no request is stored by the broker without its client learning so. A broker that is really cut off can
    /// store a request whose answer is lost; Kafka's idempotent producer resolves that by sequence numbers, which
    /// librdkafka's mock checks only for transactional producers, so a forwarder in front of the mock must not
    /// create that case.
    /// </param>
    /// <exception cref="SocketException">The address cannot be bound (in use, not local, no permission).</exception>
    public static TcpForwarder Start(IPEndPoint listen, EndPoint target, bool kafkaFrames = false)
    {
        ArgumentNullException.ThrowIfNull(listen);
        ArgumentNullException.ThrowIfNull(target);
        if (listen.Port != 0)
        {
            return new TcpForwarder(Listen(listen), target, kafkaFrames);
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
                return new TcpForwarder(Listen(new IPEndPoint(listen.Address, port)), target, kafkaFrames);
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
            if (_kafkaFrames)
            {
                // Requests stop at their next boundary (the pumps see IsDown); let the ones passed on be answered.
                // A request the broker holds (a fetch waiting for data) is answered within its wait.
                long deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 2;
                while (Volatile.Read(ref _unanswered) > 0 && Stopwatch.GetTimestamp() < deadline)
                {
                    Thread.Sleep(1);
                }
            }

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
            var exchange = new StrongBox<int>();
            try
            {
                await upstream.ConnectAsync(_target, _stopping.Token).ConfigureAwait(false);
                Task toTarget = _kafkaFrames ? PumpRequestsAsync(client, upstream, exchange, _stopping.Token) : PumpAsync(client, upstream, _stopping.Token);
                Task toClient = _kafkaFrames ? PumpResponsesAsync(upstream, client, exchange, _stopping.Token) : PumpAsync(upstream, client, _stopping.Token);
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

                // Requests of a closed connection will not be answered: an outage must not wait for them.
                Interlocked.Add(ref _unanswered, -Interlocked.Exchange(ref exchange.Value, 0));
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

    /// <summary>
    /// Relays a client's requests whole: at a request boundary during an outage it stops, holding back what it has
    /// read of the next request (the connection is closed by <see cref="SetDown"/>). Counts each request passed on.
    /// </summary>
    private async Task PumpRequestsAsync(Socket from, Socket to, StrongBox<int> exchange, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        byte[] header = new byte[4];
        int headerHave = 0;
        long frameLeft = 0;
        try
        {
            while (true)
            {
                int read = await from.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                int pos = 0;
                int segment = 0; // start of the bytes in buffer still to pass on
                while (pos < read)
                {
                    if (frameLeft > 0)
                    {
                        int body = (int)Math.Min(frameLeft, read - pos);
                        pos += body;
                        frameLeft -= body;
                        continue;
                    }

                    // A request boundary: its 4-byte length, possibly split across reads.
                    int take = Math.Min(4 - headerHave, read - pos);
                    bool split = headerHave > 0 || take < 4;
                    if (split)
                    {
                        await SendAllAsync(to, buffer.AsMemory(segment, pos - segment), cancellationToken).ConfigureAwait(false);
                        buffer.AsSpan(pos, take).CopyTo(header.AsSpan(headerHave));
                        headerHave += take;
                        pos += take;
                        segment = pos;
                        if (headerHave < 4)
                        {
                            continue;
                        }
                    }
                    else
                    {
                        buffer.AsSpan(pos, 4).CopyTo(header);
                    }

                    // Counted before the outage is looked at, so SetDown either waits for this request or sees it
                    // held back (it sets the outage before it reads the count).
                    Interlocked.Increment(ref exchange.Value);
                    Interlocked.Increment(ref _unanswered);
                    if (IsDown)
                    {
                        Interlocked.Decrement(ref exchange.Value);
                        Interlocked.Decrement(ref _unanswered);
                        await SendAllAsync(to, buffer.AsMemory(segment, pos - segment), cancellationToken).ConfigureAwait(false);
                        return;
                    }

                    frameLeft = BinaryPrimitives.ReadInt32BigEndian(header);
                    if (split)
                    {
                        await SendAllAsync(to, header, cancellationToken).ConfigureAwait(false);
                        headerHave = 0;
                    }
                    else
                    {
                        pos += 4;
                    }
                }

                await SendAllAsync(to, buffer.AsMemory(segment, pos - segment), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            from.Dispose();
            to.Dispose();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Relays the broker's responses as they come, counting each one that has reached the client whole.</summary>
    private async Task PumpResponsesAsync(Socket from, Socket to, StrongBox<int> exchange, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        byte[] header = new byte[4];
        int headerHave = 0;
        long frameLeft = 0;
        bool inFrame = false;
        try
        {
            while (true)
            {
                int read = await from.ReceiveAsync(buffer.AsMemory(), SocketFlags.None, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                await SendAllAsync(to, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                int pos = 0;
                while (pos < read)
                {
                    if (!inFrame)
                    {
                        int take = Math.Min(4 - headerHave, read - pos);
                        buffer.AsSpan(pos, take).CopyTo(header.AsSpan(headerHave));
                        headerHave += take;
                        pos += take;
                        if (headerHave < 4)
                        {
                            continue;
                        }

                        headerHave = 0;
                        frameLeft = BinaryPrimitives.ReadInt32BigEndian(header);
                        inFrame = true;
                    }

                    int body = (int)Math.Min(frameLeft, read - pos);
                    pos += body;
                    frameLeft -= body;
                    if (frameLeft == 0)
                    {
                        inFrame = false;
                        if (Interlocked.Decrement(ref exchange.Value) >= 0)
                        {
                            Interlocked.Decrement(ref _unanswered);
                        }
                        else
                        {
                            // Already written off by the relay's end (it raced this response): keep the count at zero.
                            Interlocked.Increment(ref exchange.Value);
                        }
                    }
                }
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            from.Dispose();
            to.Dispose();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static async ValueTask SendAllAsync(Socket to, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        while (!data.IsEmpty)
        {
            int sent = await to.SendAsync(data, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            data = data[sent..];
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

                await SendAllAsync(to, buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
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
