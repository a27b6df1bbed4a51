using System.Text;
using Confluent.Kafka;
using Pipeline.Capture.Tests.Transparency;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>
/// <c>consent</c>, <c>consent ui</c> and <c>import</c> as a person runs them: the real host as a child process, no X
/// display needed, so not in the display's collection.
/// </summary>
public sealed class ConsentAndImportCommandsTests : IClassFixture<BrokerFixture>
{
    private const int Sigterm = 15;
    private readonly BrokerFixture _broker;

    public ConsentAndImportCommandsTests(BrokerFixture broker)
    {
        _broker = broker;
    }

    [Fact]
    public async Task ConsentUi_Started_PrintsItsUrlRefusesWithoutTheTokenAndPausesThroughTheLedger()
    {
        using var home = new TempDirectory();
        Assert.Equal(0, CommandRun.Run(home.Path, "consent", "grant").Code);
        using PipelineProcess ui = PipelineProcess.Start(["consent", "ui"], home.Path);
        (int port, string token) = CommandRun.UiLine(ui);
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
        Assert.Contains("paused until", CommandRun.Run(home.Path, "consent", "status").Out);

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
        (int code, _, string errors) = CommandRun.Run(home.Path, "consent", "ui", "--port", port);
        Assert.Equal(2, code);
        Assert.Single(errors.Trim().Split('\n'));
    }

    [Fact]
    public async Task ConsentUi_PortTaken_ExitsTwoSayingSo()
    {
        using var home = new TempDirectory();
        using PipelineProcess first = PipelineProcess.Start(["consent", "ui"], home.Path);
        (int port, _) = CommandRun.UiLine(first);
        (int code, _, string errors) = CommandRun.Run(home.Path, "consent", "ui", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, code);
        Assert.Contains($"127.0.0.1:{port}", errors);
        first.Signal(Sigterm);
        Assert.Equal(130, first.WaitForExit(TimeSpan.FromSeconds(30)));
        await Task.CompletedTask;
    }

    [Fact]
    public void Consent_GrantPauseStatusRevoke_PlainStatusAndOwnerOnlyLedger()
    {
        using var home = new TempDirectory();
        (int code, string output, _) = CommandRun.Run(home.Path, "consent", "status");
        Assert.Equal(0, code);
        Assert.Contains("not given", output);
        Assert.Contains("Never captured: which key was pressed", output);

        Assert.Equal(2, CommandRun.Run(home.Path, "consent", "pause").Code);
        Assert.Equal(0, CommandRun.Run(home.Path, "consent", "grant").Code);
        (code, output, _) = CommandRun.Run(home.Path, "consent", "pause", "--minutes", "5");
        Assert.Equal(0, code);
        Assert.Contains("paused until", output);
        Assert.Equal(0, CommandRun.Run(home.Path, "consent", "revoke").Code);
        Assert.Contains("revoked", CommandRun.Run(home.Path, "consent", "status").Out);
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
        (int code, string output, string errors) = CommandRun.Run(home.Path, "import", file, "--allow-apps", "editor", "--bootstrap", _broker.BootstrapServers);
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
}
