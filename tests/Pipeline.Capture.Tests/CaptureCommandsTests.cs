using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Tests.Transparency;
using Pipeline.Capture.Transparency;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>
/// <c>capture</c> as a person runs it, on an X display: the real host as a child process. The commands that need no
/// display are in <see cref="ConsentAndImportCommandsTests"/>, outside the display's collection, so they run beside it.
/// </summary>
[Collection(XDisplayCollection.Name)]
public sealed class CaptureCommandsTests : IClassFixture<BrokerFixture>
{
    private const int Sigterm = 15;
    private readonly BrokerFixture _broker;
    private readonly XvfbDisplay _x;

    public CaptureCommandsTests(BrokerFixture broker, XvfbDisplay x)
    {
        _broker = broker;
        _x = x;
    }

    [Fact]
    public async Task Capture_OnXvfb_ServesThePageWhoseCountsAreTheAgentsAndWhosePauseTheAgentPublishes()
    {
        using var home = new TempDirectory();
        string consentTopic = _broker.CreateTopic("consent");
        var env = new Dictionary<string, string> { ["PIPELINE__Topics__Consent"] = consentTopic, ["PIPELINE__Topics__Raw"] = _broker.CreateTopic("raw"), [CommandRun.DevelopmentSealingKeys] = "true" };
        ulong editor = _x.CreateWindow("editor", "Editor");
        _x.Focus(editor);
        Assert.Equal(0, CommandRun.Run(home.Path, "consent", "grant").Code);
        using PipelineProcess capture = PipelineProcess.Start(
            ["capture", "--display", _x.Display, "--allow-apps", "editor", "--bootstrap", _broker.BootstrapServers], home.Path, env);
        (int port, string token) = CommandRun.UiLine(capture);
        string cookie = (await RawHttp.GetAsync(port, "/?token=" + token)).Header("Set-Cookie")!.Split(';')[0];
        Assert.Contains("The agent serving this page is running.", (await RawHttp.GetAsync(port, "/", cookie)).Body);

        await Eventually.TrueAsync(() =>
        {
            _x.Xdotool("mousemove", "--sync", "200", "300");
            _x.Xdotool("mousemove", "--sync", "400", "300");
            return TotalShown(RawHttp.GetAsync(port, "/api/activity?hours=1", cookie).GetAwaiter().GetResult()) > 0;
        }, "the page shows the agent's own counts of the pointer moves", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));

        Assert.Equal(303, (await RawHttp.PostAsync(port, "/consent/pause", "minutes=30", cookie, $"http://127.0.0.1:{port}")).Status);
        await Eventually.TrueAsync(() => ConsentStates(consentTopic).Contains(ConsentState.Paused), "the agent publishes the page's pause", TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(250));
        capture.Signal(Sigterm);
        Assert.Equal(130, capture.WaitForExit(TimeSpan.FromSeconds(60)));
        Assert.Equal([ConsentState.Granted, ConsentState.Paused], ConsentStates(consentTopic));
        Assert.NotNull(ActivityFile.TryLoad(Path.Combine(home.Path, "pipeline", ActivityFile.FileName), out _));
    }

    private static long TotalShown(RawHttp.Response response)
    {
        using var json = System.Text.Json.JsonDocument.Parse(response.Body);
        return json.RootElement.GetProperty("totals").GetProperty("eventsShown").GetInt64();
    }

    private List<ConsentState> ConsentStates(string topic)
    {
        var states = new List<ConsentState>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(5)))
        {
            Assert.True(ConsentChangeCodec.TryRead(r.Message.Value, out ConsentChange? change, out DecodeError error), error.Detail);
            states.Add(change.State);
        }

        return states;
    }

    [Fact]
    public void Capture_XServerKilledUnderRunningAgent_ExitsNonZeroWithEveryEventOnTheTopicOrInTheSpoolAndSaysWhy()
    {
        using var home = new TempDirectory();
        string state = Path.Combine(home.Path, "pipeline");
        const string Subject = "xkill-subject";
        Assert.Equal(0, CommandRun.Run(home.Path, "consent", "grant").Code);
        // A display of its own: this test kills it.
        using var display = new XvfbDisplay();
        ulong editor = display.CreateWindow("editor", "Editor");
        display.Focus(editor);
        var environment = new Dictionary<string, string>
        {
            ["PIPELINE__Capture__Subject"] = Subject,
            // Every event stays in the open batch (a minute, the longest allowed) until the kill: only sealing on the way out saves them.
            ["PIPELINE__Capture__BatchMilliseconds"] = "60000",
            ["PIPELINE__Capture__BatchEvents"] = "100000",
            [CommandRun.DevelopmentSealingKeys] = "true",
        };
        using PipelineProcess agent = PipelineProcess.Start(
            ["capture", "--display", display.Display, "--allow-apps", "editor", "--bootstrap", _broker.BootstrapServers], home.Path, environment);
        Eventually.True(() => agent.HasExited || ReadAgentStatus(state) is { Listening: true }, "the agent to listen", TimeSpan.FromSeconds(30));
        Assert.False(agent.HasExited, agent.StandardError);
        for (int i = 0; i < 20; i++)
        {
            display.Xdotool("mousemove", (100 + (i * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture), "200");
        }

        display.Xdotool("click", "1");

        display.KillServer();
        var sinceKill = Stopwatch.StartNew();
        Eventually.True(() => agent.HasExited, "the agent to exit after its X server died", TimeSpan.FromSeconds(15));
        int code = agent.WaitForExit(TimeSpan.FromSeconds(5));
        TimeSpan exitedAfter = sinceKill.Elapsed;

        Assert.True(code == 1, $"exit {code} after {exitedAfter}; stderr:\n{agent.StandardError}");
        Assert.Contains("capture stopped: the x11 input source failed", agent.StandardError, StringComparison.Ordinal);
        Assert.Contains("closed the connection", agent.StandardError, StringComparison.Ordinal);
        StatusRecord status = ReadAgentStatus(state)!;
        Assert.False(status.Running);
        Assert.Contains("x11 input source failed", status.StopReason, StringComparison.Ordinal);
        Assert.True(status.Accepted >= 20, $"the agent recorded {status.Accepted} events of 20 moves and a click");

        // Every event the agent recorded before the kill is on the raw topic or still in the spool: none is lost.
        using var opener = new DevelopmentOpener();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(_broker.Topics.Names.Keys, TimeSpan.FromSeconds(10)))
        {
            opener.AddKey(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value);
        }

        long delivered = CountEvents(_broker.ReadToEnd(_broker.Topics.Names.Raw, TimeSpan.FromSeconds(10)).Select(r => opener.Open(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value)), Subject);
        long spooled;
        using (var spool = new DiskSpool(Path.Combine(state, "spool"), new SpoolOptions(), TimeProvider.System))
        {
            var entries = new List<SpoolEntry>();
            while (spool.Read(entries, 1000) > 0)
            {
            }

            foreach (SpoolEntry key in entries.Where(e => e.Topic == RecordTopic.Keys))
            {
                opener.AddKey(key.Key, key.Value);
            }

            spooled = CountEvents(entries.Where(e => e.Topic == RecordTopic.Raw).Select(e => opener.Open(e.Key, e.Value)), Subject);
        }

        Assert.Equal(status.Accepted, delivered + spooled);
        (int statusCode, string statusOutput, _) = CommandRun.Run(home.Path, "consent", "status");
        Assert.Equal(0, statusCode);
        Assert.Contains("Agent: stopped at", statusOutput, StringComparison.Ordinal);
        Assert.Contains("because the x11 input source failed: the X server of display " + display.Display + " closed the connection", statusOutput, StringComparison.Ordinal);
    }

    private static StatusRecord? ReadAgentStatus(string state)
    {
        string path = Path.Combine(state, "agent.json");
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<StatusRecord>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static long CountEvents(IEnumerable<byte[]> values, string subject)
    {
        long count = 0;
        var batch = new EventBatch();
        foreach (byte[] value in values)
        {
            Assert.True(RawBatchCodec.TryRead(value, batch, out DecodeError error), error.Detail);
            if (batch.Subject == subject)
            {
                count += batch.Count;
            }
        }

        return count;
    }

    /// <summary>The status file as a person's tools read it: by its JSON names, not through the agent's own type.</summary>
    private sealed record StatusRecord(bool Running, bool Listening, string? StopReason, long Accepted, long Delivered, long SpoolPending);
}
