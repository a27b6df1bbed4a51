using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka.Native;

namespace Pipeline.Kafka;

/// <summary>
/// A Kafka cluster inside this process: librdkafka's mock cluster, reached through the same native library
/// Confluent.Kafka uses, serving the Kafka protocol over real TCP to any client (Confluent.Kafka, kcat, Java).
/// </summary>
/// <remarks>
/// <para>What the mock is and is not (librdkafka 2.16, measured here; see DESIGN.md):</para>
/// <list type="bullet">
/// <item>It speaks produce, fetch, idempotent and transactional produce, consumer groups and offset commits, but
/// not CreateTopics, DeleteTopics or DescribeConfigs: topics come from <see cref="TopicCatalog"/> at start or
/// from <see cref="CreateTopic"/>, and a client that asks for an unknown topic has it auto-created with 4
/// partitions.</item>
/// <item>It ignores topic configuration: <c>cleanup.policy=compact</c> and <c>retention.ms</c> are not honoured.
/// Instead every partition keeps at most about 5 MB or 100,000 message sets and silently drops the oldest. A
/// consumer that falls behind, or a "compacted" changelog longer than that, loses data on this broker.</item>
/// <item>It does not isolate transactions: its Fetch response reports no aborted transactions and a last stable
/// offset equal to the high watermark, so <c>read_committed</c> consumers also see records of aborted and still
/// open transactions. Transactional produce, commit and abort themselves work. On this broker, exactly-once
/// downstream therefore rests on readers dropping duplicates by event identity (device + sequence number);
/// on a real cluster the isolation holds.</item>
/// <item>It does not fence zombies: a second producer initialising the same <c>transactional.id</c> gets a new
/// producer id rather than a bumped epoch, so the first can still commit.</item>
/// <item>Transactional offset commits (<c>SendOffsetsToTransaction</c>) are acknowledged but not stored.</item>
/// <item>It holds a fetch with no data for the consumer's whole <c>fetch.wait.max.ms</c>, even if data arrives
/// meanwhile; <see cref="ClientSettings"/> lowers that wait.</item>
/// <item>It keeps everything in memory and forgets it on <see cref="Dispose"/>.</item>
/// </list>
/// <para>Addresses: the mock listens on a random loopback port per broker. With
/// <see cref="EmbeddedBrokerOptions.Listen"/> set, a <see cref="TcpForwarder"/> per broker serves the fixed
/// address and the broker advertises that address in metadata, so clients that bootstrap there also reconnect
/// there. The limitation: the advertised host must be reachable under the same name and port by every client;
/// behind NAT or a container port mapping that publishes a different port, clients bootstrap and then fail to
/// reconnect, as with any Kafka broker whose <c>advertised.listeners</c> is wrong.</para>
/// <para>Thread safety: every member may be called from any thread; fault controls are queued to the mock's own
/// thread and take effect in order.</para>
/// </remarks>
public sealed class EmbeddedBroker : IDisposable
{
    /// <summary>Broker id meaning "every broker" in the fault controls.</summary>
    public const int AllBrokers = -1;

    /// <summary>
    /// The fetch wait for consumers of an embedded broker, also in other processes (<c>pipeline broker</c>):
    /// the mock holds a fetch with no data for the full wait instead of answering when data arrives, so
    /// librdkafka's 500 ms would add up to half a second to every hop of a quiet pipeline.
    /// </summary>
    public static readonly TimeSpan ClientFetchMaxWait = TimeSpan.FromMilliseconds(20);

    // Long enough that a call served promptly never pays for a connection, short next to the 1 s it saves.
    private static readonly TimeSpan s_wakeDelay = TimeSpan.FromMilliseconds(20);

    private static readonly TimerCallback s_wake = static state =>
    {
        foreach (IPEndPoint endPoint in (IPEndPoint[])state!)
        {
            using var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Connect(endPoint);
            }
            catch (SocketException)
            {
                // A broker set down refuses connections; another may be up, and the poll timeout remains.
            }
        }
    };

    private readonly KafkaClientHandle _client;
    private readonly MockClusterHandle _cluster;
    private readonly IPEndPoint[] _mockEndPoints;
    private TcpForwarder[] _forwarders = [];

    private EmbeddedBroker(EmbeddedBrokerOptions options, KafkaClientHandle client, MockClusterHandle cluster, IPEndPoint[] mockEndPoints)
    {
        Options = options;
        _client = client;
        _cluster = cluster;
        _mockEndPoints = mockEndPoints;
        BootstrapServers = string.Join(',', Array.ConvertAll(mockEndPoints, static e => e.ToString()));
    }

    /// <summary>The options this broker was started with.</summary>
    public EmbeddedBrokerOptions Options { get; }

    /// <summary>The <c>bootstrap.servers</c> value for clients: <c>host:port</c> per broker, comma-separated.</summary>
    public string BootstrapServers { get; private set; }

    /// <summary>Client settings for this broker: its bootstrap address and <see cref="ClientFetchMaxWait"/>.</summary>
    public KafkaClientSettings ClientSettings => new()
    {
        BootstrapServers = BootstrapServers,
        FetchMaxWait = ClientFetchMaxWait,
    };

    /// <summary>The relays serving <see cref="EmbeddedBrokerOptions.Listen"/>, one per broker; empty without it.</summary>
    public IReadOnlyList<TcpForwarder> Forwarders => _forwarders;

    /// <summary>Starts the cluster and creates every topic of <see cref="EmbeddedBrokerOptions.Topics"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid (one-line reason).</exception>
    /// <exception cref="KafkaException">librdkafka refused to create the client, the cluster or a topic.</exception>
    /// <exception cref="SocketException">The listen address cannot be bound.</exception>
    public static EmbeddedBroker Start(EmbeddedBrokerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        KafkaClientHandle client = CreateClient();
        EmbeddedBroker? broker = null;
        try
        {
            IntPtr mcluster = LibRdKafka.rd_kafka_mock_cluster_new(client, options.BrokerCount);
            if (mcluster == IntPtr.Zero)
            {
                throw new KafkaException(new Error(ErrorCode.Local_Fail, "rd_kafka_mock_cluster_new failed (see librdkafka's log)"));
            }

            var cluster = new MockClusterHandle(client, mcluster);
            string mockBootstrap = Marshal.PtrToStringUTF8(LibRdKafka.rd_kafka_mock_cluster_bootstraps(cluster)) ?? "";

            // "127.0.0.1:p1,127.0.0.1:p2,..." in broker id order 1..n.
            broker = new EmbeddedBroker(options, client, cluster, Array.ConvertAll(mockBootstrap.Split(','), IPEndPoint.Parse));
            int delayMs = (int)options.InitialRebalanceDelay.TotalMilliseconds;
            broker.RunQueued(c => { LibRdKafka.rd_kafka_mock_group_initial_rebalance_delay_ms(c, delayMs); return 0; });
            if (options.Listen is { } listen)
            {
                broker.ListenOnFixedAddress(listen);
            }

            foreach (TopicDefinition topic in options.Topics.Topics)
            {
                broker.CreateTopic(topic.Name, topic.Partitions);
            }

            return broker;
        }
        catch
        {
            if (broker is not null)
            {
                broker.Dispose();
            }
            else
            {
                client.Dispose();
            }

            throw;
        }
    }

    /// <summary>Creates a topic with replication factor 1 (the mock replicates nothing for real).</summary>
    /// <returns>false if the topic already exists.</returns>
    /// <exception cref="KafkaException">The mock refused for another reason.</exception>
    public bool CreateTopic(string name, int partitions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(partitions, 1);
        var error = (ErrorCode)RunQueued(c => LibRdKafka.rd_kafka_mock_topic_create(c, name, partitions, 1));
        if (error == ErrorCode.TopicAlreadyExists)
        {
            return false;
        }

        ThrowOnError(error, "create topic");
        return true;
    }

    /// <summary>Closes the broker's connections and refuses new ones until <see cref="SetBrokerUp"/>; partition
    /// leadership does not move. Clients see a broker outage.</summary>
    /// <remarks>
    /// With <see cref="EmbeddedBrokerOptions.Listen"/> set, the outage is the forwarder's (<see cref="TcpForwarder.SetDown"/>):
    /// it stops listening but keeps its port, and it begins between requests (what was passed on is answered first),
    /// as the mock's own outage does; otherwise a plain idempotent producer's retry of a request the mock stored
    /// unanswered would be stored twice, since the mock checks sequence numbers for transactional producers only. Without it, the mock's own outage closes its listening socket and
    /// binds a new one on the same port; if another socket took the port meanwhile, librdkafka asserts and the
    /// whole process ends. So tests that take a broker down start it with a loopback listen address
    /// (<c>RelayedBrokerFixture</c>).
    /// </remarks>
    /// <param name="brokerId">1 to <see cref="EmbeddedBrokerOptions.BrokerCount"/>, or <see cref="AllBrokers"/>.</param>
    public void SetBrokerDown(int brokerId = AllBrokers) => SetBrokerUpDown(brokerId, up: false);

    /// <summary>Accepts connections again on the same port after <see cref="SetBrokerDown"/>.</summary>
    /// <param name="brokerId">1 to <see cref="EmbeddedBrokerOptions.BrokerCount"/>, or <see cref="AllBrokers"/>.</param>
    public void SetBrokerUp(int brokerId = AllBrokers) => SetBrokerUpDown(brokerId, up: true);

    /// <summary>Delays every response of a broker by <paramref name="roundTripTime"/> (zero to stop).</summary>
    /// <param name="brokerId">1 to <see cref="EmbeddedBrokerOptions.BrokerCount"/>, or <see cref="AllBrokers"/>.</param>
    /// <param name="roundTripTime">Added latency, millisecond resolution, under one minute.</param>
    public void SetRoundTripTime(int brokerId, TimeSpan roundTripTime)
    {
        if (roundTripTime < TimeSpan.Zero || roundTripTime >= TimeSpan.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(roundTripTime), roundTripTime, "round-trip time must be 0 to under one minute");
        }

        CheckBroker(brokerId);
        int rttMs = (int)roundTripTime.TotalMilliseconds;
        ThrowOnError((ErrorCode)RunQueued(c => LibRdKafka.rd_kafka_mock_broker_set_rtt(c, brokerId, rttMs)), "set round-trip time");
    }

    /// <summary>
    /// Makes the next requests of type <paramref name="api"/>, to any broker, fail with <paramref name="errors"/>
    /// in order, one error per request. The errors are Kafka protocol errors (positive codes), as a broker sends.
    /// </summary>
    public unsafe void PushRequestErrors(KafkaApiKey api, params ReadOnlySpan<ErrorCode> errors)
    {
        if (errors.IsEmpty)
        {
            return;
        }

        Span<int> codes = errors.Length <= 64 ? stackalloc int[errors.Length] : new int[errors.Length];
        for (int i = 0; i < errors.Length; i++)
        {
            if ((int)errors[i] <= 0)
            {
                throw new ArgumentException($"{errors[i]} is not a broker error; inject positive Kafka protocol errors only", nameof(errors));
            }

            codes[i] = (int)errors[i];
        }

        fixed (int* p = codes)
        {
            LibRdKafka.rd_kafka_mock_push_request_errors_array(_cluster, (short)api, (nuint)codes.Length, p);
        }
    }

    /// <summary>Drops errors pushed by <see cref="PushRequestErrors"/> for <paramref name="api"/> that have not fired yet.</summary>
    public void ClearRequestErrors(KafkaApiKey api) => LibRdKafka.rd_kafka_mock_clear_request_errors(_cluster, (short)api);

    /// <summary>Makes <paramref name="brokerId"/> the leader of one partition; clients learn it from errors and
    /// metadata refreshes, as after a real leader election.</summary>
    public void SetPartitionLeader(string topic, int partition, int brokerId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        if (brokerId == AllBrokers)
        {
            throw new ArgumentOutOfRangeException(nameof(brokerId), brokerId, "a partition has one leader");
        }

        CheckBroker(brokerId);
        ThrowOnError((ErrorCode)RunQueued(c => LibRdKafka.rd_kafka_mock_partition_set_leader(c, topic, partition, brokerId)), "set partition leader");
    }

    /// <summary>
    /// Drops a partition's records below <paramref name="beforeOffset"/>, as retention (or the mock's own size cap)
    /// does: a consumer positioned below it finds its offset out of range.
    /// </summary>
    public void DeleteRecords(string topic, int partition, long beforeOffset)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentOutOfRangeException.ThrowIfNegative(partition);
        ArgumentOutOfRangeException.ThrowIfNegative(beforeOffset);
        ThrowOnError((ErrorCode)RunQueued(c => LibRdKafka.rd_kafka_mock_partition_delete_records(c, topic, partition, beforeOffset)), "delete records");
    }

    /// <summary>Makes metadata report <paramref name="error"/> for a topic (<see cref="ErrorCode.NoError"/> to clear).</summary>
    public void SetTopicError(string topic, ErrorCode error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        RunQueued(c => { LibRdKafka.rd_kafka_mock_topic_set_error(c, topic, (int)error); return 0; });
    }

    /// <summary>Stops the forwarders, destroys the cluster (closing every client connection), then the native
    /// client that hosted it; all of its threads are joined before this returns.</summary>
    public void Dispose()
    {
        foreach (TcpForwarder forwarder in _forwarders)
        {
            forwarder.Dispose();
        }

        // The cluster handle holds a reference on the client handle, so the client is destroyed after the
        // cluster whichever of these runs first.
        _cluster.Dispose();
        _client.Dispose();
    }

    private static unsafe KafkaClientHandle CreateClient()
    {
        const int ErrorLength = 512;
        byte* errstr = stackalloc byte[ErrorLength];
        IntPtr conf = LibRdKafka.rd_kafka_conf_new();
        try
        {
            // The host client connects nowhere; keep it from warning about its empty bootstrap list.
            SetConf(conf, "log_level", "3", errstr, ErrorLength);
            SetConf(conf, "client.id", "pipeline-embedded-broker", errstr, ErrorLength);
            IntPtr rk = LibRdKafka.rd_kafka_new(LibRdKafka.ProducerType, conf, errstr, ErrorLength);
            if (rk == IntPtr.Zero)
            {
                throw new KafkaException(new Error(ErrorCode.Local_Fail, "rd_kafka_new: " + Utf8(errstr, ErrorLength)));
            }

            conf = IntPtr.Zero; // owned by rk now
            return new KafkaClientHandle(rk);
        }
        finally
        {
            if (conf != IntPtr.Zero)
            {
                LibRdKafka.rd_kafka_conf_destroy(conf);
            }
        }
    }

    private static unsafe void SetConf(IntPtr conf, string name, string value, byte* errstr, int errstrLength)
    {
        if (LibRdKafka.rd_kafka_conf_set(conf, name, value, errstr, (nuint)errstrLength) != LibRdKafka.ConfOk)
        {
            throw new KafkaException(new Error(ErrorCode.Local_InvalidArg, $"{name}: {Utf8(errstr, errstrLength)}"));
        }
    }

    private static unsafe string Utf8(byte* text, int capacity) =>
        Encoding.UTF8.GetString(text, new ReadOnlySpan<byte>(text, capacity).IndexOf((byte)0) is var n and >= 0 ? n : capacity);

    private void ListenOnFixedAddress(IPEndPoint listen)
    {
        string advertisedHost = Options.AdvertisedHost ?? AdvertisableHost(listen.Address);
        string bootstrapHost = advertisedHost.Contains(':', StringComparison.Ordinal) ? $"[{advertisedHost}]" : advertisedHost;
        var forwarders = new List<TcpForwarder>(_mockEndPoints.Length);
        var bootstrap = new StringBuilder();
        try
        {
            for (int i = 0; i < _mockEndPoints.Length; i++)
            {
                int port = listen.Port == 0 ? 0 : listen.Port + i;
                TcpForwarder forwarder = TcpForwarder.Start(new IPEndPoint(listen.Address, port), _mockEndPoints[i], kafkaFrames: true);
                forwarders.Add(forwarder);
                int brokerId = i + 1;
                LibRdKafka.rd_kafka_mock_broker_set_host_port(_cluster, brokerId, advertisedHost, forwarder.LocalEndPoint.Port);
                bootstrap.Append(i > 0 ? "," : "").Append(bootstrapHost).Append(':')
                    .Append(forwarder.LocalEndPoint.Port.ToString(CultureInfo.InvariantCulture));
            }
        }
        finally
        {
            // Dispose stops whatever was started, also when a later port fails to bind.
            _forwarders = [.. forwarders];
        }

        BootstrapServers = bootstrap.ToString();
    }

    private static string AdvertisableHost(IPAddress listenAddress) =>
        listenAddress.Equals(IPAddress.Any) || listenAddress.Equals(IPAddress.IPv6Any) ? Dns.GetHostName() : listenAddress.ToString();

    /// <summary>
    /// Runs a control call that librdkafka queues to the mock's thread and waits for. That thread sleeps in
    /// poll() for up to a second between timers, woken by a pipe; but it drains the pipe after serving the
    /// queue, so a call queued in between loses its wake-up and waits out the full second (measured: half of
    /// back-to-back calls took 1 s). Any socket event wakes the thread as well, so while a call is pending a
    /// timer opens a throw-away connection to each broker's listener.
    /// </summary>
    private int RunQueued(Func<MockClusterHandle, int> call)
    {
        using var waker = new Timer(s_wake, _mockEndPoints, s_wakeDelay, s_wakeDelay);
        return call(_cluster);
    }

    private void SetBrokerUpDown(int brokerId, bool up)
    {
        CheckBroker(brokerId);
        if (_forwarders.Length == 0)
        {
            ThrowOnError(
                (ErrorCode)RunQueued(c => up ? LibRdKafka.rd_kafka_mock_broker_set_up(c, brokerId) : LibRdKafka.rd_kafka_mock_broker_set_down(c, brokerId)),
                up ? "set broker up" : "set broker down");
            return;
        }

        for (int i = 0; i < _forwarders.Length; i++)
        {
            if (brokerId == AllBrokers || brokerId == i + 1)
            {
                if (up)
                {
                    _forwarders[i].SetUp();
                }
                else
                {
                    _forwarders[i].SetDown();
                }
            }
        }
    }

    private void CheckBroker(int brokerId)
    {
        if (brokerId != AllBrokers && (brokerId < 1 || brokerId > Options.BrokerCount))
        {
            throw new ArgumentOutOfRangeException(nameof(brokerId), brokerId, $"broker ids are 1 to {Options.BrokerCount}, or {AllBrokers} for all");
        }
    }

    private static void ThrowOnError(ErrorCode error, string operation)
    {
        if (error != ErrorCode.NoError)
        {
            throw new KafkaException(new Error(error, $"embedded broker: {operation} failed: {error}"));
        }
    }
}
