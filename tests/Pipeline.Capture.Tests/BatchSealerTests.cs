using System.Text;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary><see cref="BatchSealer"/> through the device path it serves: gate, batcher, sealer, sink.</summary>
public sealed class BatchSealerTests
{
    private const string Subject = "ines.raw-id@corp";
    private const string Device = "ines-laptop-7";

    private static DeviceCapture Create(MemorySink sink, ManualTime time, SealingOptions? sealing = null) =>
        new(new DeviceCaptureOptions
        {
            Subject = Subject,
            Device = Device,
            Privacy = new PrivacyOptions { AllowApps = ["org.mozilla.thunderbird"], WithTitles = true },
            Batching = new BatcherOptions { MaxDelay = TimeSpan.FromMilliseconds(200) },
            Sealing = sealing ?? SealingOptions.Development,
        }, sink, time, new SequenceAllocator(null));

    private static void Capture(DeviceCapture device, ManualTime time, int events)
    {
        for (int i = 0; i < events; i++)
        {
            var e = i == 0
                ? new InteractionEvent { Kind = EventKind.Focus, TimeMicros = Micros.Now(time), App = "org.mozilla.thunderbird", Title = "Salary review - Ines Raw" }
                : new InteractionEvent { Kind = EventKind.Move, TimeMicros = Micros.Now(time), X = i, Y = 2 };
            device.Accept(in e);
        }

        device.Flush();
    }

    [Fact]
    public void SealAndWrite_FirstBatch_WrappedKeyFirstThenTheBatchUnderTheRoute()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));

        Capture(device, time, 5);

        string route = new SubjectRouter(SealingOptions.Development.Routing).RouteOf(Subject);
        Assert.Equal([RecordTopic.Keys, RecordTopic.Raw], sink.Records.Select(r => r.Topic));
        Assert.Equal(RecordKeys.DataKey(route, device.Sealer!.CurrentKeyId!), sink.Records[0].Key);
        Assert.Equal(route, sink.Records[1].Key);
        Assert.True(SealedBatchCodec.TryRead(sink.Records[1].Value, out SealedBatch batch, out _));
        Assert.Equal(device.Sealer.CurrentKeyId, batch.KeyId);
        Assert.Equal(5, sink.Events().Count);
    }

    [Fact]
    public void SealAndWrite_PersonalData_NoneOfItInAnyRecordInClear()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));

        Capture(device, time, 20);

        byte[] all = sink.Records.Where(r => r.Topic != RecordTopic.Consent).SelectMany(r => Encoding.UTF8.GetBytes(r.Key).Concat(r.Value)).ToArray();
        foreach (string plain in new[] { Subject, Device, "thunderbird", "Salary review", "Ines Raw" })
        {
            Assert.Equal(-1, all.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)));
        }

        Assert.Contains(sink.Events(), e => e.Title == "Salary review - Ines Raw");
    }

    [Fact]
    public void SealAndWrite_RotationPeriodPassed_NextBatchUnderANewKey()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time, SealingOptions.Development with { DataKeyRotation = TimeSpan.FromHours(1) });
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));

        Capture(device, time, 3);
        string first = device.Sealer!.CurrentKeyId!;
        time.Advance(TimeSpan.FromMinutes(59));
        Capture(device, time, 3);
        string beforePeriod = device.Sealer.CurrentKeyId!;
        time.Advance(TimeSpan.FromMinutes(1));
        Capture(device, time, 3);

        Assert.Equal(first, beforePeriod);
        Assert.NotEqual(first, device.Sealer.CurrentKeyId);
        Assert.Equal([RecordTopic.Keys, RecordTopic.Raw, RecordTopic.Raw, RecordTopic.Keys, RecordTopic.Raw], sink.Records.Select(r => r.Topic));
        Assert.Equal(9, sink.Events().Count);
        Assert.Equal(2, device.Sealer.KeysMade);
    }

    [Fact]
    public void PublishConsent_RevokedThenGrantedAgain_CaptureAfterIsUnderANewKey()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using DeviceCapture device = Create(sink, time);
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));
        Capture(device, time, 3);
        string before = device.Sealer!.CurrentKeyId!;

        device.Consent = device.Consent.Revoke(Micros.Now(time));
        device.PublishConsent(device.Consent, device.Consent.History.Count - 1);
        Assert.Null(device.Sealer.CurrentKeyId);
        time.Advance(TimeSpan.FromSeconds(1));
        device.Consent = device.Consent.Grant("n", Micros.Now(time));
        Capture(device, time, 3);

        Assert.NotEqual(before, device.Sealer.CurrentKeyId);
        Assert.Equal(2, sink.Records.Count(r => r.Topic == RecordTopic.Keys));
    }

    [Fact]
    public void SealAndWrite_NoSealing_BatchInClearUnderTheSubject()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        using var device = new DeviceCapture(new DeviceCaptureOptions { Subject = Subject, Device = Device, Privacy = new PrivacyOptions { AllowApps = ["org.mozilla.thunderbird"] } },
            sink, time, new SequenceAllocator(null));
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time));

        Capture(device, time, 2);

        Assert.Null(device.Sealer);
        Assert.Equal([RecordTopic.Raw], sink.Records.Select(r => r.Topic));
        Assert.Equal(Subject, sink.Records[0].Key);
    }
}
