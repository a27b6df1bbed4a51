using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Sink;

/// <summary>
/// The rows read from one topic-partition since its last commit, split by UTC hour, with the offset range they
/// came from. Nothing is open on disk while rows wait here: a commit writes and closes every file at once, so the
/// number of open files never grows with the number of partitions or hours.
/// </summary>
internal sealed class PartitionBuffer
{
    private readonly Dictionary<long, TableRows> _hours = [];
    private readonly Stack<TableRows> _spare = new();
    private long _lastHour = long.MinValue;
    private TableRows? _lastRows;

    public PartitionBuffer(string topic, int partition, LakeTable table, ReplayFilter? replays = null)
    {
        Topic = topic;
        Partition = partition;
        Table = table;
        Replays = replays ?? new ReplayFilter(LakeSinkOptions.DefaultReplayHorizonRecords, LakeSinkOptions.DefaultMaxReplayIds);
    }

    public string Topic { get; }

    public int Partition { get; }

    public LakeTable Table { get; }

    /// <summary>What this partition has delivered (written or buffered), to drop what a processor repeats.</summary>
    public ReplayFilter Replays { get; }

    /// <summary>First offset since the last commit, or -1 when nothing was read since.</summary>
    public long FirstOffset { get; private set; } = -1;

    public long LastOffset { get; private set; } = -1;

    /// <summary>Rows buffered in all hours.</summary>
    public int Rows { get; private set; }

    public int Hours => _hours.Count;

    /// <summary>When (TimeProvider timestamp) the first record since the last commit was read.</summary>
    public long OpenedAt { get; private set; }

    public bool IsEmpty => FirstOffset < 0;

    /// <summary>The name every file of this set gets.</summary>
    public LakeFileName FileName => new(Topic, Partition, FirstOffset, LastOffset);

    public IEnumerable<KeyValuePair<long, TableRows>> HourRows => _hours;

    /// <summary>Records that the record at <paramref name="offset"/> was read (even if it produced no rows).</summary>
    public void NoteOffset(long offset, long now)
    {
        if (FirstOffset < 0)
        {
            FirstOffset = offset;
            OpenedAt = now;
        }

        LastOffset = offset;
    }

    /// <summary>The rows of the hour containing <paramref name="timeMicros"/>; consecutive rows usually share one, so that is cached.</summary>
    public TableRows RowsFor(long timeMicros)
    {
        long hour = LakeLayout.HourStart(timeMicros);
        if (hour == _lastHour)
        {
            return _lastRows!;
        }

        if (!_hours.TryGetValue(hour, out TableRows? rows))
        {
            rows = _spare.Count > 0 ? _spare.Pop() : Create(Table);
            _hours.Add(hour, rows);
        }

        _lastHour = hour;
        _lastRows = rows;
        return rows;
    }

    /// <summary>
    /// Appends the events of a clean batch read at <paramref name="offset"/> except those its device already delivered
    /// (sequence number at or below the device's mark); returns how many were dropped as repeats. One mark lookup per
    /// batch, one comparison per event, no allocation.
    /// </summary>
    public int AppendEvents(EventBatch batch, long offset)
    {
        Span<InteractionEvent> events = batch.Events;
        long highest = Replays.HighestSeq(batch.Device);
        int dropped = 0;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly InteractionEvent e = ref events[i];
            if (e.Seq <= highest)
            {
                dropped++;
                continue;
            }

            highest = e.Seq;
            ((EventRows)RowsFor(e.TimeMicros)).Add(batch, in e, Partition, offset);
        }

        if (dropped < events.Length)
        {
            Replays.Advance(batch.Device, highest, offset);
        }

        Rows += events.Length - dropped;
        return dropped;
    }

    /// <summary>Appends a session summary unless it is a repeat; returns whether it was appended.</summary>
    public bool Append(SessionSummary session, long offset)
    {
        if (!Replays.TryAdd(session, offset))
        {
            return false;
        }

        ((SessionRows)RowsFor(session.StartMicros)).Add(session, Partition, offset);
        Rows++;
        return true;
    }

    /// <summary>Appends an idle period unless it is a repeat; returns whether it was appended.</summary>
    public bool Append(IdlePeriod idle, long offset)
    {
        if (!Replays.TryAdd(idle, offset))
        {
            return false;
        }

        ((IdlePeriodRows)RowsFor(idle.StartMicros)).Add(idle, Partition, offset);
        Rows++;
        return true;
    }

    /// <summary>
    /// Appends the actions of a batch read at <paramref name="offset"/> except those already delivered (see
    /// <see cref="ReplayFilter"/>: a device's actions arrive in the order they started, so one whose first sequence
    /// number is at or below the device's mark is a repeat); returns how many were dropped as repeats.
    /// </summary>
    public int AppendActions(ActionBatch batch, long offset)
    {
        List<InteractionAction> actions = batch.Actions;
        int dropped = 0;
        string? device = null;
        long highest = long.MinValue;
        for (int i = 0; i < actions.Count; i++)
        {
            InteractionAction a = actions[i];
            if (!string.Equals(a.Device, device, StringComparison.Ordinal))
            {
                if (device is not null)
                {
                    Replays.Advance(device, highest, offset);
                }

                device = a.Device;
                highest = Replays.HighestSeq(device);
            }

            if (a.SeqFirst <= highest)
            {
                dropped++;
                continue;
            }

            highest = a.SeqFirst;
            ((ActionRows)RowsFor(a.StartMicros)).Add(batch, a, Partition, offset);
        }

        if (device is not null)
        {
            Replays.Advance(device, highest, offset);
        }

        Rows += actions.Count - dropped;
        return dropped;
    }

    /// <summary>Counts rows appended through <see cref="RowsFor"/>.</summary>
    public void Added(int rows) => Rows += rows;

    /// <summary>Empties the buffer after a commit (or a revoke), keeping the row arrays for reuse.</summary>
    public void Reset()
    {
        foreach (TableRows rows in _hours.Values)
        {
            rows.Clear();
            _spare.Push(rows);
        }

        _hours.Clear();
        _lastHour = long.MinValue;
        _lastRows = null;
        FirstOffset = -1;
        LastOffset = -1;
        Rows = 0;
    }

    private static TableRows Create(LakeTable table) => table switch
    {
        LakeTable.Events => new EventRows(),
        LakeTable.Sessions => new SessionRows(),
        LakeTable.IdlePeriods => new IdlePeriodRows(),
        LakeTable.Actions => new ActionRows(),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };
}
