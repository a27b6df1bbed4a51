using System.Buffers;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="ProcessorRunner"/>: records and events that go to the dead-letter topic, and the processing around them.</summary>
public sealed class ProcessorRunnerDeadLetterTests(BrokerFixture broker, ITestOutputHelper output) : IClassFixture<BrokerFixture>
{
    private const long Second = ProcessorScenario.Second;
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public async Task RunAsync_UndecodableAndInvalidRecords_DeadLetteredWithReasonAndProcessingGoesOn()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("erin", ConsentState.Granted, T0);
        await scenario.PublishDataKeyAsync("erin");
        await broker.ProduceAsync(scenario.Topics.Raw, "erin"u8.ToArray(), "not avro at all"u8.ToArray());
        var invalid = new EventBatch { Subject = "erin", Device = "erin-laptop" };
        invalid.Add(new InteractionEvent { Seq = 5, TimeMicros = T0, Kind = EventKind.Move });
        invalid.Add(new InteractionEvent { Seq = 5, TimeMicros = T0, Kind = EventKind.Move });
        var encoded = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(invalid, encoded);
        (byte[] route, byte[] sealedInvalid) = scenario.Seal("erin", encoded.WrittenSpan.ToArray());
        await broker.ProduceAsync(scenario.Topics.Raw, route, sealedInvalid);
        await scenario.RawAsync("erin", 0, 2, 10, T0);
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.DeadLetters == 2 && runner.Progress.RecordsIn == 2, "two dead letters and two good records", run);
        await ProcessorScenario.StopAsync(run, stop);

        var letters = scenario.DeadLetters();
        Assert.Equal(["bad_magic", "invalid_event"], letters.Select(l => l.Reason));
        Assert.Equal(["bad_magic", "invalid_event"], letters.Select(l => l.Letter.Reason));
        Assert.Equal([0L, 1L], letters.Select(l => l.Letter.SourceOffset));
        // Not a sealed batch: it could be anything, plaintext too, so its bytes are not kept. The sealed one keeps its ciphertext.
        Assert.Empty(letters[0].Letter.Payload.ToArray());
        Assert.Equal(sealedInvalid, letters[1].Letter.Payload.ToArray());
        Assert.Equal("seq does not strictly increase", letters[1].Letter.Detail);
        Assert.Equal(20, scenario.CleanEvents().Count);
    }

    [Fact]
    public async Task RunAsync_EventLaterThanGrace_DeadLetteredAsLateEvent()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        await scenario.ConsentAsync("finn", ConsentState.Granted, T0);
        await scenario.RawAsync("finn", 1000, 1, 5, T0);                     // stream time T0 + 1004 s
        await scenario.RawAsync("finn", 0, 1, 5, T0 + (5 * Second));         // 1000 s behind: beyond 2 min grace
        ProcessorRunner runner = scenario.NewRunner(output);
        using var stop = new CancellationTokenSource();

        Task run = runner.RunAsync(stop.Token);
        await ProcessorScenario.WaitUntilAsync(() => runner.Progress.RecordsIn == 2, "both raw records processed", run);
        await ProcessorScenario.StopAsync(run, stop);

        (DeadLetter letter, string reason) = Assert.Single(scenario.DeadLetters());
        Assert.Equal("late_event", reason);
        Assert.Equal(5, runner.Progress.LateEvents);
        Assert.Equal(5, scenario.CleanEvents().Count);
    }
}
