using System.Buffers;
using System.Text.Json;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// <c>/api/activity</c>: what the page's own script draws, as JSON: events per minute in a few plain series, the
/// timeline's stretches, the heat map of the hours shown, and the status line. Times are Unix milliseconds, which
/// the browser shows in local time.
/// </summary>
internal static class ActivityView
{
    private static readonly (string Key, string Label, EventKind[] Kinds)[] s_series =
    [
        ("move", "Pointer moves", [EventKind.Move]),
        ("button", "Clicks (press and release)", [EventKind.ButtonDown, EventKind.ButtonUp]),
        ("scroll", "Scrolls", [EventKind.Scroll]),
        ("key", "Key presses (press and release, class only)", [EventKind.KeyDown, EventKind.KeyUp]),
        ("focus", "Application switches", [EventKind.Focus]),
        ("lock", "Screen locks and unlocks", [EventKind.Lock, EventKind.Unlock]),
    ];

    public static byte[] Write(ActivitySnapshot snapshot, ActivitySummary summary, string status, string headline)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("status", status);
            json.WriteString("headline", headline);
            json.WriteNumber("hours", summary.Hours);
            json.WriteNumber("fromMs", summary.FromMinute * 60_000);
            json.WriteNumber("toMs", summary.ToMinute * 60_000);
            json.WriteNumber("asOfMs", snapshot.AsOfMicros / 1000);
            json.WriteBoolean("agentReporting", summary.AgentReporting);
            WriteSeries(json, snapshot, summary);
            WriteTimeline(json, summary);
            WriteHeat(json, snapshot, summary);
            json.WriteStartObject("totals");
            json.WriteNumber("eventsShown", summary.EventsShown);
            json.WriteNumber("activeMinutes", summary.ActiveMinutes);
            json.WriteNumber("quietMinutes", summary.QuietMinutes);
            json.WriteNumber("recordedToday", summary.RecordedToday);
            json.WriteNumber("deliveredEventsToday", summary.DeliveredEventsToday);
            json.WriteNumber("deliveredBatchesToday", summary.DeliveredBatchesToday);
            json.WriteNumber("pendingRecords", summary.Delivery.PendingRecords);
            json.WriteNumber("pendingBytes", summary.Delivery.PendingBytes);
            if (summary.Delivery.LastDeliveryMicros is { } last)
            {
                json.WriteNumber("lastDeliveryMs", last / 1000);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteSeries(Utf8JsonWriter json, ActivitySnapshot snapshot, ActivitySummary summary)
    {
        int count = (int)(summary.ToMinute - summary.FromMinute);
        var values = new int[s_series.Length][];
        for (int s = 0; s < values.Length; s++)
        {
            values[s] = new int[count];
        }

        foreach (ActivityMinute m in snapshot.Minutes)
        {
            long i = m.Minute - summary.FromMinute;
            if (i < 0 || i >= count)
            {
                continue;
            }

            for (int s = 0; s < s_series.Length; s++)
            {
                foreach (EventKind kind in s_series[s].Kinds)
                {
                    values[s][i] += m.Kinds[(int)kind];
                }
            }
        }

        json.WriteStartArray("series");
        for (int s = 0; s < s_series.Length; s++)
        {
            json.WriteStartObject();
            json.WriteString("key", s_series[s].Key);
            json.WriteString("label", s_series[s].Label);
            json.WriteStartArray("values");
            foreach (int v in values[s])
            {
                json.WriteNumberValue(v);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteTimeline(Utf8JsonWriter json, ActivitySummary summary)
    {
        json.WriteStartArray("timeline");
        foreach (TimelineStretch s in summary.Timeline)
        {
            json.WriteStartObject();
            json.WriteNumber("fromMs", s.FromMinute * 60_000);
            json.WriteNumber("toMs", s.ToMinute * 60_000);
            json.WriteString("state", StateKey(s.State));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteHeat(Utf8JsonWriter json, ActivitySnapshot snapshot, ActivitySummary summary)
    {
        var cells = new long[ActivityTally.HeatCells];
        long fromHour = summary.FromMinute / 60;
        long toHour = (summary.ToMinute - 1) / 60;
        foreach (ActivityHeatHour h in snapshot.Heat)
        {
            if (h.Hour < fromHour || h.Hour > toHour)
            {
                continue;
            }

            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] += h.Cells[i];
            }
        }

        json.WriteStartObject("heat");
        json.WriteNumber("columns", ActivityTally.HeatColumns);
        json.WriteNumber("rows", ActivityTally.HeatRows);
        json.WriteNumber("screenWidth", snapshot.ScreenWidth);
        json.WriteNumber("screenHeight", snapshot.ScreenHeight);
        json.WriteStartArray("cells");
        foreach (long c in cells)
        {
            json.WriteNumberValue(c);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string StateKey(TimelineState state) => state switch
    {
        TimelineState.Active => "active",
        TimelineState.Quiet => "quiet",
        TimelineState.Paused => "paused",
        TimelineState.NotConsented => "no_consent",
        _ => "off",
    };
}
