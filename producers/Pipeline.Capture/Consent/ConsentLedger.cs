using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Consent;

/// <summary>
/// The person's consent on this device, kept in one owner-only file (<c>consent.json</c> under the state directory)
/// and replaced atomically (write a temporary file, flush it, rename over), so a reader never sees half a record.
/// The file holds the list of transitions; the state is what replaying them gives. A running agent calls
/// <see cref="Refresh"/> a few times a second and sees a change made by <c>pipeline consent …</c> in another process.
/// </summary>
public sealed class ConsentLedger
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private volatile ConsentRecord _current = ConsentRecord.None;
    private (DateTime Written, long Length) _seen;

    /// <summary>Opens the ledger at <paramref name="path"/>; a missing file means no consent.</summary>
    public ConsentLedger(string path, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(time);
        Path = System.IO.Path.GetFullPath(path);
        _time = time;
        Refresh();
    }

    /// <summary>The ledger's file name inside a state directory.</summary>
    public const string FileName = "consent.json";

    /// <summary>The ledger file.</summary>
    public string Path { get; }

    /// <summary>The latest state read or written; a snapshot, safe to read from any thread.</summary>
    public ConsentRecord Current => _current;

    /// <summary>Re-reads the file if it changed since the last look. Returns true when the state changed.</summary>
    public bool Refresh()
    {
        lock (_gate)
        {
            var info = new FileInfo(Path);
            (DateTime, long) stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
            if (stamp == _seen)
            {
                return false;
            }

            _seen = stamp;
            ConsentRecord loaded = info.Exists ? Load(Path) : ConsentRecord.None;
            bool changed = loaded.History.Count != _current.History.Count || loaded.Status != _current.Status;
            _current = loaded;
            return changed;
        }
    }

    /// <summary>Records agreement to the notice <paramref name="noticeVersion"/>.</summary>
    public ConsentRecord Grant(string noticeVersion = ConsentRecord.CurrentNoticeVersion) =>
        Change((r, now) => r.Grant(noticeVersion, now));

    /// <summary>Pauses capture for <paramref name="duration"/>; it resumes by itself afterwards.</summary>
    public ConsentRecord Pause(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), "a pause must last longer than zero");
        }

        long micros = duration.Ticks / 10;
        return Change((r, now) => r.Pause(now, now + micros));
    }

    /// <summary>Ends a pause now.</summary>
    public ConsentRecord Resume() => Change(static (r, now) => r.Resume(now));

    /// <summary>Withdraws consent.</summary>
    public ConsentRecord Revoke() => Change(static (r, now) => r.Revoke(now));

    private ConsentRecord Change(Func<ConsentRecord, long, ConsentRecord> transition)
    {
        lock (_gate)
        {
            ConsentRecord before = File.Exists(Path) ? Load(Path) : ConsentRecord.None;
            ConsentRecord after = transition(before, Micros.Now(_time));
            Save(Path, after);
            var info = new FileInfo(Path);
            _seen = (info.LastWriteTimeUtc, info.Length);
            _current = after;
            return after;
        }
    }

    private static ConsentRecord Load(string path)
    {
        LedgerFile? file;
        try
        {
            using FileStream stream = File.OpenRead(path);
            file = JsonSerializer.Deserialize<LedgerFile>(stream, s_json);
        }
        catch (JsonException ex)
        {
            // A damaged ledger must never be read as consent: fail loudly so the person can look at it.
            throw new InvalidDataException($"consent ledger {path} is unreadable ({ex.Message}); nothing will be captured until it is fixed or removed", ex);
        }

        ConsentRecord record = ConsentRecord.None;
        foreach (LedgerEntry entry in file?.Transitions ?? [])
        {
            record = record.Apply(entry.State, entry.Time, entry.Until, entry.Notice);
        }

        return record;
    }

    private static void Save(string path, ConsentRecord record)
    {
        var entries = new List<LedgerEntry>(record.History.Count);
        foreach (ConsentTransition t in record.History)
        {
            entries.Add(new LedgerEntry(t.State, t.TimeMicros, t.UntilMicros, t.NoticeVersion));
        }

        byte[] bytes = JsonSerializer.SerializeToUtf8Bytes(new LedgerFile(1, entries), s_json);
        AtomicFile.Write(path, bytes);
    }

    private sealed record LedgerFile(int Version, List<LedgerEntry> Transitions);

    private sealed record LedgerEntry(ConsentState State, long Time, long? Until, string? Notice);
}
