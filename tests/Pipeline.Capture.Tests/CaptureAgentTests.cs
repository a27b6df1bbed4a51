using System.Diagnostics;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.X11;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

[Collection(XDisplayCollection.Name)]
public sealed class CaptureAgentTests : IClassFixture<BrokerFixture>
{
    private static readonly TimeSpan s_settle = TimeSpan.FromMilliseconds(700);
    private readonly XvfbDisplay _x;
    private readonly BrokerFixture _broker;

    public CaptureAgentTests(XvfbDisplay x, BrokerFixture broker)
    {
        _x = x;
        _broker = broker;
    }

    [Fact]
    public async Task RunAsync_ConsentLifecycleOnRealDisplay_OnlyConsentedAllowListedInputReachesKafka()
    {
        using var state = new TempDirectory();
        ulong editor = _x.CreateWindow("editor", "Editor");
        ulong bank = _x.CreateWindow("bank", "Bank");
        _x.Focus(editor);
        var topics = new TopicNames { Raw = _broker.CreateTopic("raw"), Consent = _broker.CreateTopic("consent") };
        var options = new CaptureAgentOptions
        {
            StateDirectory = state.Path,
            Device = new DeviceCaptureOptions { Subject = "person-1", Device = "device-1", Privacy = new PrivacyOptions { AllowApps = ["editor"] } },
            Delivery = new DeliveryOptions { Bootstrap = _broker.BootstrapServers, Topics = topics },
        };
        await using var source = new X11InputSource(new X11Options { Display = _x.Display }, TimeProvider.System);
        var agent = new CaptureAgent(options, source, NullLoggerFactory.Instance, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        Task running = agent.RunAsync(stop.Token);
        var person = new ConsentLedger(agent.LedgerPath, TimeProvider.System);

        // Before consent: not even listening, whatever is typed.
        await Task.Delay(s_settle);
        Assert.False(agent.Status!.Listening);
        _x.Xdotool("type", "before");

        person.Grant();
        TimeSpan seen = await WaitUntil(() => agent.Status!.Listening);
        Assert.True(seen < TimeSpan.FromSeconds(1), $"the agent took {seen} to see the grant");
        _x.Xdotool("key", "a");
        await Task.Delay(s_settle);

        person.Pause(TimeSpan.FromMinutes(30));
        await WaitUntil(() => !agent.Status!.Listening);
        _x.Xdotool("type", "paused");
        await Task.Delay(s_settle);

        person.Resume();
        await WaitUntil(() => agent.Status!.Listening);
        _x.Focus(bank);
        _x.Xdotool("type", "bank");
        _x.Xdotool("click", "1");
        _x.Focus(editor);
        _x.Xdotool("click", "1");
        await Task.Delay(s_settle);

        person.Revoke();
        await WaitUntil(() => !agent.Status!.Listening);
        _x.Xdotool("type", "revoked");
        await Task.Delay(s_settle);
        await stop.CancelAsync();
        await running;

        var kinds = new List<(EventKind, string?)>();
        var seqs = new List<long>();
        var batch = new EventBatch();
        IReadOnlyList<ConsumeResult<byte[]?, byte[]>> raw = _broker.ReadToEnd(topics.Raw, TimeSpan.FromSeconds(10));
        foreach (ConsumeResult<byte[]?, byte[]> r in raw)
        {
            Assert.Equal("person-1"u8.ToArray(), r.Message.Key);
            Assert.Equal(-1, r.Message.Value.AsSpan().IndexOf("Bank"u8));
            Assert.True(RawBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            foreach (InteractionEvent e in batch.Events)
            {
                kinds.Add((e.Kind, e.Kind == EventKind.Focus ? e.App : null));
                seqs.Add(e.Seq);
            }
        }

        Assert.Equal(
            [(EventKind.Focus, "Editor"), (EventKind.KeyDown, null), (EventKind.KeyUp, null),
             (EventKind.Focus, "Editor"), (EventKind.Focus, "Editor"), (EventKind.ButtonDown, null), (EventKind.ButtonUp, null)],
            kinds);
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);

        var states = new List<ConsentState>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topics.Consent, TimeSpan.FromSeconds(10)))
        {
            Assert.True(ConsentChangeCodec.TryRead(r.Message.Value, out ConsentChange? change, out DecodeError error), error.Detail);
            Assert.Equal("device-1", change.Device);
            states.Add(change.State);
        }

        Assert.Equal([ConsentState.Granted, ConsentState.Paused, ConsentState.Resumed, ConsentState.Revoked], states);
    }

    private static async Task<TimeSpan> WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(10))
            {
                throw new TimeoutException("the agent did not react within 10 s");
            }

            await Task.Delay(10);
        }

        return watch.Elapsed;
    }
}
