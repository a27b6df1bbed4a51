using Pipeline.Schemas.Model;

namespace Pipeline.Bench;

/// <summary>
/// A reproducible stream of raw batches for the references (ceiling and naive): devices at 100 Hz with the event
/// mix of a person at work (mostly pointer motion, some clicks, scrolls, typing, focus changes with titles, a
/// few of which hold PII), cut into batches the way the capture batcher cuts them.
/// </summary>
internal sealed class BenchWorkload
{
    private const long MicrosPerEvent = 10_000; // 100 Hz

    private static readonly string[] s_apps = ["org.libreoffice.calc", "firefox", "code", "org.gnome.Terminal", "thunderbird"];
    private static readonly string[] s_titles =
    [
        "Quarterly Report Q3 - final.xlsx",
        "Inbox (3) - jane.doe@example.com - Thunderbird",
        "Pull request #4521: fix session merge",
        "Payment - card 4111 1111 1111 1111",
        "https://example.com/reset?token=9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        "Meeting notes 2026-11-23",
    ];

    public BenchWorkload(int devices, long events, int eventsPerBatch, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(devices);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(events);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(eventsPerBatch);
        Devices = devices;
        Events = events;
        EventsPerBatch = eventsPerBatch;
        Seed = seed;
    }

    public int Devices { get; }

    public long Events { get; }

    public int EventsPerBatch { get; }

    public int Seed { get; }

    public static string SubjectOf(int device) => $"bench-subject-{device:D5}";

    public static string DeviceOf(int device) => $"bench-device-{device:D5}";

    /// <summary>
    /// Calls <paramref name="onBatch"/> for each batch, devices taking turns, until <see cref="Events"/> events.
    /// The batch object is reused: consume it before returning. Event times start at <paramref name="startMicros"/>.
    /// </summary>
    public void Generate(long startMicros, Action<int, EventBatch> onBatch)
    {
        var random = new Random(Seed);
        var batch = new EventBatch(EventsPerBatch);
        var seq = new long[Devices];
        var x = new int[Devices];
        var y = new int[Devices];
        long produced = 0;
        long round = 0;
        while (produced < Events)
        {
            for (int d = 0; d < Devices && produced < Events; d++)
            {
                batch.Clear();
                batch.Subject = SubjectOf(d);
                batch.Device = DeviceOf(d);
                batch.ScreenWidth = 2560;
                batch.ScreenHeight = 1440;
                int count = (int)Math.Min(EventsPerBatch, Events - produced);
                long baseTime = startMicros + (round * EventsPerBatch * MicrosPerEvent);
                for (int i = 0; i < count; i++)
                {
                    ref InteractionEvent e = ref batch.Add();
                    e.Seq = ++seq[d];
                    e.TimeMicros = baseTime + (i * MicrosPerEvent);
                    // A device's first event is a focus change: the gate records nothing until it knows the app.
                    int roll = seq[d] == 1 ? 999 : random.Next(1000);
                    x[d] = Math.Clamp(x[d] + random.Next(-12, 13), 0, 2559);
                    y[d] = Math.Clamp(y[d] + random.Next(-8, 9), 0, 1439);
                    e.X = x[d];
                    e.Y = y[d];
                    if (roll < 820)
                    {
                        e.Kind = EventKind.Move;
                    }
                    else if (roll < 860)
                    {
                        e.Kind = (roll & 1) == 0 ? EventKind.ButtonDown : EventKind.ButtonUp;
                        e.Button = MouseButton.Left;
                    }
                    else if (roll < 880)
                    {
                        e.Kind = EventKind.Scroll;
                        e.Dy = random.Next(-3, 4);
                    }
                    else if (roll < 995)
                    {
                        e.Kind = (roll & 1) == 0 ? EventKind.KeyDown : EventKind.KeyUp;
                        e.X = 0;
                        e.Y = 0;
                        e.KeyClass = (KeyClass)(1 + random.Next(9));
                    }
                    else
                    {
                        e.Kind = EventKind.Focus;
                        e.X = 0;
                        e.Y = 0;
                        e.App = s_apps[random.Next(s_apps.Length)];
                        e.Title = s_titles[random.Next(s_titles.Length)];
                    }
                }

                produced += count;
                onBatch(d, batch);
            }

            round++;
        }
    }
}
