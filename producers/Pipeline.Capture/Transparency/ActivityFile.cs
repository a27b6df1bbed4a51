using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// <c>activity.json</c> in the state directory: the aggregates of <see cref="ActivityTally"/>, saved by the agent every
/// few seconds and when it stops, so the page can show them while the agent runs as a service
/// (<c>pipeline consent ui</c>) and the next run continues them. Owner-only (0600) and replaced atomically. It is
/// plain JSON so the person can read it too. A damaged file is not consent and guards nothing: it is reported and
/// a fresh tally starts, instead of stopping capture.
/// </summary>
public static class ActivityFile
{
    /// <summary>The file's name inside the state directory.</summary>
    public const string FileName = "activity.json";

    /// <summary>
    /// The largest file read: 4 MiB. A full day at the bounds of <see cref="ActivityTally"/> is about 0.3 MB; anything
    /// larger was not written by the agent.
    /// </summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    private const int FormatVersion = 1;

    private const string About =
        "Counts the capture agent keeps on this device for your page (pipeline consent ui): events per minute by kind, " +
        "pointer positions per hour in a 32 x 32 grid over the screen, and what was delivered. No events, keys, text, " +
        "applications or exact positions, and only the last 24 hours. You may delete this file at any time.";

    private static readonly string[] s_kindNames = ["move", "button_down", "button_up", "scroll", "key_down", "key_up", "focus", "lock", "unlock"];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The names of the kinds, in the order of <see cref="ActivityMinute.Kinds"/>.</summary>
    public static IReadOnlyList<string> KindNames => s_kindNames;

    /// <summary>Writes <paramref name="snapshot"/> to <paramref name="path"/>, owner-only, atomically.</summary>
    public static void Save(string path, ActivitySnapshot snapshot)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(snapshot);
        var minutes = new List<MinuteDto>(snapshot.Minutes.Count);
        foreach (ActivityMinute m in snapshot.Minutes)
        {
            minutes.Add(new MinuteDto(m.Minute, [.. m.Kinds], m.DeliveredEvents, m.DeliveredBatches, m.AgentRunning, m.Listening));
        }

        var heat = new List<HeatDto>(snapshot.Heat.Count);
        foreach (ActivityHeatHour h in snapshot.Heat)
        {
            heat.Add(new HeatDto(h.Hour, [.. h.Cells]));
        }

        var runs = new List<long[]>(snapshot.Undelivered.Count);
        foreach (UndeliveredRun r in snapshot.Undelivered)
        {
            runs.Add([r.Records, r.Batches, r.Events]);
        }

        DeliveryState d = snapshot.Delivery;
        var file = new FileDto(FormatVersion, About, snapshot.AsOfMicros, s_kindNames, ActivityTally.HeatColumns, ActivityTally.HeatRows,
            new ScreenDto(snapshot.ScreenWidth, snapshot.ScreenHeight), minutes, heat,
            new DeliveryDto(d.PendingRecords, d.PendingBytes, d.LastDeliveryMicros, d.BrokerReachable), runs);
        AtomicFile.Write(path, JsonSerializer.SerializeToUtf8Bytes(file, s_json));
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/>. Returns null with no problem when it does not exist, and null with a
    /// one-line <paramref name="problem"/> when it cannot be used.
    /// </summary>
    public static ActivitySnapshot? TryLoad(string path, out string? problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        problem = null;
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return null;
        }

        if (info.Length > MaxBytes)
        {
            problem = $"{path} is larger than {MaxBytes} bytes; it was not written by the agent";
            return null;
        }

        FileDto? file;
        try
        {
            file = JsonSerializer.Deserialize<FileDto>(File.ReadAllBytes(path), s_json);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            problem = $"{path} is unreadable ({FirstLine(ex.Message)})";
            return null;
        }

        if (file is null || file.Version != FormatVersion)
        {
            problem = $"{path} has an unknown format";
            return null;
        }

        return Validate(file, out problem);
    }

    private static ActivitySnapshot? Validate(FileDto file, out string? problem)
    {
        problem = null;
        var minutes = new List<ActivityMinute>();
        foreach (MinuteDto m in file.Minutes ?? [])
        {
            if (m.Kinds is not { Length: ActivityTally.Kinds } kinds || Negative(kinds) || m.DeliveredEvents < 0 || m.DeliveredBatches < 0 || m.Minute < 0)
            {
                problem = "a minute in the activity file is malformed";
                return null;
            }

            minutes.Add(new ActivityMinute(m.Minute, kinds, m.DeliveredEvents, m.DeliveredBatches, m.AgentRunning, m.Listening));
        }

        var heat = new List<ActivityHeatHour>();
        foreach (HeatDto h in file.Heat ?? [])
        {
            if (h.Cells is not { Length: ActivityTally.HeatCells } cells || Negative(cells) || h.Hour < 0)
            {
                problem = "an hour of the heat map in the activity file is malformed";
                return null;
            }

            heat.Add(new ActivityHeatHour(h.Hour, cells));
        }

        if (minutes.Count > ActivityTally.Minutes || heat.Count > ActivityTally.Hours)
        {
            problem = "the activity file holds more than 24 hours";
            return null;
        }

        var runs = new List<UndeliveredRun>();
        foreach (long[] r in file.Undelivered ?? [])
        {
            if (r is not [> 0, >= 0, >= -1] || runs.Count >= ActivityTally.MaxUndeliveredRuns)
            {
                problem = "the undelivered records in the activity file are malformed";
                return null;
            }

            runs.Add(new UndeliveredRun(r[0], r[1], r[2]));
        }

        DeliveryDto d = file.Delivery ?? new DeliveryDto(0, 0, null, true);
        return new ActivitySnapshot
        {
            AsOfMicros = file.AsOf,
            ScreenWidth = Math.Max(0, file.Screen?.Width ?? 0),
            ScreenHeight = Math.Max(0, file.Screen?.Height ?? 0),
            Minutes = minutes,
            Heat = heat,
            Delivery = new DeliveryState(Math.Max(0, d.PendingRecords), Math.Max(0, d.PendingBytes), d.LastDeliveryMicros, d.BrokerReachable),
            Undelivered = runs,
        };
    }

    private static bool Negative(int[] values)
    {
        foreach (int v in values)
        {
            if (v < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    private sealed record FileDto(
        int Version,
        string? About,
        long AsOf,
        IReadOnlyList<string>? KindOrder,
        int HeatColumns,
        int HeatRows,
        ScreenDto? Screen,
        List<MinuteDto>? Minutes,
        List<HeatDto>? Heat,
        DeliveryDto? Delivery,
        List<long[]>? Undelivered);

    private sealed record ScreenDto(int Width, int Height);

    private sealed record MinuteDto(long Minute, int[]? Kinds, int DeliveredEvents, int DeliveredBatches, bool AgentRunning, bool Listening);

    private sealed record HeatDto(long Hour, int[]? Cells);

    private sealed record DeliveryDto(long PendingRecords, long PendingBytes, long? LastDeliveryMicros, bool BrokerReachable);
}
