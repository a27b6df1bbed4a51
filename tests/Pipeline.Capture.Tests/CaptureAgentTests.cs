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
        // The agent, its source and the person share one clock that moves only when the test says: how soon the
        // agent sees a consent change is then exactly one consent poll, whatever the machine's load.
        var time = new ManualTime();
        await using var source = new X11InputSource(new X11Options { Display = _x.Display }, time);
        // A second listener on the display: once it has seen a keystroke, so would the agent's source, were it
        // subscribed. It turns "nothing was captured" into a check after a positive event, not after a pause.
        var display = new RecordingSink();
        await using var witness = new X11InputSource(new X11Options { Display = _x.Display }, TimeProvider.System);
        witness.Start(display);
        var agent = new CaptureAgent(options, source, NullLoggerFactory.Instance, time);
        using var stop = new CancellationTokenSource();
        Task running = agent.RunAsync(stop.Token);
        var person = new ConsentLedger(agent.LedgerPath, time);
        int keys = 0;
        static int KeyUps(List<InteractionEvent> events) => events.Count(e => e.Kind == EventKind.KeyUp);
        void Type(string text)
        {
            _x.Xdotool("type", text);
            keys += text.Length;
            Assert.True(KeyUps(display.WaitFor(l => KeyUps(l) >= keys)) >= keys, $"the display never delivered '{text}'");
        }

        // Before consent: not even listening, whatever is typed.
        await WaitForConsentPollAsync(agent, time, options.ConsentPoll);
        Assert.False(agent.Status!.Listening);
        Type("before");
        Assert.Equal(0, agent.Status!.Accepted);

        person.Grant();
        await NextConsentPollAsync(agent, time, options.ConsentPoll);
        Assert.True(agent.Status!.Listening, "one consent poll after the grant the agent listens");
        _x.Xdotool("key", "a");
        keys++;
        await Eventually.TrueAsync(() => agent.Status!.Accepted == 3, "the focus announcement and one key press and release");

        person.Pause(TimeSpan.FromMinutes(30));
        await NextConsentPollAsync(agent, time, options.ConsentPoll);
        Assert.False(agent.Status!.Listening, "one consent poll after the pause the agent stops listening");
        Type("paused");
        Assert.Equal(3, agent.Status!.Accepted);

        person.Resume();
        await NextConsentPollAsync(agent, time, options.ConsentPoll);
        Assert.True(agent.Status!.Listening);
        _x.Focus(bank);
        Type("bank");
        _x.Xdotool("click", "1");
        _x.Focus(editor);
        _x.Xdotool("click", "1");
        // Focus on start, the bank's input dropped by the allow-list, focus back on the editor and its click.
        await Eventually.TrueAsync(() => agent.Status!.Accepted == 7, "the editor's click after the resume");

        person.Revoke();
        await NextConsentPollAsync(agent, time, options.ConsentPoll);
        Assert.False(agent.Status!.Listening);
        Type("revoked");
        Assert.Equal(7, agent.Status!.Accepted);
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

    /// <summary>Waits until the agent has run a consent poll and sleeps until the next one, on <paramref name="time"/>.</summary>
    private static Task WaitForConsentPollAsync(CaptureAgent agent, ManualTime time, TimeSpan poll) =>
        Eventually.TrueAsync(() => agent.Status is not null && time.IsWaiting(poll), "the agent to wait for its next consent poll");

    /// <summary>Moves the clock one consent poll on, then waits until the agent has acted on it and sleeps again.</summary>
    private static async Task NextConsentPollAsync(CaptureAgent agent, ManualTime time, TimeSpan poll)
    {
        time.Advance(poll);
        await WaitForConsentPollAsync(agent, time, poll);
    }
}
