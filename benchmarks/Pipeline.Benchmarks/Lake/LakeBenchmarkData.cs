using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Lake;

/// <summary>
/// Events shaped like ours: per device, 60 Hz pointer moves in small steps, with clicks, scrolls, key presses and
/// the occasional focus change, in batches of 100 as the clean topic carries them.
/// </summary>
internal static class LakeBenchmarkData
{
    public static readonly long DayStartMicros = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000;

    /// <summary>Fills <paramref name="rows"/> with <paramref name="count"/> events of <paramref name="devices"/> devices from <paramref name="startMicros"/>.</summary>
    public static void Fill(EventRows rows, int count, int devices, long startMicros, ref long seq)
    {
        var random = new Random(42);
        var batch = new EventBatch(100) { KeyVersion = 1, ScreenWidth = 2560, ScreenHeight = 1440 };
        string[] apps = ["org.mozilla.firefox", "code", "org.gnome.terminal", "slack"];
        int perDevice = count / devices;
        for (int d = 0; d < devices; d++)
        {
            batch.Subject = "s" + d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('a', 61);
            batch.Device = "d" + d.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('b', 61);
            string session = "session-" + d.ToString(System.Globalization.CultureInfo.InvariantCulture);
            int x = 1000, y = 700;
            for (int i = 0; i < perDevice; i++)
            {
                ref InteractionEvent e = ref batch.Add();
                e.Seq = seq++;
                e.TimeMicros = startMicros + (i * 16_667L);
                e.SessionId = session;
                int roll = random.Next(1000);
                if (roll < 900)
                {
                    e.Kind = EventKind.Move;
                    x = Math.Clamp(x + random.Next(-6, 7), 0, 2559);
                    y = Math.Clamp(y + random.Next(-4, 5), 0, 1439);
                }
                else if (roll < 930)
                {
                    e.Kind = roll < 915 ? EventKind.ButtonDown : EventKind.ButtonUp;
                    e.Button = MouseButton.Left;
                }
                else if (roll < 950)
                {
                    e.Kind = EventKind.Scroll;
                    e.Dy = -1;
                }
                else if (roll < 999)
                {
                    e.Kind = roll < 975 ? EventKind.KeyDown : EventKind.KeyUp;
                    e.KeyClass = (KeyClass)(1 + random.Next(9));
                }
                else
                {
                    e.Kind = EventKind.Focus;
                    e.App = apps[random.Next(apps.Length)];
                }

                e.X = x;
                e.Y = y;
                if (batch.Count == 100 || i == perDevice - 1)
                {
                    for (int j = 0; j < batch.Count; j++)
                    {
                        rows.Add(batch, in batch.Events[j], d % 6, seq / 100);
                    }

                    string subject = batch.Subject, device = batch.Device;
                    batch.Clear();
                    batch.Subject = subject;
                    batch.Device = device;
                    batch.KeyVersion = 1;
                    batch.ScreenWidth = 2560;
                    batch.ScreenHeight = 1440;
                }
            }
        }
    }
}
