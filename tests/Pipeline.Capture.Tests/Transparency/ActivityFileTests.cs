using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Transparency;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests.Transparency;

public sealed class ActivityFileTests
{
    private static ActivitySnapshot Recorded(ManualTime time)
    {
        var tally = new ActivityTally(time);
        var device = new DeviceCapture(
            new DeviceCaptureOptions
            {
                Subject = "subject-secret-id",
                Device = "device-a",
                Privacy = new PrivacyOptions { AllowApps = ["secret-editor"], WithTitles = true },
            },
            tally.Observe(new MemorySink()), time, new SequenceAllocator(null))
        {
            Activity = tally,
            Consent = ConsentRecord.None.Grant("n", Micros.Now(time)),
        };
        device.SetScreen(1920, 1080);
        var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = Micros.Now(time), App = "secret-editor", Title = "letter to alice@example.org" };
        device.Accept(in focus);
        for (int i = 0; i < 50; i++)
        {
            var move = new InteractionEvent { Kind = EventKind.Move, TimeMicros = Micros.Now(time), X = 1234, Y = 567 };
            device.Accept(in move);
            var key = new InteractionEvent { Kind = EventKind.KeyDown, TimeMicros = Micros.Now(time), KeyClass = KeyClass.Letter };
            device.Accept(in key);
            time.Advance(TimeSpan.FromSeconds(7));
        }

        device.Dispose();
        tally.ObserveAgent(true, 1, 0, 0, true);
        return tally.Snapshot();
    }

    [Fact]
    public void SaveThenTryLoad_RecordedDay_SameAggregatesBackOwnerOnly()
    {
        using var dir = new TempDirectory();
        var time = new ManualTime();
        ActivitySnapshot saved = Recorded(time);
        string path = dir.File(ActivityFile.FileName);
        ActivityFile.Save(path, saved);

        ActivitySnapshot? loaded = ActivityFile.TryLoad(path, out string? problem);
        Assert.Null(problem);
        Assert.NotNull(loaded);
        Assert.Equal(saved.AsOfMicros, loaded.AsOfMicros);
        Assert.Equal((1920, 1080), (loaded.ScreenWidth, loaded.ScreenHeight));
        Assert.Equal(saved.Minutes.Select(m => (m.Minute, string.Join(',', m.Kinds), m.DeliveredEvents, m.DeliveredBatches, m.AgentRunning, m.Listening)),
            loaded.Minutes.Select(m => (m.Minute, string.Join(',', m.Kinds), m.DeliveredEvents, m.DeliveredBatches, m.AgentRunning, m.Listening)));
        Assert.Equal(saved.Heat.Select(h => (h.Hour, h.Cells.Sum())), loaded.Heat.Select(h => (h.Hour, h.Cells.Sum())));
        Assert.Equal(saved.Delivery, loaded.Delivery);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void Save_EventsWithApplicationTitleAndPosition_FileHoldsCountsOnly()
    {
        using var dir = new TempDirectory();
        string path = dir.File(ActivityFile.FileName);
        ActivityFile.Save(path, Recorded(new ManualTime()));
        string text = File.ReadAllText(path);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alice", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("letter", text, StringComparison.OrdinalIgnoreCase);
        var numbers = new List<long>();
        Collect(System.Text.Json.JsonDocument.Parse(text).RootElement, numbers);
        Assert.DoesNotContain(1234L, numbers); // the pointer's exact position is not kept, only its cell
        Assert.DoesNotContain(567L, numbers);
        Assert.True(new FileInfo(path).Length < ActivityFile.MaxBytes);
    }

    [Fact]
    public void Save_FullDayAtEveryBound_StaysWellUnderTheReadLimit()
    {
        using var dir = new TempDirectory();
        var minutes = new List<ActivityMinute>();
        long first = (Micros.Now(TimeProvider.System) / 60_000_000) - ActivityTally.Minutes + 1;
        for (int i = 0; i < ActivityTally.Minutes; i++)
        {
            minutes.Add(new ActivityMinute(first + i, Enumerable.Repeat(99_999, ActivityTally.Kinds).ToArray(), 999_999, 9_999, true, true));
        }

        var heat = new List<ActivityHeatHour>();
        for (int h = 0; h < ActivityTally.Hours; h++)
        {
            heat.Add(new ActivityHeatHour((first / 60) + h, Enumerable.Repeat(999_999, ActivityTally.HeatCells).ToArray()));
        }

        var runs = Enumerable.Repeat(new UndeliveredRun(999, 999, 99_999), ActivityTally.MaxUndeliveredRuns).ToArray();
        string path = dir.File(ActivityFile.FileName);
        ActivityFile.Save(path, new ActivitySnapshot { Minutes = minutes, Heat = heat, Undelivered = runs });
        long size = new FileInfo(path).Length;
        Assert.True(size < ActivityFile.MaxBytes / 2, $"a full day at every bound takes {size} bytes");
        Assert.NotNull(ActivityFile.TryLoad(path, out string? problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"version\":2}")]
    [InlineData("{\"version\":1,\"minutes\":[{\"minute\":5,\"kinds\":[1,2]}]}")]
    [InlineData("{\"version\":1,\"minutes\":[{\"minute\":5,\"kinds\":[1,2,3,4,5,6,7,8,-9]}]}")]
    [InlineData("{\"version\":1,\"heat\":[{\"hour\":5,\"cells\":[1]}]}")]
    [InlineData("{\"version\":1,\"undelivered\":[[0,0,0]]}")]
    public void TryLoad_MalformedFile_NullWithAOneLineReason(string content)
    {
        using var dir = new TempDirectory();
        string path = dir.File(ActivityFile.FileName);
        File.WriteAllText(path, content);
        Assert.Null(ActivityFile.TryLoad(path, out string? problem));
        Assert.NotNull(problem);
        Assert.DoesNotContain('\n', problem);
    }

    [Fact]
    public void TryLoad_MissingOrOversized_NullAndOnlyOversizedIsAProblem()
    {
        using var dir = new TempDirectory();
        string path = dir.File(ActivityFile.FileName);
        Assert.Null(ActivityFile.TryLoad(path, out string? missing));
        Assert.Null(missing);
        File.WriteAllText(path, "{\"version\":1,\"about\":\"" + new string('x', (int)ActivityFile.MaxBytes) + "\"}");
        Assert.Null(ActivityFile.TryLoad(path, out string? oversized));
        Assert.Contains("larger than", oversized);
    }

    private static void Collect(System.Text.Json.JsonElement element, List<long> numbers)
    {
        switch (element.ValueKind)
        {
            case System.Text.Json.JsonValueKind.Object:
                foreach (System.Text.Json.JsonProperty p in element.EnumerateObject())
                {
                    Collect(p.Value, numbers);
                }

                break;
            case System.Text.Json.JsonValueKind.Array:
                foreach (System.Text.Json.JsonElement e in element.EnumerateArray())
                {
                    Collect(e, numbers);
                }

                break;
            case System.Text.Json.JsonValueKind.Number:
                numbers.Add(element.GetInt64());
                break;
        }
    }
}
