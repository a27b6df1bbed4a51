using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Transparency;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests.Transparency;

public sealed class ActivityTallyTests
{
    private static readonly DateTimeOffset s_start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static (DeviceCapture Device, ActivityTally Tally, MemorySink Sink) Create(ManualTime time, ActivitySnapshot? restored = null)
    {
        var tally = new ActivityTally(time, restored);
        var sink = new MemorySink();
        var device = new DeviceCapture(
            new DeviceCaptureOptions
            {
                Subject = "subject-a",
                Device = "device-a",
                Privacy = new PrivacyOptions { AllowApps = ["editor"] },
                Batching = new BatcherOptions { MaxDelay = TimeSpan.FromMilliseconds(200), MaxEvents = 10 },
            },
            tally.Observe(sink), time, new SequenceAllocator(null))
        {
            Activity = tally,
            Consent = ConsentRecord.None.Grant("n", Micros.Now(time)),
        };
        device.SetScreen(1000, 500);
        return (device, tally, sink);
    }

    private static void Offer(DeviceCapture device, ManualTime time, EventKind kind, int x = 0, int y = 0, string? app = null)
    {
        var e = new InteractionEvent { Kind = kind, TimeMicros = Micros.Now(time), X = x, Y = y, App = app };
        device.Accept(in e);
    }

    private static long MinuteOf(DateTimeOffset t) => Micros.From(t) / 60_000_000;

    [Fact]
    public void Count_AdmittedEvents_CountedByKindInTheirMinuteOnly()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, _) = Create(time);
        Offer(device, time, EventKind.Move); // refused: no application has focus yet
        Offer(device, time, EventKind.Focus, app: "editor");
        Offer(device, time, EventKind.Move, 10, 10);
        Offer(device, time, EventKind.Move, 20, 10);
        Offer(device, time, EventKind.KeyDown);
        time.Advance(TimeSpan.FromMinutes(1));
        Offer(device, time, EventKind.ButtonDown, 500, 250);
        Offer(device, time, EventKind.Focus, app: "bank"); // refused, and what follows too
        Offer(device, time, EventKind.Move, 30, 30);

        ActivitySnapshot snapshot = tally.Snapshot();
        ActivityMinute first = Assert.Single(snapshot.Minutes, m => m.Minute == MinuteOf(s_start));
        ActivityMinute second = Assert.Single(snapshot.Minutes, m => m.Minute == MinuteOf(s_start) + 1);
        Assert.Equal(Expected(move: 2, keyDown: 1, focus: 1), first.Kinds);
        Assert.Equal(Expected(buttonDown: 1), second.Kinds);
        Assert.Equal(4, first.Events);
    }

    [Fact]
    public void Count_PointerEvents_LandInTheirScreenCellOfTheirHour()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, _) = Create(time);
        Offer(device, time, EventKind.Focus, app: "editor");
        Offer(device, time, EventKind.Move, 0, 0);
        Offer(device, time, EventKind.Move, 999, 499);
        Offer(device, time, EventKind.ButtonDown, 500, 250);
        Offer(device, time, EventKind.ButtonUp, 500, 250); // not a position of its own: the press was
        Offer(device, time, EventKind.Scroll, 510, 255);
        Offer(device, time, EventKind.Move, 1000, 100); // outside the screen: no cell

        ActivityHeatHour hour = Assert.Single(tally.Snapshot().Heat);
        Assert.Equal(Micros.From(s_start) / 3_600_000_000, hour.Hour);
        Assert.Equal(1, hour.Cells[0]);
        Assert.Equal(1, hour.Cells[ActivityTally.HeatCells - 1]);
        int middle = (ActivityTally.HeatRows / 2 * ActivityTally.HeatColumns) + (ActivityTally.HeatColumns / 2);
        Assert.Equal(2, hour.Cells[middle]);
        Assert.Equal(4, hour.Cells.Sum());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(1366, 768)]
    [InlineData(1920, 1080)]
    [InlineData(3840, 2160)]
    [InlineData(7680, 4320)]
    [InlineData(16384, 16384)]
    public void Count_EveryPixelOfTheScreen_FallsInCellFloorOfPositionTimesCellsOverSize(int width, int height)
    {
        var time = new ManualTime(s_start);
        var tally = new ActivityTally(time);
        tally.SetScreen(width, height);
        long now = Micros.Now(time);
        var expected = new int[ActivityTally.HeatCells];
        for (int x = 0; x < width; x++)
        {
            var e = new InteractionEvent { Kind = EventKind.Move, TimeMicros = now, X = x, Y = 0 };
            tally.Count(in e);
            expected[(int)((long)x * ActivityTally.HeatColumns / width)]++;
        }

        for (int y = 0; y < height; y++)
        {
            var e = new InteractionEvent { Kind = EventKind.Scroll, TimeMicros = now, X = width - 1, Y = y };
            tally.Count(in e);
            expected[((int)((long)y * ActivityTally.HeatRows / height) * ActivityTally.HeatColumns) + (int)((long)(width - 1) * ActivityTally.HeatColumns / width)]++;
        }

        Assert.Equal(expected, Assert.Single(tally.Snapshot().Heat).Cells);
    }

    [Fact]
    public void Count_ScreenWiderThanMaxSide_LastCountedPixelInLastCellAndBeyondNotCounted()
    {
        var time = new ManualTime(s_start);
        var tally = new ActivityTally(time);
        tally.SetScreen(int.MaxValue, int.MaxValue);
        long now = Micros.Now(time);
        var last = new InteractionEvent { Kind = EventKind.Move, TimeMicros = now, X = ActivityTally.MaxScreenSide - 1, Y = ActivityTally.MaxScreenSide - 1 };
        var beyond = new InteractionEvent { Kind = EventKind.Move, TimeMicros = now, X = int.MaxValue - 1, Y = 0 };
        tally.Count(in last);
        tally.Count(in beyond);

        ActivitySnapshot snapshot = tally.Snapshot();
        int[] cells = [.. Assert.Single(snapshot.Heat).Cells];
        Assert.Equal(1, cells[ActivityTally.HeatCells - 1]);
        Assert.Equal(1, cells.Sum());
        Assert.Equal(2, Assert.Single(snapshot.Minutes).Kinds[(int)EventKind.Move]);
        Assert.Equal(ActivityTally.MaxScreenSide, snapshot.ScreenWidth);
    }

    [Fact]
    public void Count_EventsAlternatingBetweenTwoMinutesAndHours_EachCountedInItsOwn()
    {
        var time = new ManualTime(s_start.AddMinutes(59));
        var tally = new ActivityTally(time);
        tally.SetScreen(100, 100);
        long first = Micros.Now(time);
        long second = first + 60_000_000L;
        for (int i = 0; i < 3; i++)
        {
            var a = new InteractionEvent { Kind = EventKind.Move, TimeMicros = first + i, X = 0, Y = 0 };
            var b = new InteractionEvent { Kind = EventKind.ButtonDown, TimeMicros = second + i, X = 99, Y = 99 };
            tally.Count(in a);
            tally.Count(in b);
        }

        time.Advance(TimeSpan.FromMinutes(1));
        ActivitySnapshot snapshot = tally.Snapshot();
        Assert.Equal(2, snapshot.Minutes.Count);
        Assert.Equal(Expected(move: 3), snapshot.Minutes[0].Kinds);
        Assert.Equal(Expected(buttonDown: 3), snapshot.Minutes[1].Kinds);
        Assert.Equal(2, snapshot.Heat.Count);
        Assert.Equal(3, snapshot.Heat[0].Cells[0]);
        Assert.Equal(3, snapshot.Heat[1].Cells[ActivityTally.HeatCells - 1]);
    }

    [Fact]
    public void Count_MinuteSlotReusedAfterADay_OldCountsGoneAndLateEventsIgnored()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, _) = Create(time);
        Offer(device, time, EventKind.Focus, app: "editor");
        Offer(device, time, EventKind.Move, 1, 1);
        time.Advance(TimeSpan.FromDays(1));
        Offer(device, time, EventKind.KeyDown);
        var late = new InteractionEvent { Kind = EventKind.Move, TimeMicros = Micros.From(s_start) + 1, X = 1, Y = 1 };
        device.Accept(in late);

        ActivitySnapshot snapshot = tally.Snapshot();
        ActivityMinute only = Assert.Single(snapshot.Minutes, m => m.Events > 0);
        Assert.Equal(MinuteOf(s_start.AddDays(1)), only.Minute);
        Assert.Equal(Expected(keyDown: 1), only.Kinds);
        Assert.Empty(snapshot.Heat);
        Assert.DoesNotContain(snapshot.Minutes, m => m.Minute <= MinuteOf(s_start.AddDays(1)) - ActivityTally.Minutes);
    }

    [Fact]
    public void ObserveAgent_RecordsAcknowledged_EventsAndBatchesDeliveredInThatMinute()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, MemorySink sink) = Create(time);
        Offer(device, time, EventKind.Focus, app: "editor");
        for (int i = 0; i < 14; i++)
        {
            Offer(device, time, EventKind.Move, i, i);
        }

        device.Flush(); // two batches: 10 events (sealed by size) and 5
        device.PublishConsent(device.Consent, 0); // and a consent record: not a batch, no events
        Assert.Equal(3, sink.Records.Count);
        tally.ObserveAgent(listening: true, deliveredRecords: 0, pendingRecords: 3, pendingBytes: 300, brokerReachable: false);
        time.Advance(TimeSpan.FromMinutes(2));
        tally.ObserveAgent(listening: true, deliveredRecords: 1, pendingRecords: 2, pendingBytes: 200, brokerReachable: true);
        time.Advance(TimeSpan.FromMinutes(1));
        tally.ObserveAgent(listening: false, deliveredRecords: 3, pendingRecords: 0, pendingBytes: 0, brokerReachable: true);

        ActivitySnapshot snapshot = tally.Snapshot();
        ActivityMinute at2 = Assert.Single(snapshot.Minutes, m => m.Minute == MinuteOf(s_start) + 2);
        ActivityMinute at3 = Assert.Single(snapshot.Minutes, m => m.Minute == MinuteOf(s_start) + 3);
        Assert.Equal((10, 1), (at2.DeliveredEvents, at2.DeliveredBatches));
        Assert.Equal((5, 1), (at3.DeliveredEvents, at3.DeliveredBatches));
        Assert.True(at2.Listening);
        Assert.False(at3.Listening);
        Assert.True(at3.AgentRunning);
        Assert.Equal(Micros.Now(time), snapshot.Delivery.LastDeliveryMicros);
        Assert.Equal(0, snapshot.Delivery.PendingRecords);
        Assert.Empty(snapshot.Undelivered);
    }

    [Fact]
    public void Restore_SavedSnapshot_ContinuesCountsAndDeliveriesOfTheLastRun()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, _) = Create(time);
        Offer(device, time, EventKind.Focus, app: "editor");
        Offer(device, time, EventKind.Move, 5, 5);
        device.Flush();
        tally.ObserveAgent(true, 0, 1, 100, true);
        ActivitySnapshot saved = tally.Snapshot();
        Assert.Equal([new UndeliveredRun(1, 1, 2)], saved.Undelivered);

        time.Advance(TimeSpan.FromMinutes(5));
        var next = new ActivityTally(time, saved);
        next.Reconcile(pendingRecords: 1);
        next.ObserveAgent(true, deliveredRecords: 1, 0, 0, true);
        ActivitySnapshot after = next.Snapshot();
        Assert.Equal(Expected(move: 1, focus: 1), Assert.Single(after.Minutes, m => m.Minute == MinuteOf(s_start)).Kinds);
        Assert.Equal(2, Assert.Single(after.Minutes, m => m.Minute == MinuteOf(s_start) + 5).DeliveredEvents);
        Assert.Single(after.Heat);
        Assert.Equal((1000, 500), (after.ScreenWidth, after.ScreenHeight));
    }

    [Fact]
    public void Reconcile_SpoolHoldsMoreOrFewerThanRemembered_UnknownRunAddedOrDeliveredDropped()
    {
        var time = new ManualTime(s_start);
        var restored = new ActivitySnapshot { Undelivered = [new UndeliveredRun(2, 2, 40), new UndeliveredRun(1, 1, 7)] };

        var fewer = new ActivityTally(time, restored);
        fewer.Reconcile(pendingRecords: 1); // the first run went out after the last save
        Assert.Equal([new UndeliveredRun(1, 1, 7)], fewer.Snapshot().Undelivered);

        var more = new ActivityTally(time, restored);
        more.Reconcile(pendingRecords: 5); // two records written after the last save (a crash)
        Assert.Equal([new UndeliveredRun(2, 0, -1), new UndeliveredRun(2, 2, 40), new UndeliveredRun(1, 1, 7)], more.Snapshot().Undelivered);
        more.ObserveAgent(true, deliveredRecords: 5, 0, 0, true);
        ActivityMinute now = Assert.Single(more.Snapshot().Minutes);
        Assert.Equal((47, 3), (now.DeliveredEvents, now.DeliveredBatches));
    }

    [Fact]
    public void Observe_SpoolFullOfRuns_NewRecordsJoinTheLastRunSoTotalsStayExact()
    {
        var time = new ManualTime(s_start);
        (DeviceCapture device, ActivityTally tally, _) = Create(time);
        Offer(device, time, EventKind.Focus, app: "editor");
        int records = ActivityTally.MaxUndeliveredRuns + 10;
        for (int i = 0; i < records; i++)
        {
            Offer(device, time, EventKind.Move, 1, 1);
            device.Flush();
        }

        Assert.Equal(ActivityTally.MaxUndeliveredRuns, tally.Snapshot().Undelivered.Count);
        tally.ObserveAgent(true, deliveredRecords: records, 0, 0, true);
        ActivityMinute minute = Assert.Single(tally.Snapshot().Minutes);
        Assert.Equal(records + 1, minute.DeliveredEvents); // the focus rode in the first batch
        Assert.Equal(records, minute.DeliveredBatches);
    }

    private static int[] Expected(int move = 0, int buttonDown = 0, int keyDown = 0, int focus = 0)
    {
        int[] kinds = new int[ActivityTally.Kinds];
        kinds[(int)EventKind.Move] = move;
        kinds[(int)EventKind.ButtonDown] = buttonDown;
        kinds[(int)EventKind.KeyDown] = keyDown;
        kinds[(int)EventKind.Focus] = focus;
        return kinds;
    }
}
