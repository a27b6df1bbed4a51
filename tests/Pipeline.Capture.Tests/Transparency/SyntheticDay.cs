using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Capture.Transparency;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>
/// A working day of a synthetic person played through the real capture path (gate, batcher, tally) on a manual
/// clock, leaving in a state directory what a real agent leaves: the consent ledger (with a pause) and
/// activity.json. Work, a coffee break, a lunch pause, the agent stopped for a while, and an application that is not
/// on the allow-list (its input is dropped, so it reads as quiet).
/// </summary>
internal static class SyntheticDay
{
    private enum Part
    {
        Work,
        Break,
        Pause,
        Off,
    }

    private static readonly (int Minutes, Part Part)[] s_plan =
    [
        (95, Part.Work), (15, Part.Break), (70, Part.Work), (45, Part.Pause), (55, Part.Work),
        (20, Part.Off), (140, Part.Work), (10, Part.Break), (30, Part.Work),
    ];

    /// <summary>The day's start (UTC) and, after <see cref="Play"/>, its end is 8 hours later.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public static ManualTime Play(string stateDirectory, int seed = 7)
    {
        var time = new ManualTime(Start.AddMinutes(-5));
        var ledger = new ConsentLedger(Path.Combine(stateDirectory, ConsentLedger.FileName), time);
        ledger.Grant();
        time.Advance(TimeSpan.FromMinutes(5));
        var tally = new ActivityTally(time);
        var counting = new CountingSink();
        using var device = new DeviceCapture(
            new DeviceCaptureOptions
            {
                Subject = "synthetic-person",
                Device = "synthetic-device",
                Privacy = new PrivacyOptions { AllowApps = ["editor", "browser"] },
            },
            tally.Observe(counting), time, new SequenceAllocator(null))
        {
            Activity = tally,
            Consent = ledger.Current,
        };
        var source = new SyntheticInputSource(new SyntheticOptions { Seed = seed, Apps = ["editor", "browser", "terminal"], SampleRateHz = 30 }, time);
        long delivered = 0;
        foreach ((int minutes, Part part) in s_plan)
        {
            if (part == Part.Pause)
            {
                device.Consent = ledger.Pause(TimeSpan.FromMinutes(minutes));
            }

            if (part == Part.Work)
            {
                source.Begin(device);
            }

            for (int second = 0; second < minutes * 60; second++)
            {
                time.Advance(TimeSpan.FromSeconds(1));
                if (part == Part.Work)
                {
                    source.EmitDue(Micros.Now(time));
                }

                if (part != Part.Off)
                {
                    // The broker takes what was sealed a second ago, except in the last two minutes of the day.
                    bool late = time.GetUtcNow() > Start.AddHours(8).AddMinutes(-2);
                    delivered = late ? delivered : counting.Records;
                    tally.ObserveAgent(part != Part.Pause, delivered, counting.Records - delivered, (counting.Records - delivered) * 2400, !late);
                }
            }

            if (part == Part.Pause)
            {
                device.Consent = ledger.Current;
            }
        }

        device.Flush();
        ActivityFile.Save(Path.Combine(stateDirectory, ActivityFile.FileName), tally.Snapshot());
        return time;
    }

    private sealed class CountingSink : IBatchSink
    {
        private long _records;

        public long Records => Interlocked.Read(ref _records);

        public bool IsFull => false;

        public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value) => Interlocked.Increment(ref _records);
    }
}
