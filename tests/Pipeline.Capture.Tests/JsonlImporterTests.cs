using System.Text;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Import;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class JsonlImporterTests
{
    private static string L(long seq, int second, string rest) =>
        $"{{\"subject\":\"s1\",\"device\":\"d1\",\"seq\":{seq},\"time\":\"2026-11-23T09:00:{second:D2}.000001Z\",{rest}}}";

    private static (ImportSummary Summary, MemorySink Sink, List<ImportLine> Refused) Run(string text, PrivacyOptions? privacy = null)
    {
        var sink = new MemorySink();
        var refused = new List<ImportLine>();
        var importer = new JsonlImporter(privacy ?? new PrivacyOptions { AllowApps = ["editor"] }, new BatcherOptions(), sink, new ManualTime());
        ImportSummary summary = importer.Import(new StringReader(text), l => refused.Add(new ImportLine { LineNumber = l.LineNumber, Refusal = l.Refusal }));
        return (summary, sink, refused);
    }

    [Fact]
    public void Import_MalformedLinesAmongGood_ReportedByLineAndRestGoesThrough()
    {
        var text = new StringBuilder()
            .AppendLine(L(1, 0, "\"kind\":\"consent\",\"state\":\"granted\""))
            .AppendLine(L(2, 1, "\"kind\":\"focus\",\"app\":\"editor\""))
            .AppendLine("{oops")
            .AppendLine(L(3, 2, "\"kind\":\"move\",\"x\":1,\"y\":2"))
            .AppendLine(L(4, 3, "\"kind\":\"key_down\",\"key_class\":\"letter\",\"char\":\"a\""))
            .AppendLine(L(5, 4, "\"kind\":\"key_down\",\"key_class\":\"letter\""))
            .ToString();
        (ImportSummary summary, MemorySink sink, List<ImportLine> refused) = Run(text);
        Assert.Equal(6, summary.LinesRead);
        Assert.Equal(3, summary.EventsSent);
        Assert.Equal(1, summary.ConsentChanges);
        Assert.Equal([3L, 5], refused.Select(r => r.LineNumber));
        Assert.Equal(["malformed_json", "key_identity"], refused.Select(r => r.Refusal));
        Assert.Equal([2L, 3, 5], sink.Events().Select(e => e.Seq));
    }

    [Fact]
    public void Import_NoConsentLine_NothingSent()
    {
        string text = L(1, 0, "\"kind\":\"focus\",\"app\":\"editor\"") + "\n" + L(2, 1, "\"kind\":\"move\",\"x\":1,\"y\":2");
        (ImportSummary summary, MemorySink sink, _) = Run(text);
        Assert.Equal(0, summary.EventsSent);
        Assert.Equal(2, summary.Dropped[DropReason.NoConsent]);
        Assert.Empty(sink.Records);
    }

    [Fact]
    public void Import_PauseAndRevokeLines_DriveTheGateAtEventTime()
    {
        string text = string.Join('\n',
            L(1, 0, "\"kind\":\"consent\",\"state\":\"granted\""),
            L(2, 1, "\"kind\":\"focus\",\"app\":\"editor\""),
            L(3, 2, "\"kind\":\"consent\",\"state\":\"paused\",\"until\":\"2026-11-23T09:00:10Z\""),
            L(4, 3, "\"kind\":\"move\",\"x\":1,\"y\":1"),
            L(5, 11, "\"kind\":\"move\",\"x\":2,\"y\":2"),
            L(6, 12, "\"kind\":\"consent\",\"state\":\"revoked\""),
            L(7, 13, "\"kind\":\"move\",\"x\":3,\"y\":3"));
        (ImportSummary summary, MemorySink sink, _) = Run(text);
        Assert.Equal([2L, 5], sink.Events().Select(e => e.Seq));
        Assert.Equal(1, summary.Dropped[DropReason.Paused]);
        Assert.Equal(1, summary.Dropped[DropReason.Revoked]);
        Assert.Equal([ConsentState.Granted, ConsentState.Paused, ConsentState.Revoked], sink.ConsentChanges().Select(c => c.State));
    }

    [Fact]
    public void Import_UnlistedAppAndTitles_NameAndTitleNeverSent()
    {
        string text = string.Join('\n',
            L(1, 0, "\"kind\":\"consent\",\"state\":\"granted\""),
            L(2, 1, "\"kind\":\"focus\",\"app\":\"bank\",\"title\":\"Balance\""),
            L(3, 2, "\"kind\":\"move\",\"x\":1,\"y\":1"),
            L(4, 3, "\"kind\":\"focus\",\"app\":\"editor\",\"title\":\"plan.txt\""));
        (_, MemorySink sink, _) = Run(text);
        InteractionEvent focus = Assert.Single(sink.Events());
        Assert.Equal("editor", focus.App);
        Assert.Null(focus.Title);
        byte[] all = sink.Records.SelectMany(r => r.Value).ToArray();
        Assert.Equal(-1, all.AsSpan().IndexOf("bank"u8));
        Assert.Equal(-1, all.AsSpan().IndexOf("Balance"u8));
    }

    [Fact]
    public void Import_SeqNotIncreasing_Refused()
    {
        string text = L(5, 0, "\"kind\":\"consent\",\"state\":\"granted\"") + "\n" + L(5, 1, "\"kind\":\"focus\",\"app\":\"editor\"");
        (ImportSummary summary, _, _) = Run(text);
        Assert.Equal(1, summary.Refused["seq_not_increasing"]);
    }
}
