using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class DeviceCaptureTests
{
    private static DeviceCapture Create(MemorySink sink, ManualTime time, SequenceAllocator? sequence = null) =>
        new(new DeviceCaptureOptions
        {
            Subject = "subject-a",
            Device = "device-a",
            Privacy = new PrivacyOptions { AllowApps = ["editor"] },
            Batching = new BatcherOptions { MaxDelay = TimeSpan.FromMilliseconds(200) },
        }, sink, time, sequence ?? new SequenceAllocator(null));

    private static void Offer(DeviceCapture device, ManualTime time, EventKind kind, string? app = null)
    {
        var e = new InteractionEvent { Kind = kind, TimeMicros = Micros.Now(time), App = app, X = 5, Y = 6 };
        device.Accept(in e);
    }

    [Fact]
    public void Accept_Admitted_NumberedInOrderAndSealedByAge()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));
        Offer(device, time, EventKind.Focus, "editor");
        Offer(device, time, EventKind.Move);
        Offer(device, time, EventKind.KeyDown);
        Assert.Empty(sink.Records);
        time.Advance(TimeSpan.FromMilliseconds(250));
        List<InteractionEvent> events = sink.Events();
        Assert.Equal([1L, 2, 3], events.Select(e => e.Seq));
        Assert.Equal([EventKind.Focus, EventKind.Move, EventKind.KeyDown], events.Select(e => e.Kind));
        Assert.Equal(3, device.Accepted);
    }

    [Fact]
    public void Accept_Dropped_CountedByReasonAndNoSequenceUsed()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        Offer(device, time, EventKind.Move);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));
        Offer(device, time, EventKind.Focus, "bank");
        Offer(device, time, EventKind.Move);
        Offer(device, time, EventKind.Focus, "editor");
        Offer(device, time, EventKind.Move);
        device.Flush();
        Assert.Equal(1, device.Drops[DropReason.NoConsent]);
        Assert.Equal(2, device.Drops[DropReason.NotAllowListed]);
        Assert.Equal([1L, 2], sink.Events().Select(e => e.Seq));
        Assert.DoesNotContain(sink.Events(), e => e.App == "bank");
    }

    [Fact]
    public void PublishConsent_AfterEvents_SealsBatchFirstSoOrderIsKept()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        ConsentRecord granted = ConsentRecord.None.Grant("n", Micros.Now(time));
        device.Consent = granted;
        device.PublishConsent(granted, 0);
        Offer(device, time, EventKind.Focus, "editor");
        ConsentRecord revoked = granted.Revoke(Micros.Now(time) + 1);
        device.Consent = revoked;
        device.PublishConsent(revoked, 1);
        Assert.Equal([RecordTopic.Consent, RecordTopic.Raw, RecordTopic.Consent], sink.Records.Select(r => r.Topic));
        List<ConsentChange> changes = sink.ConsentChanges();
        Assert.Equal([ConsentState.Granted, ConsentState.Revoked], changes.Select(c => c.State));
        Assert.Equal("subject-a", changes[1].Subject);
        Assert.Single(changes[1].History);
        Assert.All(sink.Records, r => Assert.Equal("subject-a", r.Key));
    }

    [Fact]
    public void Accept_SinkFull_StopsWithSpoolFullReason()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));
        Offer(device, time, EventKind.Focus, "editor");
        sink.IsFull = true;
        Offer(device, time, EventKind.Move);
        Assert.Equal(1, device.Drops[DropReason.SpoolFull]);
        Assert.Equal(1, device.Accepted);
    }

    [Fact]
    public void Accept_NullSequence_KeepsSourceNumbers()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using var device = new DeviceCapture(new DeviceCaptureOptions { Subject = "s", Device = "d", Privacy = new PrivacyOptions { AllowApps = ["editor"] } }, sink, time, null);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));
        var focus = new InteractionEvent { Kind = EventKind.Focus, Seq = 41, TimeMicros = Micros.Now(time), App = "editor" };
        device.Accept(in focus);
        device.Flush();
        Assert.Equal(41, Assert.Single(sink.Events()).Seq);
    }
}
