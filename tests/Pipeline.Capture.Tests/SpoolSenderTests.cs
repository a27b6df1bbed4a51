using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public sealed class SpoolSenderTests : IClassFixture<RelayedBrokerFixture>
{
    private readonly BrokerFixture _broker;

    public SpoolSenderTests(RelayedBrokerFixture broker)
    {
        _broker = broker;
    }

    private DeliveryOptions Options(TimeSpan? messageTimeout = null) => new()
    {
        Bootstrap = _broker.BootstrapServers,
        Topics = new TopicNames { Raw = _broker.CreateTopic("raw", 2), Consent = _broker.CreateTopic("consent") },
        MessageTimeout = messageTimeout ?? TimeSpan.FromSeconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(300),
    };

    [Fact]
    public async Task RunAsync_SpooledRecords_DeliveredInOrderAndSpoolEmptied()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options();
        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), TimeProvider.System);
        for (int i = 0; i < 50; i++)
        {
            spool.Write(i == 0 ? RecordTopic.Consent : RecordTopic.Raw, "subject-1", BitConverter.GetBytes(i));
        }

        await using var sender = new SpoolSender(spool, options, NullLogger<SpoolSender>.Instance, TimeProvider.System);
        Assert.True(await sender.DrainAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(0, spool.PendingRecords);
        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> raw = _broker.Consume(options.Topics.Raw, 49, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(1, 49), raw.Select(r => BitConverter.ToInt32(r.Message.Value)));
        Assert.All(raw, r => Assert.Equal("subject-1"u8.ToArray(), r.Message.Key));
        Assert.Single(_broker.Consume(options.Topics.Consent, 1, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task RunAsync_BrokerDownLongerThanMessageTimeout_RetriedUntilUpThenEachRecordOnceInOrder()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options(TimeSpan.FromMilliseconds(800));
        // The backoff runs on this clock: while it stands still the sender waits, and the test moves it on.
        var time = new ManualTime();
        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), time);
        await using var sender = new SpoolSender(spool, options, NullLogger<SpoolSender>.Instance, time);
        _broker.Broker.SetBrokerDown();
        using var stop = new CancellationTokenSource();
        Task sending;
        try
        {
            sending = sender.RunAsync(stop.Token);
            for (int i = 0; i < 15; i++)
            {
                spool.Write(RecordTopic.Raw, "k", BitConverter.GetBytes(i));
            }

            // The first window times out in the client (800 ms) and the sender backs off; more arrive meanwhile.
            await Eventually.TrueAsync(() => !sender.BrokerReachable, "the sender to give up on its first window and back off");
            for (int i = 15; i < 30; i++)
            {
                spool.Write(RecordTopic.Raw, "k", BitConverter.GetBytes(i));
            }

            Assert.Equal(30, spool.PendingRecords);
        }
        finally
        {
            _broker.Broker.SetBrokerUp();
        }

        await Eventually.TrueAsync(
            () =>
            {
                time.Advance(options.MaxBackoff);
                return spool.PendingRecords == 0;
            },
            "the spool to drain once the broker is back",
            TimeSpan.FromSeconds(30));
        await stop.CancelAsync();
        await sending;
        Assert.True(sender.BrokerReachable);
        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> raw = _broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10));
        Assert.Equal(Enumerable.Range(0, 30), raw.Select(r => BitConverter.ToInt32(r.Message.Value)));
    }

    [Fact]
    public async Task Fleet_BrokerDownForAWhileDuringCapture_EverySequenceNumberOnceInOrderPerDevice()
    {
        using var dir = new TempDirectory();
        // Longer than the outage plus librdkafka's reconnect backoff (up to 10 s): a record in flight when the broker
        // went down is retried by the idempotent producer itself, never timed out and sent again as a new record.
        DeliveryOptions options = Options(TimeSpan.FromSeconds(30));
        // People, batching, fsync and the sender's backoff all run on this clock; each poll below moves it 50 ms,
        // so capture goes on exactly while the test waits for the next thing to happen.
        var time = new ManualTime();
        Task CaptureAsync(Func<bool> until, string because) =>
            Eventually.TrueAsync(
                () =>
                {
                    time.Advance(TimeSpan.FromMilliseconds(50));
                    return until();
                },
                because,
                TimeSpan.FromSeconds(30));
        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), time);
        await using var sender = new SpoolSender(spool, options, NullLogger<SpoolSender>.Instance, time);
        using var stop = new CancellationTokenSource();
        Task sending = sender.RunAsync(stop.Token);
        long accepted;
        await using (var fleet = new SyntheticFleet(new SyntheticFleetOptions { Devices = 3, RateHz = 200, IdleProbability = 0 }, spool, time, null))
        {
            fleet.Start();
            await CaptureAsync(() => sender.Delivered >= 6, "batches to reach the broker");
            _broker.Broker.SetBrokerDown();
            long deliveredBeforeOutage;
            try
            {
                // An outage the client has felt (it reported the lost connection), while a second of capture (five
                // batches per device) piled up in the spool.
                await CaptureAsync(
                    () => sender.LastError is not null && spool.PendingRecords >= 15,
                    "the client to report the outage while batches wait in the spool");
                deliveredBeforeOutage = sender.Delivered;
            }
            finally
            {
                _broker.Broker.SetBrokerUp();
            }

            await CaptureAsync(() => sender.Delivered > deliveredBeforeOutage + 6, "delivery to resume after the outage");
            await fleet.StopAsync();
            accepted = fleet.Accepted;
        }

        await CaptureAsync(() => spool.PendingRecords == 0, "the spool to drain");
        await stop.CancelAsync();
        await sending;
        var seqs = new Dictionary<string, List<long>>();
        var batch = new EventBatch();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10)))
        {
            Assert.True(RawBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            List<long> list = seqs.TryGetValue(batch.Device, out List<long>? l) ? l : seqs[batch.Device] = [];
            foreach (InteractionEvent e in batch.Events)
            {
                list.Add(e.Seq);
            }
        }

        Assert.Equal(3, seqs.Count);
        foreach (List<long> list in seqs.Values)
        {
            Assert.Equal(Enumerable.Range(1, list.Count).Select(i => (long)i), list);
        }

        Assert.True(accepted == seqs.Values.Sum(l => l.Count), $"accepted {accepted}, on the topic {seqs.Values.Sum(l => l.Count)}");
        foreach (List<long> list in seqs.Values)
        {
            Assert.Equal(Enumerable.Range(1, list.Count).Select(i => (long)i), list);
        }
    }

    [Fact]
    public async Task RunAsync_KeyRecordNotYetAcknowledged_RecordsAfterItWaitForIt()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options(TimeSpan.FromMilliseconds(500));
        options = options with { Topics = options.Topics with { Keys = _broker.CreateTopic("keys", 2) } };
        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), TimeProvider.System);
        spool.Write(RecordTopic.Raw, "r0001", BitConverter.GetBytes(0));
        spool.Write(RecordTopic.Keys, "r0001/k/0123456789abcdef0123456789abcdef", BitConverter.GetBytes(100));
        for (int i = 1; i <= 3; i++)
        {
            spool.Write(RecordTopic.Raw, "r0001", BitConverter.GetBytes(i));
        }

        // The keys topic has no leader: its record cannot be acknowledged, so the batches sealed under it must wait.
        _broker.Broker.SetTopicError(options.Topics.Keys, ErrorCode.LeaderNotAvailable);
        await using var sender = new SpoolSender(spool, options, NullLogger<SpoolSender>.Instance, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        Task sending = sender.RunAsync(stop.Token);
        try
        {
            await Eventually.TrueAsync(() => !sender.BrokerReachable, "the key record to time out and the sender to back off");
            Assert.Equal([0], _broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10)).Select(r => BitConverter.ToInt32(r.Message.Value)));
            Assert.Equal(4, spool.PendingRecords);
        }
        finally
        {
            _broker.Broker.SetTopicError(options.Topics.Keys, ErrorCode.NoError);
        }

        await Eventually.TrueAsync(() => spool.PendingRecords == 0, "the spool to drain once the keys topic takes records");
        await stop.CancelAsync();
        await sending;
        Assert.Equal([0, 1, 2, 3], _broker.ReadToEnd(options.Topics.Raw, TimeSpan.FromSeconds(10)).Select(r => BitConverter.ToInt32(r.Message.Value)));
        Assert.Single(_broker.ReadToEnd(options.Topics.Keys, TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task DrainAsync_KeysTopicRecords_EachInItsRoutesPartition()
    {
        using var dir = new TempDirectory();
        DeliveryOptions options = Options();
        options = options with { Topics = options.Topics with { Keys = _broker.CreateTopic("keys", 4) } };
        using var spool = new DiskSpool(dir.Path, new SpoolOptions(), TimeProvider.System);
        spool.Write(RecordTopic.Keys, "r0005/k/0123456789abcdef0123456789abcdef", [1]);
        spool.Write(RecordTopic.Keys, "r0006/k/0123456789abcdef0123456789abcdee", [2]);
        spool.Write(RecordTopic.Keys, "r0009/s/tag", [3]);

        await using var sender = new SpoolSender(spool, options, NullLogger<SpoolSender>.Instance, TimeProvider.System);
        Assert.True(await sender.DrainAsync(TimeSpan.FromSeconds(20)));

        Dictionary<int, int> partitionOf = _broker.ReadToEnd(options.Topics.Keys, TimeSpan.FromSeconds(10)).ToDictionary(r => (int)r.Message.Value[0], r => r.Partition.Value);
        Assert.Equal(new Dictionary<int, int> { [1] = 5 % 4, [2] = 6 % 4, [3] = 9 % 4 }, partitionOf);
    }
}
