using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Pipeline.Lake.Query;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Sink;

/// <summary>
/// What one input partition has already delivered to the lake (written or buffered), by event identity, so that
/// records a processor repeats are dropped. A broker without transaction isolation (the embedded one) shows
/// read_committed readers the outputs of aborted and unfinished transactions; the processor then resumes from its
/// last transaction known to have committed and produces those outputs again.
/// <list type="bullet">
/// <item>Events: per device pseudonym, the highest sequence number delivered. The processor forwards a device's events
/// in capture order within a partition (late ones go to the dead-letter topic, not the clean topic), so a clean event
/// at or below the mark is a repeat.</item>
/// <item>Sessions: the session id, plus the ids a summary lists as merged into it (their events are in it).</item>
/// <item>Idle periods: subject + session id + start.</item>
/// <item>Actions: per device pseudonym, the highest <c>seq_first</c> delivered (an action's identity is device +
/// <c>seq_first</c>). The processor's reducer emits a device's actions in the order they started (one decided while
/// an earlier one is still open waits for it), so an action at or below the mark is a repeat, including one the
/// reducer made again from events an agent re-sent after the device's state was forgotten.</item>
/// </list>
/// Bounded: every entry remembers the offset it was last seen at, and once the partition tracks more than
/// <see cref="LakeSinkOptions.MaxReplayIds"/> ids, entries older than <see cref="LakeSinkOptions.ReplayHorizonRecords"/>
/// records are forgotten (a processor repeats at most its last two transactions, far fewer records).
/// Durable: nothing is stored besides the lake; on start <see cref="Load"/> reads the marks back from the committed
/// files of the partition within the horizon, so a restarted sink drops repeats exactly as the running one did.
/// </summary>
internal sealed class ReplayFilter
{
    private readonly Dictionary<string, Mark> _devices = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _sessions = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Subject, string SessionId, long Start), long> _idle = [];
    private readonly long _horizon;
    private readonly int _maxIds;
    private int _pruneAbove;

    /// <param name="horizonRecords">How many records back an entry must have been seen to survive a prune.</param>
    /// <param name="maxIds">How many ids the partition may track before a prune runs.</param>
    public ReplayFilter(long horizonRecords, int maxIds)
    {
        _horizon = horizonRecords;
        _maxIds = maxIds;
        _pruneAbove = maxIds;
    }

    /// <summary>Ids tracked (devices, sessions or idle periods, whichever the partition's table holds).</summary>
    public int Count => _devices.Count + _sessions.Count + _idle.Count;

    /// <summary>
    /// The highest sequence number delivered for <paramref name="device"/> (events: <c>seq</c>; actions: <c>seq_first</c>),
    /// or <see cref="long.MinValue"/>.
    /// </summary>
    public long HighestSeq(string device) => _devices.TryGetValue(device, out Mark mark) ? mark.Seq : long.MinValue;

    /// <summary>Records that <paramref name="device"/>'s events up to <paramref name="seq"/> are delivered, as of <paramref name="offset"/>.</summary>
    public void Advance(string device, long seq, long offset)
    {
        _devices[device] = new Mark(seq, offset);
        PruneIfFull(offset);
    }

    /// <summary>True when <paramref name="session"/> is new (and remembers it); false for a repeat.</summary>
    public bool TryAdd(SessionSummary session, long offset)
    {
        if (_sessions.ContainsKey(session.SessionId))
        {
            return false;
        }

        _sessions[session.SessionId] = offset;
        IReadOnlyList<string> merged = session.MergedFrom;
        for (int i = 0; i < merged.Count; i++)
        {
            _sessions[merged[i]] = offset;
        }

        PruneIfFull(offset);
        return true;
    }

    /// <summary>True when <paramref name="idle"/> is new (and remembers it); false for a repeat.</summary>
    public bool TryAdd(IdlePeriod idle, long offset)
    {
        if (!_idle.TryAdd((idle.Subject, idle.SessionId, idle.StartMicros), offset))
        {
            return false;
        }

        PruneIfFull(offset);
        return true;
    }

    /// <summary>
    /// Reads the marks back from the partition's committed files whose offsets reach into the horizon below
    /// <paramref name="nextOffset"/>. Erased rows are gone from the files, so their ids are not restored: erasure
    /// never keeps a person's pseudonyms alive here, and retention's deleted files simply contribute nothing.
    /// </summary>
    public void Load(DuckDBConnection duck, LakeTable table, IReadOnlyList<string> files, long nextOffset)
    {
        if (files.Count == 0)
        {
            return;
        }

        long from = nextOffset - _horizon;
        var list = new StringBuilder("[");
        foreach (string file in files)
        {
            list.Append(list.Length > 1 ? ", " : string.Empty).Append(LakeCatalog.Literal(file));
        }

        string source = $"read_parquet({list}], union_by_name = true) WHERE source_offset >= {from.ToString(CultureInfo.InvariantCulture)}";
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = table switch
        {
            LakeTable.Events => $"SELECT device, max(seq), max(source_offset) FROM {source} GROUP BY device",
            LakeTable.Sessions => $"SELECT session_id, merged_from, source_offset FROM {source}",
            LakeTable.IdlePeriods => $"SELECT subject, session_id, epoch_us(start_time), source_offset FROM {source}",
            LakeTable.Actions => $"SELECT device, max(seq_first), max(source_offset) FROM {source} GROUP BY device",
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            switch (table)
            {
                case LakeTable.Events or LakeTable.Actions:
                    _devices[reader.GetString(0)] = new Mark(reader.GetInt64(1), reader.GetInt64(2));
                    break;
                case LakeTable.Sessions:
                    long offset = reader.GetInt64(2);
                    _sessions[reader.GetString(0)] = offset;
                    if (!reader.IsDBNull(1))
                    {
                        foreach (string merged in reader.GetFieldValue<List<string>>(1))
                        {
                            _sessions[merged] = offset;
                        }
                    }

                    break;
                default:
                    _idle[(reader.GetString(0), reader.GetString(1), reader.GetInt64(2))] = reader.GetInt64(3);
                    break;
            }
        }

        PruneIfFull(nextOffset - 1);
    }

    private void PruneIfFull(long offset)
    {
        if (Count <= _pruneAbove)
        {
            return;
        }

        long oldest = offset - _horizon;
        RemoveOlder(_devices, oldest);
        RemoveOlder(_sessions, oldest);
        RemoveOlder(_idle, oldest);

        // Ids still inside the horizon stay however many there are (dropping them would let repeats through); the next
        // prune waits until the count doubles, so pruning stays amortised O(1) per id.
        _pruneAbove = Math.Max(_maxIds, 2 * Count);
    }

    private static void RemoveOlder<TKey>(Dictionary<TKey, long> entries, long oldest)
        where TKey : notnull
    {
        foreach ((TKey key, long seen) in entries)
        {
            if (seen < oldest)
            {
                entries.Remove(key); // removing the current entry while enumerating is allowed since .NET Core 3.0
            }
        }
    }

    private static void RemoveOlder(Dictionary<string, Mark> entries, long oldest)
    {
        foreach ((string key, Mark mark) in entries)
        {
            if (mark.Offset < oldest)
            {
                entries.Remove(key);
            }
        }
    }

    private readonly record struct Mark(long Seq, long Offset);
}
