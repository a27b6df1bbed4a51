using Pipeline.Capture.Sources.Import;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

public class ImportLineParserTests
{
    private static ImportLine Parse(string json)
    {
        var line = new ImportLine();
        ImportLineParser.Parse(json, 7, line);
        return line;
    }

    private const string Head = "\"subject\":\"s1\",\"device\":\"d1\",\"seq\":3,\"time\":\"2026-11-23T09:00:00.123456Z\"";

    [Fact]
    public void Parse_Move_EventWithMicrosecondTime()
    {
        ImportLine line = Parse("{" + Head + ",\"kind\":\"move\",\"x\":10,\"y\":20}");
        Assert.Equal(ImportLineKind.Event, line.Kind);
        Assert.Equal(EventKind.Move, line.Event.Kind);
        Assert.Equal((10, 20), (line.Event.X, line.Event.Y));
        Assert.Equal(3, line.Event.Seq);
        Assert.Equal(Micros.From(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero)) + 123_456, line.Event.TimeMicros);
        Assert.Equal(("s1", "d1"), (line.Subject, line.Device));
    }

    [Theory]
    [InlineData("\"kind\":\"button_down\",\"x\":1,\"y\":2,\"button\":\"right\"", EventKind.ButtonDown)]
    [InlineData("\"kind\":\"button_up\",\"x\":1,\"y\":2,\"button\":\"back\"", EventKind.ButtonUp)]
    [InlineData("\"kind\":\"scroll\",\"x\":1,\"y\":2,\"dx\":0,\"dy\":-3", EventKind.Scroll)]
    [InlineData("\"kind\":\"key_down\",\"key_class\":\"letter\"", EventKind.KeyDown)]
    [InlineData("\"kind\":\"key_up\",\"key_class\":\"function\"", EventKind.KeyUp)]
    [InlineData("\"kind\":\"focus\",\"app\":\"editor\",\"title\":\"t\"", EventKind.Focus)]
    public void Parse_EachKind_Event(string fields, EventKind kind)
    {
        ImportLine line = Parse("{" + Head + "," + fields + "}");
        Assert.Equal(ImportLineKind.Event, line.Kind);
        Assert.Equal(kind, line.Event.Kind);
    }

    [Fact]
    public void Parse_ConsentPaused_WithUntil()
    {
        ImportLine line = Parse("{" + Head + ",\"kind\":\"consent\",\"state\":\"paused\",\"until\":\"2026-11-23T09:30:00Z\"}");
        Assert.Equal(ImportLineKind.Consent, line.Kind);
        Assert.Equal(ConsentState.Paused, line.ConsentState);
        Assert.Equal(Micros.From(new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero)), line.UntilMicros);
    }

    [Theory]
    [InlineData("key")]
    [InlineData("char")]
    [InlineData("text")]
    [InlineData("keycode")]
    public void Parse_KeyIdentityField_RefusedWithoutEchoingIt(string field)
    {
        ImportLine line = Parse("{" + Head + ",\"kind\":\"key_down\",\"key_class\":\"letter\",\"" + field + "\":\"hunter2\"}");
        Assert.Equal(ImportLineKind.Refused, line.Kind);
        Assert.Equal("key_identity", line.Refusal);
        Assert.DoesNotContain("hunter2", line.Detail);
    }

    [Theory]
    [InlineData("not json", "malformed_json")]
    [InlineData("[1,2]", "malformed_json")]
    [InlineData("{\"device\":\"d\",\"seq\":1,\"time\":\"2026-11-23T09:00:00Z\",\"kind\":\"move\",\"x\":1,\"y\":1}", "missing_field")]
    [InlineData("{\"subject\":\"s\",\"device\":\"d\",\"seq\":1,\"time\":\"yesterday\",\"kind\":\"move\",\"x\":1,\"y\":1}", "bad_time")]
    [InlineData("{\"subject\":\"s\",\"device\":\"d\",\"seq\":1,\"time\":\"2026-11-23T09:00:00Z\",\"kind\":\"teleport\"}", "unknown_kind")]
    [InlineData("{\"subject\":\"s\",\"device\":\"d\",\"seq\":1,\"time\":\"2026-11-23T09:00:00Z\",\"kind\":\"move\",\"x\":\"1\",\"y\":1}", "bad_field")]
    [InlineData("{\"subject\":\"s\",\"device\":\"d\",\"seq\":1,\"time\":\"2026-11-23T09:00:00Z\",\"kind\":\"key_down\",\"key_class\":\"vowel\"}", "bad_field")]
    [InlineData("{\"subject\":\"\",\"device\":\"d\",\"seq\":1,\"time\":\"2026-11-23T09:00:00Z\",\"kind\":\"move\",\"x\":1,\"y\":1}", "missing_field")]
    public void Parse_Malformed_RefusedWithReason(string json, string reason)
    {
        ImportLine line = Parse(json);
        Assert.Equal(ImportLineKind.Refused, line.Kind);
        Assert.Equal(reason, line.Refusal);
        Assert.Equal(7, line.LineNumber);
    }
}
