using Confluent.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>The commands as a person runs them: the real host as a child process.</summary>
public sealed class CaptureCommandsTests : IClassFixture<BrokerFixture>
{
    private readonly BrokerFixture _broker;

    public CaptureCommandsTests(BrokerFixture broker)
    {
        _broker = broker;
    }

    private static (int Code, string Out, string Err) Run(string home, params string[] args)
    {
        using PipelineProcess p = PipelineProcess.Start(args, home);
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
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(_broker.Topics.Names.Raw, TimeSpan.FromSeconds(10)))
        {
            Assert.True(RawBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            if (batch.Subject == "imp-1")
            {
                events.AddRange(batch.Events.ToArray());
            }
        }

        Assert.Equal([2L, 4], events.Select(e => e.Seq));
        Assert.Null(events[0].Title);
    }
}
