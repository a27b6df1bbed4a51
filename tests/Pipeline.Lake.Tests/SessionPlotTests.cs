using Pipeline.Lake.Plots;
using Pipeline.Lake.Query;

namespace Pipeline.Lake.Tests;

public sealed class SessionPlotTests : IDisposable
{
    private readonly TempLake _lake = new();
    private readonly string _out;

    public SessionPlotTests()
    {
        _out = Path.Combine(_lake.Root, "..", Path.GetFileName(_lake.Root) + "-plot", "session.png");
        LakeWriter.Write(_lake.Root, 1, 0, 20, LakeTestData.BaseMicros);
        LakeWriter.Write(_lake.Root, 2, 1, 20, LakeTestData.BaseMicros + 1_000_000);
        LakeWriter.WriteActions(_lake.Root, 1, 0, LakeTestData.BaseMicros);
        LakeWriter.WriteActions(_lake.Root, 2, 1, LakeTestData.BaseMicros + 1_000_000);
    }

    [Fact]
    public void Save_Session_PngOfTheRequestedSizeDrawnFromThatSessionsRows()
    {
        SessionPlotReport report = Save(new SessionPlotOptions { Out = _out, SessionId = "s-1", Width = 900, Height = 640 });

        Assert.Equal((900, 640), Png.Size(_out));
        Assert.Equal(_out, report.File);
        Assert.Equal(12, report.PointerSamples); // moves, presses, releases and scrolls among the 20 events
        Assert.Equal(5, report.Actions);
        Assert.Equal(1, report.IdlePeriods);
        Assert.False(File.Exists(_out + ".tmp"));
    }

    [Fact]
    public void Save_SubjectAndDate_DrawsThatPersonsDayOnly()
    {
        var options = new SessionPlotOptions { Out = _out, Subject = LakeTestData.Pseudonym(2), Date = new DateOnly(2026, 3, 1) };

        SessionPlotReport report = Save(options);

        Assert.Equal((options.Width, options.Height), Png.Size(_out));
        Assert.Equal(5, report.Actions); // person 2's five, not person 1's
        Assert.Equal(12, report.PointerSamples);
    }

    [Fact]
    public void Save_NoSuchSession_RefusedWithoutWritingAFile()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Save(new SessionPlotOptions { Out = _out, SessionId = "s-404" }));

        Assert.Equal("the lake holds no session s-404", error.Message);
        Assert.False(File.Exists(_out));
    }

    [Fact]
    public void Save_DayWithoutRows_Refused()
    {
        var options = new SessionPlotOptions { Out = _out, Subject = LakeTestData.Pseudonym(1), Date = new DateOnly(2026, 3, 2) };

        ArgumentException error = Assert.Throws<ArgumentException>(() => Save(options));

        Assert.StartsWith("the lake holds no subject ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s-1", "p", "2026-03-01", "not both and not neither")]
    [InlineData(null, null, null, "not both and not neither")]
    [InlineData(null, "p", null, "--subject and --date go together")]
    public void Validate_NotExactlyASessionOrADay_Refused(string? session, string? subject, string? date, string reason)
    {
        var options = new SessionPlotOptions { Out = _out, SessionId = session, Subject = subject, Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture) };

        ArgumentException error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(299, 600)]
    [InlineData(800, 8001)]
    public void Validate_SizeOutOfRange_Refused(int width, int height)
    {
        var options = new SessionPlotOptions { Out = _out, SessionId = "s-1", Width = width, Height = height };

        ArgumentException error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith("--width and --height must be between", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _lake.Dispose();
        string? directory = Path.GetDirectoryName(_out);
        if (directory is not null && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private SessionPlotReport Save(SessionPlotOptions options)
    {
        using var catalog = new LakeCatalog(_lake.Root);
        return SessionPlot.Save(catalog, options);
    }
}
