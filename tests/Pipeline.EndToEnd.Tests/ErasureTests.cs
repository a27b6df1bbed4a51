using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Confluent.Kafka;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Host.Commands;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Sink;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.EndToEnd.Tests;

/// <summary>
/// Erasure that reaches every copy, as the issue asks: two people through the real capture path (sealed on the
/// device), processor and sink on the embedded broker, then <c>lake erase</c> (the command's own code) for one of them,
/// then a fresh processor from the beginning of the raw topic; and the bytes of the raw and dead-letter topics read
/// with a plain consumer before and after. Real keys (not the development pair), made for the test.
/// </summary>
public sealed class ErasureTests(BrokerFixture broker) : IClassFixture<BrokerFixture>, IDisposable
{
    private const int Partitions = 3;
    private static readonly string[] s_alicePlaintext = ["alice.raw-id@corp", "alice-laptop-7", "alice-desktop-2", "org.mozilla.firefox", "Payroll 2026", "alice.private@example.com"];

    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-erasure-").FullName;
    private readonly byte[] _routingSecret = RandomNumberGenerator.GetBytes(32);
    private readonly byte[] _pseudonymKey = RandomNumberGenerator.GetBytes(32);
    private readonly (byte[] Private, byte[] Public) _pair = NewKeyPair();

    private byte[] PrivateKey => _pair.Private;

    private byte[] PublicKey => _pair.Public;

    private PseudonymOptions Pseudonyms => new() { Keys = new Dictionary<int, byte[]> { [1] = _pseudonymKey }, CurrentVersion = 1 };

    private RoutingOptions Routing => new() { Secret = _routingSecret };

    private SealingOptions Sealing => new() { Routing = Routing, PublicKeyVersion = 1, PublicKey = PublicKey };

    private UnsealingOptions Unsealing => new() { Routing = Routing, PrivateKeys = new Dictionary<int, byte[]> { [1] = PrivateKey }, CurrentVersion = 1 };

    [Fact]
    public async Task Erase_OnePerson_FreshProcessorFromTheBeginningGivesNothingOfThemAndTheOthersUnchanged()
    {
        TopicNames topics = Topics();
        string lake = Path.Combine(_root, "lake");
        long raw = await CaptureAsync(topics);
        (ProcessorProgress first, LakeSinkProgress sunk) = await ProcessAndSinkAsync(topics, lake, expectedEvents: 26);
        Assert.Equal(26, first.EventsOut);
        Assert.Equal(3, first.LateEvents);
        AssertNoPlaintextOfAlice(topics, "before erasure");
        string alice = LakePseudonym(lake, "org.mozilla.firefox");
        List<(string Device, long Seq, string Subject)> bobBefore = CleanEvents(topics.Clean, exceptSubject: alice);
        Assert.Equal(15, bobBefore.Count);

        string erased = Erase(topics, lake, "alice.raw-id@corp");

        Assert.Matches($@"{topics.Raw}\s+unreadable", erased);
        Assert.Matches($@"{topics.DeadLetter}\s+unreadable", erased);
        Assert.Matches($@"{topics.Clean}\s+unlinkable", erased);
        Assert.Matches($@"{topics.Keys}\s+tombstoned", erased);
        Assert.Equal(0, Count(lake, "events", alice));
        Assert.Equal(15, Count(lake, "events", bobBefore[0].Subject));
        AssertNoPlaintextOfAlice(topics, "after erasure");

        // A fresh processor: new group and transactional ids, its own state and outputs, the raw topic from its beginning.
        TopicNames fresh = topics with
        {
            Clean = broker.CreateTopic("fresh-clean", Partitions),
            Sessions = broker.CreateTopic("fresh-sessions", Partitions),
            Idle = broker.CreateTopic("fresh-idle", Partitions),
            DeadLetter = broker.CreateTopic("fresh-dlq", Partitions),
            ProcessorState = broker.CreateTopic("fresh-state", Partitions),
        };
        var runner = new ProcessorRunner(ProcessorOptions(fresh, BrokerFixture.UniqueGroup("fresh")), broker.Settings, NullLoggerFactory.Instance, TimeProvider.System);
        using (var stop = new CancellationTokenSource())
        {
            Task run = runner.RunAsync(stop.Token);
            await WaitAsync(() => runner.Progress.RecordsIn + runner.Progress.ErasedBatches >= raw, "the fresh processor to read every raw record", run, () => Describe(runner.Progress));
            await stop.CancelAsync();
            await run;
        }

        Assert.Equal(raw - 1, runner.Progress.ErasedBatches);
        Assert.Equal(15, runner.Progress.EventsOut);
        Assert.Equal(0, runner.Progress.DeadLetters);
        Assert.Equal(0, runner.Progress.SecretsMade);
        Assert.Equal(bobBefore.Order(), CleanEvents(fresh.Clean, exceptSubject: null).Order());
        Assert.Empty(broker.ReadToEnd(fresh.DeadLetter, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Erase_OnePerson_TheirPseudonymCannotBeRecomputedFromTheRawIdAndKeysButAnothersStillCan()
    {
        TopicNames topics = Topics();
        string lake = Path.Combine(_root, "lake");
        await CaptureAsync(topics);
        await ProcessAndSinkAsync(topics, lake, expectedEvents: 26);
        string aliceInLake = LakePseudonym(lake, "org.mozilla.firefox");
        string bobInLake = LakePseudonym(lake, "org.libreoffice.calc");
        await using (HostContext host = Host(topics))
        {
            // The one derivation erasure and export use: from the raw id, the keys topic and the keys.
            Assert.Equal([aliceInLake], SubjectPseudonyms.Resolve(host, broker.Settings, "alice.raw-id@corp").Pseudonyms);
            Assert.Equal([bobInLake], SubjectPseudonyms.Resolve(host, broker.Settings, "bob.raw-id@corp").Pseudonyms);
        }

        Erase(topics, lake, "alice.raw-id@corp");

        await using (HostContext host = Host(topics))
        {
            SubjectPseudonyms.Lookup alice = SubjectPseudonyms.Resolve(host, broker.Settings, "alice.raw-id@corp");
            Assert.Null(alice.Keys.Secret);
            Assert.Empty(alice.Pseudonyms);
            Assert.Equal([bobInLake], SubjectPseudonyms.Resolve(host, broker.Settings, "bob.raw-id@corp").Pseudonyms);
        }

        // Everything an attacker holding the raw id and the pseudonym key can compute without the secret misses.
        byte[] withoutSecret = HMACSHA256.HashData(_pseudonymKey, Encoding.UTF8.GetBytes("subject\0alice.raw-id@corp"));
        Assert.NotEqual(aliceInLake, Convert.ToHexStringLower(withoutSecret.AsSpan(0, 16)));
        Assert.NotEqual(aliceInLake, new Pseudonymizer(Pseudonyms).Subject(PersonSecret.Create("alice.raw-id@corp"), 1));
    }

    [Fact]
    public async Task Erase_KilledBetweenLakeFiles_TheNextRunFinishesItAndTombstonesTheKeys()
    {
        TopicNames topics = Topics();
        string lake = Path.Combine(_root, "lake");
        await CaptureAsync(topics);
        await ProcessAndSinkAsync(topics, lake, expectedEvents: 26);
        string alice = LakePseudonym(lake, "org.mozilla.firefox");
        Assert.True(Count(lake, "events", alice) > 0);

        // The real host, paused after its first rewritten file (its journal saved), killed there with SIGKILL.
        string config = WriteConfig(topics, pauseBetweenFiles: TimeSpan.FromMinutes(10));
        using (PipelineProcess killed = PipelineProcess.Start(EraseArgs(config, lake, "alice.raw-id@corp"), Path.Combine(_root, "state")))
        {
            killed.WaitForLine("erased ", TimeSpan.FromSeconds(90));
            killed.Signal(9);
            killed.WaitForExit(TimeSpan.FromSeconds(30));
        }

        // Killed before the tombstones: the person's keys are still there, so the next run finds everything again.
        await using (HostContext host = Host(topics))
        {
            Assert.NotNull(SubjectPseudonyms.Resolve(host, broker.Settings, "alice.raw-id@corp").Keys.Secret);
        }

        string finished = RunErase(WriteConfig(topics, pauseBetweenFiles: TimeSpan.Zero), lake, "alice.raw-id@corp");
        Assert.Contains("(finished an interrupted run)", finished, StringComparison.Ordinal);
        Assert.Matches($@"{topics.Keys}\s+tombstoned", finished);
        Assert.Matches($@"{topics.Raw}\s+unreadable", finished);
        Assert.Equal(0, Count(lake, "events", alice));
        Assert.Equal(15, Count(lake, "events", LakePseudonym(lake, "org.libreoffice.calc")));
        await using (HostContext host = Host(topics))
        {
            Assert.Empty(SubjectPseudonyms.Resolve(host, broker.Settings, "alice.raw-id@corp").Pseudonyms);
        }
    }

    [Fact]
    public async Task Erase_ThenThePersonReEnrols_TheyComeOutUnderANewPseudonymAndTheirOldBatchesStayErased()
    {
        TopicNames topics = Topics();
        string lake = Path.Combine(_root, "lake");
        long before = await CaptureAsync(topics);
        await ProcessAndSinkAsync(topics, lake, expectedEvents: 26);
        string oldAlice = LakePseudonym(lake, "org.mozilla.firefox");
        string bob = LakePseudonym(lake, "org.libreoffice.calc");
        Erase(topics, lake, "alice.raw-id@corp");

        // Alice again, on her laptop: a new device session (a new data key) under the same raw id.
        long again = await CaptureAgainAsync(topics);
        TopicNames fresh = topics with
        {
            Clean = broker.CreateTopic("reenrol-clean", Partitions),
            Sessions = broker.CreateTopic("reenrol-sessions", Partitions),
            Idle = broker.CreateTopic("reenrol-idle", Partitions),
            DeadLetter = broker.CreateTopic("reenrol-dlq", Partitions),
            ProcessorState = broker.CreateTopic("reenrol-state", Partitions),
        };
        var runner = new ProcessorRunner(ProcessorOptions(fresh, BrokerFixture.UniqueGroup("reenrol")), broker.Settings, NullLoggerFactory.Instance, TimeProvider.System);
        using (var stop = new CancellationTokenSource())
        {
            Task run = runner.RunAsync(stop.Token);
            await WaitAsync(() => runner.Progress.EventsOut >= 15 + 6, "Bob's events and Alice's new ones", run, () => Describe(runner.Progress));
            await stop.CancelAsync();
            await run;
        }

        Assert.Equal(before - 1, runner.Progress.ErasedBatches);
        Assert.Equal(1, runner.Progress.SecretsMade);
        List<(string Device, long Seq, string Subject)> events = CleanEvents(fresh.Clean, exceptSubject: bob);
        Assert.Equal(6, events.Count);
        string newAlice = Assert.Single(events.Select(e => e.Subject).Distinct());
        Assert.NotEqual(oldAlice, newAlice);
        Assert.True(again > before);
        await using HostContext host = Host(topics);
        Assert.Equal([newAlice], SubjectPseudonyms.Resolve(host, broker.Settings, "alice.raw-id@corp").Pseudonyms);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static (byte[] Private, byte[] Public) NewKeyPair()
    {
        using var pair = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return (pair.ExportPkcs8PrivateKey(), pair.ExportSubjectPublicKeyInfo());
    }

    private TopicNames Topics() => new()
    {
        Raw = broker.CreateTopic("raw", Partitions),
        Consent = broker.CreateTopic("consent", Partitions),
        Clean = broker.CreateTopic("clean", Partitions),
        Sessions = broker.CreateTopic("sessions", Partitions),
        Idle = broker.CreateTopic("idle", Partitions),
        DeadLetter = broker.CreateTopic("dlq", Partitions),
        ProcessorState = broker.CreateTopic("state", Partitions),
        Keys = broker.CreateTopic("keys", Partitions),
    };

    /// <summary>
    /// Alice on two devices (a focus with a personal title, moves, and three events later than the grace period, which
    /// go to the dead-letter topic), Bob on one, through the device path into the spool and out to the broker. Returns
    /// the raw records written.
    /// </summary>
    private async Task<long> CaptureAsync(TopicNames topics)
    {
        var time = TimeProvider.System;
        await using var delivery = new SpoolDelivery(Path.Combine(_root, "spool-" + Guid.NewGuid().ToString("N")), new SpoolOptions { Name = "erasure-test" },
            new DeliveryOptions { Bootstrap = broker.BootstrapServers, Topics = topics }, NullLoggerFactory.Instance, time);
        delivery.Start();
        long now = Micros.Now(time);
        var devices = new List<DeviceCapture>();
        foreach ((string subject, string device) in new[] { ("alice.raw-id@corp", "alice-laptop-7"), ("alice.raw-id@corp", "alice-desktop-2"), ("bob.raw-id@corp", "bob-desktop-1") })
        {
            var capture = new DeviceCapture(new DeviceCaptureOptions
            {
                Subject = subject,
                Device = device,
                Privacy = new PrivacyOptions { AllowApps = ["org.mozilla.firefox", "org.libreoffice.calc"], WithTitles = true },
                Sealing = Sealing,
            }, delivery.Spool, time, new SequenceAllocator(null));
            ConsentRecord consent = ConsentRecord.None.Grant(ConsentRecord.CurrentNoticeVersion, now - 3_600_000_000);
            capture.Consent = consent;
            capture.PublishConsent(consent, 0);
            devices.Add(capture);
        }

        Offer(devices[0], now, "org.mozilla.firefox", "Payroll 2026 - alice.private@example.com", moves: 4);
        Offer(devices[1], now + 1000, "org.mozilla.firefox", "Payroll 2026 - alice.private@example.com", moves: 4);
        Offer(devices[2], now, "org.libreoffice.calc", "Budget.ods", moves: 14);
        // Far behind Alice's stream time on her laptop's next batch: late, to the dead-letter topic (sealed).
        Offer(devices[0], now + 2_000_000, null, null, moves: 1);
        Offer(devices[0], now - 1_800_000_000, null, null, moves: 3);
        foreach (DeviceCapture device in devices)
        {
            device.Dispose();
        }

        DrainOutcome outcome = await delivery.StopAsync();
        Assert.True(outcome.Drained);
        return broker.ReadToEnd(topics.Raw, TimeSpan.FromSeconds(20)).Count;
    }

    /// <summary>Alice on her laptop once more (a focus and five moves), through the same device path. Returns the raw records now on the topic.</summary>
    private async Task<long> CaptureAgainAsync(TopicNames topics)
    {
        var time = TimeProvider.System;
        await using var delivery = new SpoolDelivery(Path.Combine(_root, "spool-" + Guid.NewGuid().ToString("N")), new SpoolOptions { Name = "erasure-test" },
            new DeliveryOptions { Bootstrap = broker.BootstrapServers, Topics = topics }, NullLoggerFactory.Instance, time);
        delivery.Start();
        long now = Micros.Now(time);
        using (var capture = new DeviceCapture(new DeviceCaptureOptions
        {
            Subject = "alice.raw-id@corp",
            Device = "alice-laptop-7",
            Privacy = new PrivacyOptions { AllowApps = ["org.mozilla.firefox", "org.libreoffice.calc"], WithTitles = true },
            Sealing = Sealing,
        }, delivery.Spool, time, new SequenceAllocator(null)))
        {
            ConsentRecord consent = ConsentRecord.None.Grant(ConsentRecord.CurrentNoticeVersion, now - 60_000_000);
            capture.Consent = consent;
            capture.PublishConsent(consent, 0);
            Offer(capture, now, "org.mozilla.firefox", "Welcome back", moves: 5);
        }

        DrainOutcome outcome = await delivery.StopAsync();
        Assert.True(outcome.Drained);
        return broker.ReadToEnd(topics.Raw, TimeSpan.FromSeconds(20)).Count;
    }

    private static void Offer(DeviceCapture device, long at, string? app, string? title, int moves)
    {
        if (app is not null)
        {
            var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = at, App = app, Title = title };
            device.Accept(in focus);
        }

        for (int i = 0; i < moves; i++)
        {
            var move = new InteractionEvent { Kind = EventKind.Move, TimeMicros = at + ((i + 1) * 16_000), X = i, Y = i };
            device.Accept(in move);
        }

        device.Flush();
    }

    private ProcessorOptions ProcessorOptions(TopicNames topics, string group) => new()
    {
        Topics = topics,
        GroupId = group,
        TransactionalIdPrefix = group,
        Pseudonyms = Pseudonyms,
        Unsealing = Unsealing,
        BrokerLacksTransactionIsolation = true,
        KafkaTimeout = TimeSpan.FromSeconds(20),
    };

    private async Task<(ProcessorProgress Processor, LakeSinkProgress Sink)> ProcessAndSinkAsync(TopicNames topics, string lake, long expectedEvents)
    {
        var runner = new ProcessorRunner(ProcessorOptions(topics, BrokerFixture.UniqueGroup("processor")), broker.Settings, NullLoggerFactory.Instance, TimeProvider.System);
        var sink = new LakeSink(new LakeSinkOptions { Lake = lake, Topics = topics, GroupId = BrokerFixture.UniqueGroup("sink"), FlushInterval = TimeSpan.FromMilliseconds(500) },
            broker.Settings, NullLoggerFactory.Instance, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        Task processing = runner.RunAsync(stop.Token);
        Task sinking = Task.Run(() => sink.RunAsync(stop.Token));
        await WaitAsync(() => runner.Progress.EventsOut >= expectedEvents && runner.Progress.LateEvents >= 3, "every event out of the processor", processing, () => Describe(runner.Progress));
        await WaitAsync(() => sink.Progress.Events >= expectedEvents && sink.Progress.BufferedRows == 0, "every event in the lake", sinking);
        await stop.CancelAsync();
        await processing;
        try
        {
            await sinking;
        }
        catch (OperationCanceledException)
        {
            // stopped on purpose
        }

        return (runner.Progress, sink.Progress);
    }

    private HostContext Host(TopicNames topics) =>
        HostContext.Create(new GlobalSettings { ConfigFile = new FileInfo(WriteConfig(topics, TimeSpan.Zero)), Bootstrap = broker.BootstrapServers }, CancellationToken.None,
            output: new StringWriter(), error: new StringWriter());

    /// <summary>The host's configuration file for these topics and this test's keys.</summary>
    private string WriteConfig(TopicNames topics, TimeSpan pauseBetweenFiles)
    {
        var config = new JsonObject
        {
            ["State"] = new JsonObject { ["Directory"] = Path.Combine(_root, "state") },
            ["Topics"] = new JsonObject
            {
                ["Raw"] = topics.Raw, ["Consent"] = topics.Consent, ["Clean"] = topics.Clean, ["Sessions"] = topics.Sessions, ["Idle"] = topics.Idle,
                ["DeadLetter"] = topics.DeadLetter, ["ProcessorState"] = topics.ProcessorState, ["Keys"] = topics.Keys,
            },
            ["Pseudonym"] = new JsonObject { ["Keys"] = new JsonObject { ["1"] = Convert.ToBase64String(_pseudonymKey) }, ["CurrentVersion"] = "1" },
            ["Shredding"] = new JsonObject
            {
                ["RoutingSecret"] = Convert.ToBase64String(_routingSecret),
                ["PrivateKeys"] = new JsonObject { ["1"] = Convert.ToBase64String(PrivateKey) },
            },
            ["Lake"] = new JsonObject { ["Erase"] = new JsonObject { ["PauseBetweenFiles"] = pauseBetweenFiles.ToString("c", System.Globalization.CultureInfo.InvariantCulture) } },
        };
        string file = Path.Combine(_root, $"pipeline-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, config.ToJsonString());
        return file;
    }

    private string[] EraseArgs(string config, string lake, string subject) =>
        ["lake", "erase", "--subject", subject, "--lake", lake, "--bootstrap", broker.BootstrapServers, "--config", config];

    /// <summary><c>pipeline lake erase</c> as a real host process; its standard output.</summary>
    private string RunErase(string config, string lake, string subject)
    {
        using PipelineProcess process = PipelineProcess.Start(EraseArgs(config, lake, subject), Path.Combine(_root, "state"));
        int exit = process.WaitForExit(TimeSpan.FromSeconds(120));
        Assert.True(exit == 0, $"lake erase exited {exit}\nstdout:\n{process.StandardOutput}\nstderr:\n{process.StandardError}");
        return process.StandardOutput;
    }

    private string Erase(TopicNames topics, string lake, string subject) =>
        RunErase(WriteConfig(topics, TimeSpan.Zero), lake, subject);

    /// <summary>Every byte of the raw and dead-letter topics, read with a plain consumer (read_uncommitted: aborted records too).</summary>
    private void AssertNoPlaintextOfAlice(TopicNames topics, string when)
    {
        var bytes = new List<byte>();
        int records = 0;
        foreach (string topic in new[] { topics.Raw, topics.DeadLetter })
        {
            foreach (ConsumeResult<byte[]?, byte[]> r in broker.ReadToEnd(topic, TimeSpan.FromSeconds(20), IsolationLevel.ReadUncommitted))
            {
                bytes.AddRange(r.Message.Key ?? []);
                bytes.AddRange(r.Message.Value ?? []);
                records++;
            }
        }

        Assert.True(records > 0, "the topics hold the person's records");
        byte[] all = [.. bytes];
        foreach (string plain in s_alicePlaintext)
        {
            Assert.True(all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)) < 0, $"'{plain}' in clear on the raw or dead-letter topic {when}");
        }
    }

    private List<(string Device, long Seq, string Subject)> CleanEvents(string topic, string? exceptSubject)
    {
        var events = new List<(string, long, string)>();
        var batch = new EventBatch();
        foreach (ConsumeResult<byte[]?, byte[]> r in broker.ReadToEnd(topic, TimeSpan.FromSeconds(20)))
        {
            Assert.True(CleanBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            if (batch.Subject == exceptSubject)
            {
                continue;
            }

            foreach (InteractionEvent e in batch.Events)
            {
                events.Add((batch.Device, e.Seq, batch.Subject));
            }
        }

        return events;
    }

    /// <summary>The subject pseudonym of the lake's rows of one application (each person used one).</summary>
    private static string LakePseudonym(string lake, string app)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT DISTINCT subject FROM read_parquet('{lake}/events/**/*.parquet', hive_partitioning = false, union_by_name = true) WHERE app = '{app}'";
        return command.ExecuteScalar() as string ?? throw new InvalidOperationException($"no rows of {app} in the lake");
    }

    private static string Describe(ProcessorProgress p) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"records in {p.RecordsIn}, events in {p.EventsIn}, out {p.EventsOut}, late {p.LateEvents}, dead letters {p.DeadLetters}, erased batches {p.ErasedBatches}, secrets made {p.SecretsMade}, no consent {p.DroppedNoConsent}, partitions {p.AssignedPartitions}");

    private static long Count(string lake, string table, string subject)
    {
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM read_parquet('{lake}/{table}/**/*.parquet', hive_partitioning = false, union_by_name = true) WHERE subject = '{subject}'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task WaitAsync(Func<bool> condition, string what, Task running, Func<string>? describe = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (running.IsCompleted)
            {
                await running;
                Assert.Fail($"stopped before {what}");
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), $"gave up waiting for {what}{(describe is null ? "" : ": " + describe())}");
            await Task.Delay(20);
        }
    }
}
