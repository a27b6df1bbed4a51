using System.Buffers;
using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// Topics of one test on its class's broker, with helpers to feed raw and consent records, run processors on a fake
/// clock (<see cref="Time"/>: nothing in a processor moves in time unless the test advances it) and read outputs.
/// Raw records are sealed as a device seals them (its data key published on the keys topic first, the batch under the
/// subject's route), with the development keys the processors open them with.
/// </summary>
internal sealed class ProcessorScenario
{
    public const long Second = 1_000_000;
    public const long Minute = 60 * Second;

    /// <summary>A fixed past instant: replayed history, so the wall clock is far past every session.</summary>
    public const long T0 = 1_750_000_000L * Second;

    private static readonly SubjectRouter s_router = new(UnsealingOptions.Development.Routing);

    private readonly BrokerFixture _broker;
    private readonly Dictionary<string, DataKey> _dataKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _published = new(StringComparer.Ordinal);
    private readonly int _partitions;

    public ProcessorScenario(BrokerFixture broker, int partitions = 2, int? statePartitions = null)
    {
        _broker = broker;
        _partitions = partitions;
        Topics = new TopicNames
        {
            Raw = broker.CreateTopic("raw", partitions),
            Consent = broker.CreateTopic("consent", partitions),
            Clean = broker.CreateTopic("clean", partitions),
            Sessions = broker.CreateTopic("sessions", partitions),
            Idle = broker.CreateTopic("idle", partitions),
            Actions = broker.CreateTopic("actions", partitions),
            DeadLetter = broker.CreateTopic("dlq", partitions),
            ProcessorState = broker.CreateTopic("state", statePartitions ?? partitions),
            Keys = broker.CreateTopic("keys", partitions),
        };
        Group = BrokerFixture.UniqueGroup("processor");
    }

    public TopicNames Topics { get; }

    public string Group { get; }

    /// <summary>The clock of every processor this scenario starts: it stands still until the test advances it.</summary>
    public ManualTime Time { get; } = new();

    public ProcessorOptions Options => new()
    {
        Topics = Topics,
        GroupId = Group,
        TransactionalIdPrefix = Group,
        Pseudonyms = PseudonymOptions.Development,
        Unsealing = UnsealingOptions.Development,
        Sessions = new SessionOptions { QuietTimeout = TimeSpan.FromSeconds(1) },
        PunctuationInterval = TimeSpan.FromMilliseconds(200),
        BrokerLacksTransactionIsolation = true,
        KafkaTimeout = TimeSpan.FromSeconds(20),
    };

    /// <summary>
    /// Client settings for processors. The embedded broker's group waits out a departed member's session even after
    /// it left: keep sessions short so a restart or a second instance is not held up for the default 45 s.
    /// </summary>
    public KafkaClientSettings Settings => _broker.Settings with
    {
        Properties = new Dictionary<string, string> { ["session.timeout.ms"] = "3000", ["heartbeat.interval.ms"] = "300" },
    };

    /// <summary>A processor on <see cref="Time"/> with <see cref="Options"/> (or <paramref name="options"/>), logging into the test's output.</summary>
    public ProcessorRunner NewRunner(ITestOutputHelper output, ProcessorOptions? options = null) =>
        new(options ?? Options, Settings, LoggerFactory.Create(b => b.AddProvider(new TestOutputLoggerProvider(output))), Time);

    /// <summary>
    /// Moves <see cref="Time"/> past the quiet timeout and a punctuation interval: the next punctuation closes the
    /// sessions of subjects whose events are all in (replayed history: the wall clock is far past them).
    /// </summary>
    public void PassQuietTimeout() => Time.Advance(Options.Sessions.QuietTimeout + Options.PunctuationInterval);

    /// <summary>
    /// <c>pipeline process</c> as a child process (the host built in this worktree) on the scenario's topics and group,
    /// five records per transaction, sessions closing after a second of quiet; on the real clock, as in production.
    /// </summary>
    public PipelineProcess StartHost(string stateHome, double? untilIdle, params string[] extraArgs)
    {
        var args = new List<string>
        {
            "process", "--bootstrap", _broker.BootstrapServers, "--group", Group,
            "-X", "session.timeout.ms=3000", "-X", "heartbeat.interval.ms=300", "--log-level", "warning",
        };
        args.AddRange(extraArgs);
        if (untilIdle is { } seconds)
        {
            args.AddRange(["--until-idle", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        var environment = new Dictionary<string, string>
        {
            ["PIPELINE__Topics__Raw"] = Topics.Raw,
            ["PIPELINE__Topics__Consent"] = Topics.Consent,
            ["PIPELINE__Topics__Clean"] = Topics.Clean,
            ["PIPELINE__Topics__Sessions"] = Topics.Sessions,
            ["PIPELINE__Topics__Idle"] = Topics.Idle,
            ["PIPELINE__Topics__DeadLetter"] = Topics.DeadLetter,
            ["PIPELINE__Topics__ProcessorState"] = Topics.ProcessorState,
            ["PIPELINE__Topics__Keys"] = Topics.Keys,
            ["PIPELINE__Pseudonym__AllowDevelopmentKey"] = "true",
            ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true",
            ["PIPELINE__Processor__BrokerLacksTransactionIsolation"] = "true",
            ["PIPELINE__Processor__MaxRecordsPerTransaction"] = "5",
            ["PIPELINE__Processor__SessionQuietTimeout"] = "00:00:01",
        };
        return PipelineProcess.Start(args, stateHome, environment);
    }

    /// <summary>Cancels a processor's run and waits for it to commit what is open and leave the group.</summary>
    public static async Task StopAsync(Task run, CancellationTokenSource stop)
    {
        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, failing the test after <paramref name="timeout"/> (default 45 s)
    /// with <paramref name="what"/>; if <paramref name="running"/> ends first, its fault is thrown (or the wait fails).
    /// </summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what, Task? running = null, TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? TimeSpan.FromSeconds(45);
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (running is { IsCompleted: true })
            {
                await running;
                Assert.Fail($"the processor stopped before {what}");
            }

            Assert.True(waited.Elapsed < limit, $"gave up after {limit.TotalSeconds:0} s waiting for {what}");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// <paramref name="subject"/>'s pseudonym (development key), from the secret the processor made for them on the keys
    /// topic, as erasure and export find it; null when the subject has no secret there. Each call reads the keys topic
    /// with a consumer of its own: look it up once, not per event of an assertion.
    /// </summary>
    public string? Pseudonym(string subject) => SecretOf(subject) is { } secret ? new Pseudonymizer(PseudonymOptions.Development).Subject(secret, PseudonymOptions.DevelopmentKeyVersion) : null;

    /// <summary>The pseudonym of <paramref name="subject"/>'s device <paramref name="device"/>, as <see cref="Pseudonym"/>.</summary>
    public string? DevicePseudonym(string subject, string device) =>
        SecretOf(subject) is { } secret ? new Pseudonymizer(PseudonymOptions.Development).Device(secret, device, PseudonymOptions.DevelopmentKeyVersion) : null;

    /// <summary>The person secret of <paramref name="subject"/> on the keys topic (the latest value under its record key).</summary>
    public PersonSecret? SecretOf(string subject)
    {
        string recordKey = s_router.PersonSecretKeyOf(subject);
        byte[]? value = null;
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.Keys, TimeSpan.FromSeconds(20)))
        {
            if (r.Message.Key is { } key && Encoding.UTF8.GetString(key) == recordKey)
            {
                value = r.Message.Value;
            }
        }

        if (value is null || !WrappedKeyCodec.TryRead(value, out WrappedKey? wrapped, out _))
        {
            return null;
        }

        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        return WrappedKeys.TryUnwrap(ring, Encoding.UTF8.GetBytes(recordKey), wrapped, out KeyMaterial? material) ? new PersonSecret(subject, material.Secret) : null;
    }

    /// <summary>The route (raw record key) of <paramref name="subject"/>.</summary>
    public static string RouteOf(string subject) => s_router.RouteOf(subject);

    public Task ConsentAsync(string subject, ConsentState state, long time, params ConsentInterval[] history)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ConsentChangeCodec.Write(new ConsentChange(subject, subject + "-laptop", state, time, null, "v1", history), buffer);
        return _broker.ProduceAsync(Topics.Consent, Encoding.UTF8.GetBytes(subject), buffer.WrittenSpan.ToArray());
    }

    /// <summary>A consent-topic record exactly as given (a corrupt value, no key, a tombstone), as a raw producer writes it.</summary>
    public async Task ConsentRecordAsync(byte[]? key, byte[]? value)
    {
        using IProducer<byte[]?, byte[]> producer = _broker.CreateProducer();
        await producer.ProduceAsync(Topics.Consent, new Message<byte[]?, byte[]> { Key = key, Value = value! });
    }

    /// <summary>
    /// One raw record of <paramref name="device"/> (default: the subject's laptop): each step a focus on the named
    /// application (its title names it too) or, for null, a move; one second apart from <paramref name="firstSeq"/>.
    /// Sealed under the device's data key, published first as the device does.
    /// </summary>
    public async Task AppsAsync(string subject, long firstSeq, long start, string? device, params string?[] steps)
    {
        device ??= subject + "-laptop";
        await PublishDataKeyAsync(subject, device);
        var batch = new EventBatch { Subject = subject, Device = device, ScreenWidth = 1920, ScreenHeight = 1080 };
        for (int i = 0; i < steps.Length; i++)
        {
            long seq = firstSeq + i;
            batch.Add(steps[i] is { } app
                ? new InteractionEvent { Seq = seq, TimeMicros = start + (seq * Second), Kind = EventKind.Focus, App = app, Title = app + " - private window" }
                : new InteractionEvent { Seq = seq, TimeMicros = start + (seq * Second), Kind = EventKind.Move, X = i, Y = 1 });
        }

        var buffer = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, buffer);
        (byte[] key, byte[] value) = Seal(subject, buffer.WrittenSpan.ToArray(), device);
        await _broker.ProduceAsync(Topics.Raw, key, value);
    }

    /// <summary>
    /// Batches of moves one second apart; every tenth event a focus change whose title holds PII. Sealed under the
    /// subject's data key, published first (once per subject) as a device does.
    /// </summary>
    public async Task RawAsync(string subject, long firstSeq, int batches, int perBatch, long start)
    {
        await PublishDataKeyAsync(subject);
        var records = new List<KeyValuePair<byte[]?, byte[]>>();
        for (int b = 0; b < batches; b++)
        {
            (byte[] key, byte[] value) = SealedRecord(subject, firstSeq + (b * perBatch), perBatch, start);
            records.Add(new(key, value));
        }

        await _broker.ProduceAsync(Topics.Raw, records);
    }

    /// <summary>Seals an encoded batch of <paramref name="subject"/> under their data key: (route, value).</summary>
    public (byte[] Key, byte[] Value) Seal(string subject, byte[] encodedBatch, string? device = null)
    {
        byte[] route = Encoding.UTF8.GetBytes(RouteOf(subject));
        var output = new ArrayBufferWriter<byte>();
        BatchSealing.Seal(DataKeyOf(subject, device), route, encodedBatch, output);
        return (route, output.WrittenSpan.ToArray());
    }

    /// <summary>One raw record as <see cref="RawAsync"/> writes them (sealed): events from <paramref name="firstSeq"/>, one a second.</summary>
    public (byte[] Key, byte[] Value) SealedRecord(string subject, long firstSeq, int events, long start) => Seal(subject, PlainRecord(subject, firstSeq, events, start));

    /// <summary>
    /// <paramref name="subject"/>'s data key record as the device publishes it (key, value), to give a keys table
    /// directly; <see cref="RawAsync"/> publishes it on the keys topic.
    /// </summary>
    public (byte[] Key, byte[] Value) DataKeyRecord(string subject, string? device = null)
    {
        DataKey key = DataKeyOf(subject, device);
        string recordKey = RecordKeys.DataKey(RouteOf(subject), key.Id);
        byte[] material = new byte[DataKey.KeyBytes];
        key.CopyKeyTo(material);
        using var wrapping = new ProcessingPublicKey(SealingOptions.Development.PublicKeyVersion, SealingOptions.Development.PublicKey);
        return (Encoding.UTF8.GetBytes(recordKey), WrappedKeys.Wrap(wrapping, WrappedKeyKind.DataKey, recordKey, key.Id, new KeyMaterial(material, subject, device ?? subject + "-laptop"), T0));
    }

    /// <summary>Publishes <paramref name="subject"/>'s data key on the keys topic, in its route's partition, once.</summary>
    public async Task PublishDataKeyAsync(string subject, string? device = null)
    {
        if (!_published.Add(DeviceKeyOf(subject, device)))
        {
            return;
        }

        (byte[] key, byte[] value) = DataKeyRecord(subject, device);
        using IProducer<byte[]?, byte[]> producer = _broker.CreateProducer();
        await producer.ProduceAsync(new TopicPartition(Topics.Keys, RecordKeys.KeysPartition(key, _partitions)), new Message<byte[]?, byte[]> { Key = key, Value = value });
    }

    /// <summary>Writes a tombstone for <paramref name="recordKey"/> on the keys topic, in its route's partition, as erasure does.</summary>
    public async Task TombstoneKeyAsync(string recordKey)
    {
        byte[] key = Encoding.UTF8.GetBytes(recordKey);
        using IProducer<byte[]?, byte[]?> producer = new ProducerBuilder<byte[]?, byte[]?>(_broker.Settings.CreateProducerConfig()).Build();
        await producer.ProduceAsync(new TopicPartition(Topics.Keys, RecordKeys.KeysPartition(key, _partitions)), new Message<byte[]?, byte[]?> { Key = key, Value = null });
    }

    /// <summary>
    /// Erasure's tombstones on the keys topic for <paramref name="subject"/> (their data key, then their secret), each
    /// acknowledged before the next, as <c>lake erase</c> writes them last.
    /// </summary>
    public async Task EraseKeysAsync(string subject)
    {
        await TombstoneKeyAsync(DataKeyRecordKey(subject));
        await TombstoneKeyAsync(SecretRecordKey(subject));
    }

    /// <summary>
    /// The processor's committed state as a new owner restores it: every changelog partition's latest value per
    /// subject pseudonym (null for a tombstone).
    /// </summary>
    public Dictionary<string, byte[]?> CommittedStates()
    {
        var partitions = new List<TopicPartition>();
        foreach (int p in _broker.Partitions(Topics.ProcessorState))
        {
            partitions.Add(new TopicPartition(Topics.ProcessorState, p));
        }

        var states = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (ChangelogSnapshot snapshot in ChangelogSnapshot.Read(Settings, Options, TimeProvider.System, partitions).Values)
        {
            foreach ((string subject, byte[]? value) in snapshot.States)
            {
                states[subject] = value;
            }
        }

        return states;
    }

    /// <summary>The keys-topic record key of <paramref name="subject"/>'s data key.</summary>
    public string DataKeyRecordKey(string subject) => RecordKeys.DataKey(RouteOf(subject), DataKeyOf(subject).Id);

    /// <summary>The keys-topic record key of <paramref name="subject"/>'s secret.</summary>
    public static string SecretRecordKey(string subject) => s_router.PersonSecretKeyOf(subject);

    /// <summary>Every byte on the raw and dead-letter topics (keys and values), read with a plain consumer.</summary>
    public byte[] RawAndDeadLetterBytes()
    {
        var all = new List<byte>();
        foreach (string topic in new[] { Topics.Raw, Topics.DeadLetter })
        {
            foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(20), IsolationLevel.ReadUncommitted))
            {
                all.AddRange(r.Message.Key ?? []);
                all.AddRange(r.Message.Value ?? []);
            }
        }

        return [.. all];
    }

    /// <summary>One raw record in clear, as agents from before encryption sent them.</summary>
    public static byte[] PlainRecord(string subject, long firstSeq, int events, long start)
    {
        var batch = new EventBatch { Subject = subject, Device = subject + "-laptop", ScreenWidth = 1920, ScreenHeight = 1080 };
        for (long seq = firstSeq; seq < firstSeq + events; seq++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = seq;
            e.TimeMicros = start + (seq * Second);
            if (seq % 10 == 0)
            {
                e.Kind = EventKind.Focus;
                e.App = "thunderbird";
                e.Title = $"Re: offer - {subject}@example.com - card 4111 1111 1111 1111";
            }
            else
            {
                e.Kind = EventKind.Move;
                e.X = (int)(seq % 1920);
                e.Y = 100;
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Every clean event as (device pseudonym, seq, session id, title), duplicates kept.</summary>
    public List<(string Device, long Seq, string SessionId, string? Title, string Subject)> CleanEvents()
    {
        var events = new List<(string, long, string, string?, string)>();
        var batch = new EventBatch();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.Clean, TimeSpan.FromSeconds(20)))
        {
            Assert.True(CleanBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            Assert.Equal(batch.Subject, Encoding.UTF8.GetString(r.Message.Key!));
            foreach (InteractionEvent e in batch.Events)
            {
                events.Add((batch.Device, e.Seq, e.SessionId!, e.Title, batch.Subject));
            }
        }

        return events;
    }

    public List<SessionSummary> Sessions() => Read<SessionSummary>(Topics.Sessions, static (byte[] v, out SessionSummary? s, out DecodeError e) => SessionSummaryCodec.TryRead(v, out s, out e));

    public List<IdlePeriod> IdlePeriods() => Read<IdlePeriod>(Topics.Idle, static (byte[] v, out IdlePeriod? s, out DecodeError e) => IdlePeriodCodec.TryRead(v, out s, out e));

    /// <summary>Every action in the actions topic in the order read (one partition per subject), with its record's key.</summary>
    public List<(string Key, string Subject, InteractionAction Action)> Actions()
    {
        var actions = new List<(string, string, InteractionAction)>();
        var batch = new ActionBatch();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.Actions, TimeSpan.FromSeconds(20)))
        {
            Assert.True(ActionBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            foreach (InteractionAction a in batch.Actions)
            {
                actions.Add((Encoding.UTF8.GetString(r.Message.Key!), batch.Subject, a));
            }
        }

        return actions;
    }

    /// <summary>The number of records on the actions topic.</summary>
    public int ActionRecords() => _broker.ReadToEnd(Topics.Actions, TimeSpan.FromSeconds(20)).Count;

    /// <summary>
    /// Produces one raw record of <paramref name="subject"/>'s laptop, sealed under its data key (published first): the events given as (kind, milliseconds after
    /// <paramref name="start"/>), sequence numbers from <paramref name="firstSeq"/>; buttons are left presses at
    /// (400, 300), keys letters.
    /// </summary>
    public async Task InputAsync(string subject, long firstSeq, long start, params (EventKind Kind, int Ms)[] events)
    {
        var batch = new EventBatch { Subject = subject, Device = subject + "-laptop", ScreenWidth = 1920, ScreenHeight = 1080 };
        for (int i = 0; i < events.Length; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = firstSeq + i;
            e.TimeMicros = start + (events[i].Ms * 1000L);
            e.Kind = events[i].Kind;
            e.X = 400;
            e.Y = 300;
            e.Button = e.Kind is EventKind.ButtonDown or EventKind.ButtonUp ? MouseButton.Left : MouseButton.None;
            e.KeyClass = e.Kind is EventKind.KeyDown or EventKind.KeyUp ? KeyClass.Letter : KeyClass.None;
            e.App = e.Kind == EventKind.Focus ? "thunderbird" : null;
        }

        var buffer = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, buffer);
        await PublishDataKeyAsync(subject);
        (byte[] key, byte[] value) = Seal(subject, buffer.WrittenSpan.ToArray());
        await _broker.ProduceAsync(Topics.Raw, [new(key, value)]);
    }

    public List<(DeadLetter Letter, string Reason)> DeadLetters()
    {
        var letters = new List<(DeadLetter, string)>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.DeadLetter, TimeSpan.FromSeconds(20)))
        {
            Assert.True(DeadLetterCodec.TryRead(r.Message.Value, out DeadLetter? letter, out DecodeError error), error.Detail);
            letters.Add((letter, Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes("reason"))));
        }

        return letters;
    }

    /// <summary>Every byte the processor wrote to the topics ML readers see.</summary>
    public List<byte[]> PublicOutputBytes()
    {
        var all = new List<byte[]>();
        foreach (string topic in new[] { Topics.Clean, Topics.Sessions, Topics.Idle, Topics.Actions })
        {
            foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(20)))
            {
                all.Add(r.Message.Key ?? []);
                all.Add(r.Message.Value);
            }
        }

        return all;
    }

    /// <summary>
    /// <paramref name="subject"/>'s device rotates its data key, as a device does on <c>Shredding:DataKeyRotation</c>:
    /// batches from now on are sealed under a new key, published again by the next <see cref="RawAsync"/>; the old key
    /// stays on the keys topic.
    /// </summary>
    public void RotateDataKey(string subject)
    {
        _dataKeys[subject] = DataKey.Generate();
        _published.Remove(subject);
    }

    private DataKey DataKeyOf(string subject, string? device = null)
    {
        string id = DeviceKeyOf(subject, device);
        if (!_dataKeys.TryGetValue(id, out DataKey? key))
        {
            key = DataKey.Generate();
            _dataKeys.Add(id, key);
        }

        return key;
    }

    /// <summary>A device's entry in the scenario's data keys: the subject alone for their laptop (the default device).</summary>
    private static string DeviceKeyOf(string subject, string? device) =>
        device is null || device == subject + "-laptop" ? subject : subject + "\n" + device;

    private delegate bool TryReadValue<T>(byte[] value, out T? result, out DecodeError error);

    private List<T> Read<T>(string topic, TryReadValue<T> read)
        where T : class
    {
        var values = new List<T>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(20)))
        {
            Assert.True(read(r.Message.Value, out T? value, out DecodeError error), error.Detail);
            values.Add(value!);
        }

        return values;
    }
}
