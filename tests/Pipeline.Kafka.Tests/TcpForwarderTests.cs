using System.Net;
using System.Net.Sockets;
using Pipeline.Kafka;
using Pipeline.TestSupport;

namespace Pipeline.Kafka.Tests;

public sealed class TcpForwarderTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Start_EchoTarget_RelaysEveryByteBothWays()
    {
        using var echo = EchoServer.Start();
        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), echo.EndPoint);
        byte[] sent = new byte[1 << 20];
        new Random(7).NextBytes(sent);

        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(forwarder.LocalEndPoint);
        Task sending = SendAndHalfCloseAsync(client, sent);
        byte[] received = await ReadToEndAsync(client).WaitAsync(s_timeout);
        await sending;

        Assert.Equal(sent, received);
    }

    [Fact]
    public async Task Start_PortZero_BindsAFreePortOnTheAskedAddress()
    {
        using var echo = EchoServer.Start();
        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), echo.EndPoint);

        Assert.Equal(IPAddress.Loopback, forwarder.LocalEndPoint.Address);
        Assert.NotEqual(0, forwarder.LocalEndPoint.Port);
        Assert.NotEqual(echo.EndPoint.Port, forwarder.LocalEndPoint.Port);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Start_TargetRefuses_ClientConnectionIsClosed()
    {
        IPEndPoint closed;
        using (var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            closed = (IPEndPoint)probe.LocalEndPoint!;
        }

        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), closed);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(forwarder.LocalEndPoint);

        Assert.Empty(await ReadToEndAsync(client).WaitAsync(s_timeout));
    }

    [Fact]
    public async Task Dispose_WithOpenConnection_ClosesItAndStopsListening()
    {
        using var echo = EchoServer.Start();
        var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), echo.EndPoint);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(forwarder.LocalEndPoint);
        await client.SendAsync(new byte[] { 1, 2, 3 });
        byte[] first = new byte[3];
        Assert.Equal(3, await client.ReceiveAsync(first).WaitAsync(s_timeout));
        Assert.Equal(2, forwarder.OpenSockets);

        forwarder.Dispose();

        Assert.Equal(0, forwarder.OpenSockets);
        Assert.Empty(await ReadToEndAsync(client).WaitAsync(s_timeout));
        using var late = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await Assert.ThrowsAsync<SocketException>(() => late.ConnectAsync(forwarder.LocalEndPoint));
    }

    [Fact]
    public async Task SetDown_ThenSetUp_ClosesRelaysRefusesThenRelaysAgainOnTheSamePort()
    {
        using var echo = EchoServer.Start();
        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), echo.EndPoint);
        using var before = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await before.ConnectAsync(forwarder.LocalEndPoint);
        Assert.Equal([7], await EchoOnceAsync(before, 7));

        forwarder.SetDown();

        Assert.True(forwarder.IsDown);
        Assert.Empty(await ReadToEndAsync(before).WaitAsync(s_timeout));
        using (var during = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            var refused = await Assert.ThrowsAsync<SocketException>(() => during.ConnectAsync(forwarder.LocalEndPoint));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }

        forwarder.SetUp();

        Assert.False(forwarder.IsDown);
        using var after = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await after.ConnectAsync(forwarder.LocalEndPoint).WaitAsync(s_timeout);
        Assert.Equal([9], await EchoOnceAsync(after, 9));
    }

    [Fact]
    public async Task SetDown_RepeatedlyWithConnectionsClosedOnThisSide_ListensAgainEveryTime()
    {
        // Each outage leaves this side's closed relays in TIME_WAIT on the port; listening again must still work.
        using var echo = EchoServer.Start();
        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), echo.EndPoint);
        for (int round = 0; round < 20; round++)
        {
            using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            await client.ConnectAsync(forwarder.LocalEndPoint).WaitAsync(s_timeout);
            Assert.Equal([(byte)round], await EchoOnceAsync(client, (byte)round));
            forwarder.SetDown();
            forwarder.SetUp();
        }
    }

    [Fact]
    public async Task SetDown_KafkaFrames_AnswersWhatWasPassedOnAndHoldsBackTheNextRequest()
    {
        using var broker = new HeldAnswerServer();
        using var forwarder = TcpForwarder.Start(new IPEndPoint(IPAddress.Loopback, 0), broker.EndPoint, kafkaFrames: true);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(forwarder.LocalEndPoint);
        await client.SendAsync(Frame(1, 2, 3));
        await Eventually.TrueAsync(() => broker.Received == 1, "the request to reach the broker");

        // The outage begins while the request is unanswered: it must wait for the answer, not cut it off.
        Task down = Task.Run(forwarder.SetDown);
        await Eventually.TrueAsync(() => forwarder.IsDown, "the outage to begin");
        await client.SendAsync(Frame(4, 5));
        broker.Answer();
        await down.WaitAsync(s_timeout);

        Assert.Equal(Frame(1, 2, 3), await ReadToEndAsync(client).WaitAsync(s_timeout));
        Assert.Equal(1, broker.Received);
    }

    [Fact]
    public void Start_AddressInUse_ThrowsSocketException()
    {
        using var occupant = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        occupant.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        occupant.Listen();

        Assert.Throws<SocketException>(() => TcpForwarder.Start((IPEndPoint)occupant.LocalEndPoint!, new IPEndPoint(IPAddress.Loopback, 1)));
    }

    private static async Task<byte[]> EchoOnceAsync(Socket socket, byte value)
    {
        await socket.SendAsync(new[] { value });
        byte[] reply = new byte[1];
        int read = await socket.ReceiveAsync(reply).WaitAsync(s_timeout);
        return reply[..read];
    }

    private static async Task SendAndHalfCloseAsync(Socket socket, byte[] data)
    {
        int sent = 0;
        while (sent < data.Length)
        {
            sent += await socket.SendAsync(data.AsMemory(sent, Math.Min(8192, data.Length - sent)));
        }

        socket.Shutdown(SocketShutdown.Send);
    }

    private static async Task<byte[]> ReadToEndAsync(Socket socket)
    {
        var received = new MemoryStream();
        byte[] buffer = new byte[65536];
        try
        {
            int read;
            while ((read = await socket.ReceiveAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (SocketException)
        {
            // A reset also ends the stream for these tests.
        }

        return received.ToArray();
    }

    private static byte[] Frame(params byte[] body)
    {
        byte[] frame = new byte[4 + body.Length];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(frame, body.Length);
        body.CopyTo(frame, 4);
        return frame;
    }

    /// <summary>Reads length-prefixed requests from one connection and echoes each back once told to answer.</summary>
    private sealed class HeldAnswerServer : IDisposable
    {
        private readonly Socket _listener;
        private readonly SemaphoreSlim _answer = new(0);
        private int _received;

        public HeldAnswerServer()
        {
            _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            _listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            _listener.Listen();
            _ = Task.Run(ServeAsync);
        }

        public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

        public int Received => Volatile.Read(ref _received);

        public void Answer() => _answer.Release();

        public void Dispose()
        {
            _listener.Dispose();
            _answer.Dispose();
        }

        private async Task ServeAsync()
        {
            try
            {
                using Socket connection = await _listener.AcceptAsync();
                while (true)
                {
                    byte[] header = new byte[4];
                    if (!await ReadExactlyAsync(connection, header))
                    {
                        return;
                    }

                    byte[] body = new byte[System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header)];
                    if (!await ReadExactlyAsync(connection, body))
                    {
                        return;
                    }

                    Interlocked.Increment(ref _received);
                    await _answer.WaitAsync();
                    await connection.SendAsync(Frame(body));
                }
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
            }
        }

        private static async Task<bool> ReadExactlyAsync(Socket socket, byte[] into)
        {
            int have = 0;
            while (have < into.Length)
            {
                int read = await socket.ReceiveAsync(into.AsMemory(have));
                if (read == 0)
                {
                    return false;
                }

                have += read;
            }

            return true;
        }
    }

    /// <summary>Echoes every connection's bytes back and half-closes when the client does.</summary>
    private sealed class EchoServer : IDisposable
    {
        private readonly Socket _listener;
        private readonly CancellationTokenSource _stop = new();

        private EchoServer(Socket listener)
        {
            _listener = listener;
            _ = Task.Run(AcceptAsync);
        }

        public IPEndPoint EndPoint => (IPEndPoint)_listener.LocalEndPoint!;

        public static EchoServer Start()
        {
            var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            listener.Listen();
            return new EchoServer(listener);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Dispose();
        }

        private async Task AcceptAsync()
        {
            try
            {
                while (true)
                {
                    Socket connection = await _listener.AcceptAsync(_stop.Token);
                    _ = Task.Run(() => EchoAsync(connection));
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
            }
        }

        private static async Task EchoAsync(Socket connection)
        {
            using (connection)
            {
                byte[] buffer = new byte[65536];
                try
                {
                    int read;
                    while ((read = await connection.ReceiveAsync(buffer)) > 0)
                    {
                        int sent = 0;
                        while (sent < read)
                        {
                            sent += await connection.SendAsync(buffer.AsMemory(sent, read - sent));
                        }
                    }

                    connection.Shutdown(SocketShutdown.Send);
                }
                catch (SocketException)
                {
                }
            }
        }
    }
}
