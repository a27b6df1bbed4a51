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

/// <summary>The commands as a person runs them: the real host as a child process.</summary>
[Collection(XDisplayCollection.Name)]
public sealed class CaptureCommandsTests : IClassFixture<BrokerFixture>
{
    /// <summary>These tests are not about sealing: the well-known development keys let the agent seal its batches.</summary>
    private const string DevelopmentSealingKeys = "PIPELINE__Shredding__AllowDevelopmentKeys";

    private const int Sigterm = 15;
    private readonly BrokerFixture _broker;
    private readonly XvfbDisplay _x;

    public CaptureCommandsTests(BrokerFixture broker, XvfbDisplay x)
    {
        _broker = broker;
        _x = x;
    }

    /// <summary>The port and token of a <c>ui: http://127.0.0.1:PORT/?token=TOKEN</c> line.</summary>
    private static (int Port, string Token) UiLine(PipelineProcess process)
    {
        string line = process.WaitForLine("ui: ", TimeSpan.FromSeconds(60));
        System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(line, @"^(?:ui: )?http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]{22,})$");
        Assert.True(m.Success, line);
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value);
    }

    [Fact]
    public async Task ConsentUi_Started_PrintsItsUrlRefusesWithoutTheTokenAndPausesThroughTheLedger()
    {
        using var home = new TempDirectory();
        Assert.Equal(0, Run(home.Path, "consent", "grant").Code);
        using PipelineProcess ui = PipelineProcess.Start(["consent", "ui"], home.Path);
        (int port, string token) = UiLine(ui);
        Assert.Equal(token, File.ReadAllText(Path.Combine(home.Path, "pipeline", "ui.token")).Trim());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(home.Path, "pipeline", "ui.token")));

        Assert.Equal(403, (await RawHttp.GetAsync(port, "/")).Status);
        Assert.Equal(403, (await RawHttp.GetAsync(port, "/?token=wrong")).Status);
        string cookie = (await RawHttp.GetAsync(port, "/?token=" + token)).Header("Set-Cookie")!.Split(';')[0];
        RawHttp.Response page = await RawHttp.GetAsync(port, "/", cookie);
        Assert.Equal(200, page.Status);
        Assert.Contains("Recording, in allowed applications only.", page.Body);
        Assert.Contains("The capture agent has not reported anything on this device yet.", page.Body);

        Assert.Equal(303, (await RawHttp.PostAsync(port, "/consent/pause", "minutes=45", cookie, $"http://127.0.0.1:{port}")).Status);
        Assert.Contains("paused until", Run(home.Path, "consent", "status").Out);

        ui.Signal(Sigterm);
        Assert.Equal(130, ui.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.DoesNotContain(token, ui.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("0")]
    [InlineData("x")]
    public void ConsentUi_UnusablePort_ExitsTwoWithOneLine(string port)
    {
        using var home = new TempDirectory();
        (int code, _, string errors) = Run(home.Path, "consent", "ui", "--port", port);
        Assert.Equal(2, code);
        Assert.Single(errors.Trim().Split('\n'));
    }

    [Fact]
    public async Task ConsentUi_PortTaken_ExitsTwoSayingSo()
    {
        using var home = new TempDirectory();
        using PipelineProcess first = PipelineProcess.Start(["consent", "ui"], home.Path);
        (int port, _) = UiLine(first);
        (int code, _, string errors) = Run(home.Path, "consent", "ui", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, code);
        Assert.Contains($"127.0.0.1:{port}", errors);
        first.Signal(Sigterm);
        Assert.Equal(130, first.WaitForExit(TimeSpan.FromSeconds(30)));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Capture_OnXvfb_ServesThePageWhoseCountsAreTheAgentsAndWhosePauseTheAgentPublishes()
    {
        using var home = new TempDirectory();
        string consentTopic = _broker.CreateTopic("consent");
        var env = new Dictionary<string, string> { ["PIPELINE__Topics__Consent"] = consentTopic, ["PIPELINE__Topics__Raw"] = _broker.CreateTopic("raw"), [DevelopmentSealingKeys] = "true" };
        ulong editor = _x.CreateWindow("editor", "Editor");
        _x.Focus(editor);
        Assert.Equal(0, Run(home.Path, "consent", "grant").Code);
        using PipelineProcess capture = PipelineProcess.Start(
            ["capture", "--display", _x.Display, "--allow-apps", "editor", "--bootstrap", _broker.BootstrapServers], home.Path, env);
        (int port, string token) = UiLine(capture);
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

    private static (int Code, string Out, string Err) Run(string home, params string[] args)
    {
        using PipelineProcess p = PipelineProcess.Start(args, home, new Dictionary<string, string> { [DevelopmentSealingKeys] = "true" });
        int code = p.WaitForExit(TimeSpan.FromSeconds(60));
        return (code, p.StandardOutput, p.StandardError);
    }

    [Fact]
    public void Consent_GrantPauseStatusRevoke_PlainStatusAndOwnerOnlyLedger()
    {
        using var home = new TempDirectory();
        (int code, string output, _) = Run(home.Path, "consent", "status");
        Assert.Equal(0, code);
        Assert.Contains("not given", output);
        Assert.Contains("Never captured: which key was pressed", output);

        Assert.Equal(2, Run(home.Path, "consent", "pause").Code);
        Assert.Equal(0, Run(home.Path, "consent", "grant").Code);
        (code, output, _) = Run(home.Path, "consent", "pause", "--minutes", "5");
        Assert.Equal(0, code);
        Assert.Contains("paused until", output);
        Assert.Equal(0, Run(home.Path, "consent", "revoke").Code);
        Assert.Contains("revoked", Run(home.Path, "consent", "status").Out);
        string ledger = Path.Combine(home.Path, "pipeline", "consent.json");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ledger));
    }

    [Fact]
    public void Import_FileWithMalformedAndKeyLines_SummaryRefusalsByLineAndEventsOnRawTopic()
    {
        using var home = new TempDirectory();
        string head = "\"subject\":\"imp-1\",\"device\":\"dev-1\",\"time\":\"2026-11-23T09:00:0";
        string file = home.File("events.jsonl");
        File.WriteAllLines(file,
        [
            "{" + head + "0.000001Z\",\"seq\":1,\"kind\":\"consent\",\"state\":\"granted\"}",
            "{" + head + "1.000001Z\",\"seq\":2,\"kind\":\"focus\",\"app\":\"editor\",\"title\":\"secret plan\"}",
            "this is not json",
            "{" + head + "2.000001Z\",\"seq\":3,\"kind\":\"key_down\",\"key_class\":\"letter\",\"text\":\"hunter2\"}",
            "{" + head + "3.000001Z\",\"seq\":4,\"kind\":\"key_down\",\"key_class\":\"letter\"}",
            "{" + head + "4.000001Z\",\"seq\":5,\"kind\":\"focus\",\"app\":\"bank\"}",
            "{" + head + "5.000001Z\",\"seq\":6,\"kind\":\"scroll\",\"x\":1,\"y\":2,\"dx\":0,\"dy\":1}",
        ]);
        (int code, string output, string errors) = Run(home.Path, "import", file, "--allow-apps", "editor", "--bootstrap", _broker.BootstrapServers);
        Assert.True(code == 0, errors);
        Assert.Contains("lines_read: 7", output);
        Assert.Contains("events_sent: 2", output);
        Assert.Contains("refused_malformed_json: 1", output);
        Assert.Contains("refused_key_identity: 1", output);
        Assert.Contains("dropped_not_allowlisted: 2", output);
        Assert.Contains("line 3 refused: malformed_json", errors);
        Assert.Contains("line 4 refused: key_identity", errors);
        Assert.DoesNotContain("hunter2", errors + output);

        var events = new List<InteractionEvent>();
        var batch = new EventBatch();
        using var opener = new DevelopmentOpener();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(_broker.Topics.Names.Keys, TimeSpan.FromSeconds(10)))
        {
            opener.AddKey(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value);
        }

        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(_broker.Topics.Names.Raw, TimeSpan.FromSeconds(10)))
        {
            Assert.True(RawBatchCodec.TryRead(opener.Open(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value), batch, out DecodeError error), error.Detail);
            if (batch.Subject == "imp-1")
            {
                events.AddRange(batch.Events.ToArray());
            }
        }

        Assert.Equal([2L, 4], events.Select(e => e.Seq));
        Assert.Null(events[0].Title);
    }

    [Fact]
    public void Capture_XServerKilledUnderRunningAgent_ExitsNonZeroWithEveryEventOnTheTopicOrInTheSpoolAndSaysWhy()
    {
        using var home = new TempDirectory();
        string state = Path.Combine(home.Path, "pipeline");
        const string Subject = "xkill-subject";
        Assert.Equal(0, Run(home.Path, "consent", "grant").Code);
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
            [DevelopmentSealingKeys] = "true",
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
        (int statusCode, string statusOutput, _) = Run(home.Path, "consent", "status");
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
