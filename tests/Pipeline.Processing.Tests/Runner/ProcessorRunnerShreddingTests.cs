using System.Buffers;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Processing.State;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>
/// <see cref="ProcessorRunner"/> and crypto-shredding: sealed batches opened under their data keys, person secrets made
/// once, erased keys dropping what is sealed under them, nothing of a person in clear on the raw or dead-letter topic.
/// </summary>
public sealed class ProcessorRunnerShreddingTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long Second = ProcessorScenario.Second;
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public async Task RunAsync_SealedBatchesOfTwoPeople_ScrubbedOnceEachAndNothingOfThemInClear()
    {
        var scenario = new ProcessorScenario(broker);
        await scenario.ConsentAsync("olga", ConsentState.Granted, T0);
        await scenario.ConsentAsync("pete", ConsentState.Granted, T0);
        await scenario.RawAsync("olga", 0, 4, 25, T0);
        await scenario.RawAsync("pete", 0, 4, 25, T0);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == 200, "every event out", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(2, runner.Progress.SecretsMade);
        Assert.Equal(0, runner.Progress.DeadLetters);
        var clean = scenario.CleanEvents();
        // Looked up once each: a lookup reads the keys topic with a consumer of its own (per event, it took minutes).
        string? olga = scenario.Pseudonym("olga"), pete = scenario.Pseudonym("pete");
        Assert.Equal(100, clean.Count(e => e.Subject == olga));
        Assert.Equal(100, clean.Count(e => e.Subject == pete));
        Assert.All(clean.Where(e => e.Title is not null), e => Assert.Equal("Re: offer - <EMAIL> - card <CARD>", e.Title));
        byte[] raw = scenario.RawAndDeadLetterBytes();
        foreach (string plain in new[] { "olga", "pete", "thunderbird", "Re: offer", "4111" })
        {
            Assert.Equal(-1, raw.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)));
        }
    }

    [Fact]
    public async Task RunAsync_DataKeyTombstonedBeforeProcessing_BatchesDroppedAsErasedNeverDeadLettered()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("quin", ConsentState.Granted, T0);
        await scenario.ConsentAsync("rosa", ConsentState.Granted, T0);
        await scenario.RawAsync("quin", 0, 3, 10, T0);
        await scenario.RawAsync("rosa", 0, 3, 10, T0);
        await scenario.TombstoneKeyAsync(scenario.DataKeyRecordKey("quin"));
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.ErasedBatches == 3 && runner.Progress.EventsOut == 30, "quin's batches erased and rosa's out", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(0, runner.Progress.DeadLetters);
        Assert.Empty(scenario.DeadLetters());
        Assert.Null(scenario.SecretOf("quin"));
        string? rosa = scenario.Pseudonym("rosa");
        Assert.All(scenario.CleanEvents(), e => Assert.Equal(rosa, e.Subject));
    }

    [Fact]
    public async Task RunAsync_DataKeyRotatedBetweenBatches_BatchesUnderTheOldAndTheNewKeyBothReadable()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("tina", ConsentState.Granted, T0);
        await scenario.RawAsync("tina", 0, 2, 10, T0);
        string oldKey = scenario.DataKeyRecordKey("tina");
        scenario.RotateDataKey("tina");
        await scenario.RawAsync("tina", 20, 2, 10, T0 + (20 * Second));
        Assert.NotEqual(oldKey, scenario.DataKeyRecordKey("tina"));
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == 40, "the batches under both keys out", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(0, runner.Progress.ErasedBatches);
        Assert.Equal(0, runner.Progress.DeadLetters);
        Assert.Equal(1, runner.Progress.SecretsMade);
        string? tina = scenario.Pseudonym("tina");
        Assert.Equal(40, scenario.CleanEvents().Count(e => e.Subject == tina));
    }

    [Fact]
    public async Task RunAsync_PersonFirstSeenWhileRunning_KeyFoundByReadingTheKeysTopicToItsEnd()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("sven", ConsentState.Granted, T0);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.AssignedPartitions == 1, "the partition assigned", run);

        // The key and the batches arrive together: the batch may be read before the key, and must not be taken for erased.
        await scenario.RawAsync("sven", 0, 5, 10, T0);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == 50, "sven's events out", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(0, runner.Progress.ErasedBatches);
    }

    [Fact]
    public async Task RunAsync_RestartedWithAnotherGroup_PersonKeepsTheirSecretAndPseudonym()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("tara", ConsentState.Granted, T0);
        await scenario.RawAsync("tara", 0, 2, 10, T0);
        ProcessorRunner first = scenario.NewRunner(output);
        using (var stop = new CancellationTokenSource())
        {
            Task run = first.RunAsync(stop.Token);
            await ProcessorScenario.WaitUntilAsync(() => first.Progress.EventsOut == 20, "the first run's events out", run);
            await ProcessorScenario.StopAsync(run, stop);
        }

        string? pseudonym = scenario.Pseudonym("tara");
        var fresh = new ProcessorScenario(broker, partitions: 1);
        ProcessorRunner second = scenario.NewRunner(output, scenario.Options with
        {
            GroupId = BrokerFixture.UniqueGroup("fresh"),
            TransactionalIdPrefix = BrokerFixture.UniqueGroup("fresh"),
            Topics = scenario.Topics with { ProcessorState = fresh.Topics.ProcessorState, Clean = fresh.Topics.Clean },
        });
        using (var stop = new CancellationTokenSource())
        {
            Task run = second.RunAsync(stop.Token);
            await ProcessorScenario.WaitUntilAsync(() => second.Progress.EventsOut == 20, "the fresh run's events out", run);
            await ProcessorScenario.StopAsync(run, stop);
        }

        Assert.NotNull(pseudonym);
        Assert.Equal(0, second.Progress.SecretsMade);
        Assert.All(fresh.CleanEvents(), e => Assert.Equal(pseudonym, e.Subject));
    }

    [Fact]
    public async Task RunAsync_SecretTombstonedWhileItsSessionIsOpen_SessionForgottenWithoutASummary()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("ugo", ConsentState.Granted, T0);
        await scenario.ConsentAsync("vera", ConsentState.Granted, T0);
        await scenario.RawAsync("ugo", 0, 2, 10, T0);
        await scenario.RawAsync("vera", 0, 2, 10, T0);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == 40 && runner.Progress.TransactionsCommitted > 0, "both people's events out", run);
        string? ugo = scenario.Pseudonym("ugo");

        await scenario.TombstoneKeyAsync(scenario.DataKeyRecordKey("ugo"));
        await scenario.TombstoneKeyAsync(ProcessorScenario.SecretRecordKey("ugo"));
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.PeopleErased == 1, "the processor to read the secret's tombstone", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed == 1, "vera's session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.NotNull(ugo);
        Assert.Equal(scenario.Pseudonym("vera"), Assert.Single(scenario.Sessions()).Subject);
    }

    [Fact]
    public async Task RunAsync_TransactionWithAnErasureAborts_ErasedPersonStaysErasedAfterTheRewind()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("abel", ConsentState.Granted, T0);
        await scenario.ConsentAsync("bea", ConsentState.Granted, T0);
        await scenario.RawAsync("abel", 0, 2, 10, T0);
        await scenario.RawAsync("bea", 0, 2, 10, T0);
        // The first run commits both people's open sessions to the changelog and hands over; the second restores them
        // and then has nothing to do, so the next produce request of the processor is the erasure's commit.
        await RunUntilEventsOutAsync(scenario, 40);
        string abel = scenario.Pseudonym("abel")!;
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.AssignedPartitions == 1, "the partition restored", run);
        try
        {
            // Only a transactional producer adds partitions to a transaction: the tombstones pass, and the processor's
            // next transaction (the one that applied the erasure) is refused a partition, which dooms it.
            broker.Broker.PushRequestErrors(KafkaApiKey.AddPartitionsToTxn, ErrorCode.TopicAuthorizationFailed);
            await scenario.EraseKeysAsync("abel");
            await ProcessorScenario.WaitUntilAsync(() => runner.Progress.PeopleErased == 1 && runner.Progress.TransactionsAborted == 1,
                "the erasure applied and its transaction aborted", run);
        }
        finally
        {
            broker.Broker.ClearRequestErrors(KafkaApiKey.AddPartitionsToTxn);
        }

        // The sessions restored by the rewind count their quiet time from then.
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.PartitionsRestored == 2, "the rewind's restore", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed >= 1, "a session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(scenario.Pseudonym("bea"), Assert.Single(scenario.Sessions()).Subject);
        Assert.Equal(1, runner.Progress.ErasedStatesForgotten);
        Assert.True(scenario.CommittedStates().TryGetValue(abel, out byte[]? state));
        Assert.Null(state);
    }

    [Fact]
    public async Task RunAsync_SecretTombstonedWhileNoProcessorRuns_RestoredStateOfThePersonForgotten()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("cleo", ConsentState.Granted, T0);
        await scenario.ConsentAsync("dora", ConsentState.Granted, T0);
        await scenario.RawAsync("cleo", 0, 2, 10, T0);
        await scenario.RawAsync("dora", 0, 2, 10, T0);
        await RunUntilEventsOutAsync(scenario, 40);
        string cleo = scenario.Pseudonym("cleo")!;
        await scenario.EraseKeysAsync("cleo");

        // The restart restores cleo's open session from the changelog; the keys topic says she is erased.
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.AssignedPartitions == 1, "the partition restored", run);
        scenario.PassQuietTimeout();
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.SessionsClosed >= 1, "a session closed", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(scenario.Pseudonym("dora"), Assert.Single(scenario.Sessions()).Subject);
        Assert.Equal(1, runner.Progress.ErasedStatesForgotten);
        Assert.True(scenario.CommittedStates().TryGetValue(cleo, out byte[]? state));
        Assert.Null(state);
    }

    [Fact]
    public async Task RunAsync_SecretTombstonedWithAnOpenTypingRun_ActionSectionTombstonedAndNothingContinuesIt()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("emil", ConsentState.Granted, T0);
        // Five key presses: an open typing run, held in the action reducer's section of emil's changelog value.
        await scenario.InputAsync("emil", 0, T0, [.. Enumerable.Range(0, 5).SelectMany(i => new[] { (EventKind.KeyDown, i * 200), (EventKind.KeyUp, (i * 200) + 40) })]);
        await RunUntilEventsOutAsync(scenario, 10);
        string emil = scenario.Pseudonym("emil")!;
        Assert.False(StateOf(scenario, emil).IsEmpty);

        ProcessorRunner runner = scenario.NewRunner(output);
        using (var stop = new CancellationTokenSource())
        {
            Task run = runner.RunAsync(stop.Token);
            await ProcessorScenario.WaitUntilAsync(() => runner.Progress.AssignedPartitions == 1, "the partition restored", run);
            await scenario.EraseKeysAsync("emil");
            await ProcessorScenario.WaitUntilAsync(() => runner.Progress.PeopleErased == 1, "the processor to read the secret's tombstone", run);
            await ProcessorScenario.StopAsync(run, stop);
        }

        Assert.True(scenario.CommittedStates().TryGetValue(emil, out byte[]? state));
        Assert.Null(state);

        // A later run has nothing of the run to finish: no action of emil's ever comes out.
        ProcessorRunner after = scenario.NewRunner(output);
        using (var stop = new CancellationTokenSource())
        {
            Task run = after.RunAsync(stop.Token);
            await ProcessorScenario.WaitUntilAsync(() => after.Progress.AssignedPartitions == 1, "the partition restored", run);
            scenario.PassQuietTimeout();
            await ProcessorScenario.StopAsync(run, stop);
        }

        Assert.Empty(scenario.Actions());
        Assert.Empty(scenario.Sessions());
    }

    /// <summary>The action reducer's section of <paramref name="pseudonym"/>'s committed changelog value.</summary>
    private static ReadOnlySpan<byte> StateOf(ProcessorScenario scenario, string pseudonym) =>
        SubjectStateCodec.Read(scenario.CommittedStates()[pseudonym]).Actions;

    /// <summary>A run until <paramref name="events"/> clean events are out, stopped: its work committed and handed over.</summary>
    private async Task RunUntilEventsOutAsync(ProcessorScenario scenario, int events)
    {
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();
        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == events, $"{events} events out", run);
        await ProcessorScenario.StopAsync(run, stop);
    }

    [Fact]
    public async Task RunAsync_BatchInClear_DeadLetteredAsUnencryptedWithoutItsPayload()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("wynn", ConsentState.Granted, T0);
        await broker.ProduceAsync(scenario.Topics.Raw, "wynn"u8.ToArray(), ProcessorScenario.PlainRecord("wynn", 0, 10, T0));
        await scenario.RawAsync("wynn", 10, 1, 10, T0);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.DeadLetters == 1 && runner.Progress.EventsOut == 10, "the plain batch dead-lettered, the sealed one out", run);
        await ProcessorScenario.StopAsync(run, stop);

        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("unencrypted", reason);
        Assert.Empty(letter.Payload.ToArray());
    }

    [Fact]
    public async Task RunAsync_BatchInClearWhenAccepted_ProcessedAsBeforeEncryption()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("xavi", ConsentState.Granted, T0);
        await broker.ProduceAsync(scenario.Topics.Raw, "xavi"u8.ToArray(), ProcessorScenario.PlainRecord("xavi", 0, 10, T0));
        ProcessorRunner runner = scenario.NewRunner(output, scenario.Options with { AcceptUnencryptedBatches = true });
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.EventsOut == 10, "the plain batch out", run);
        await ProcessorScenario.StopAsync(run, stop);

        Assert.Equal(0, runner.Progress.DeadLetters);
    }

    [Fact]
    public async Task RunAsync_LateEvents_DeadLetterSealedUnderTheBatchsKey()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("yara", ConsentState.Granted, T0);
        await scenario.RawAsync("yara", 1000, 1, 5, T0);
        await scenario.RawAsync("yara", 0, 1, 5, T0 + (5 * Second));
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "both records processed", run);
        await ProcessorScenario.StopAsync(run, stop);

        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("late_event", reason);
        Assert.True(SealedBatchCodec.TryRead(letter.Payload.Span, out SealedBatch sealedLate, out DecodeError error), error.Detail);
        Assert.Equal(scenario.DataKeyRecordKey("yara")[(Pipeline.Privacy.Shredding.RecordKeys.RouteLength + 3)..], sealedLate.KeyId);
        Assert.Equal(-1, letter.Payload.Span.IndexOf("yara"u8));
    }

    [Fact]
    public async Task RunAsync_BatchSealedUnderAnotherPersonsKey_DeadLetteredAsKeyMismatch()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("zed", ConsentState.Granted, T0);
        await scenario.PublishDataKeyAsync("zed");
        var other = new EventBatch { Subject = "amy", Device = "amy-laptop" };
        other.Add(new InteractionEvent { Seq = 1, TimeMicros = T0, Kind = EventKind.Move });
        var encoded = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(other, encoded);
        (byte[] route, byte[] value) = scenario.Seal("zed", encoded.WrittenSpan.ToArray());
        await broker.ProduceAsync(scenario.Topics.Raw, route, value);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.DeadLetters == 1, "the record dead-lettered", run);
        await ProcessorScenario.StopAsync(run, stop);

        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("key_mismatch", reason);
        Assert.Equal(value, letter.Payload.ToArray());
    }
}
