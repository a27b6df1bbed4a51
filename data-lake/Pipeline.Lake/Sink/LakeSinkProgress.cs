namespace Pipeline.Lake.Sink;

/// <summary>Running totals of a <see cref="LakeSink"/>, safe to read from another thread (a progress view).</summary>
public sealed class LakeSinkProgress
{
    private readonly TimeProvider _time;
    private long _records;
    private long _events;
    private long _sessions;
    private long _idlePeriods;
    private long _actions;
    private long _files;
    private long _bytes;
    private long _buffered;
    private long _duplicates;
    private long _waitingSince;
    private long _lastCommit;

    /// <summary>Creates empty totals; <paramref name="time"/> is the sink's clock, which <see cref="LagSeconds"/> reads.</summary>
    public LakeSinkProgress(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Kafka records read from the four input topics.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Event rows committed to the lake.</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>Session rows committed.</summary>
    public long Sessions => Interlocked.Read(ref _sessions);

    /// <summary>Idle period rows committed.</summary>
    public long IdlePeriods => Interlocked.Read(ref _idlePeriods);

    /// <summary>Action rows committed.</summary>
    public long Actions => Interlocked.Read(ref _actions);

    /// <summary>Parquet files committed.</summary>
    public long Files => Interlocked.Read(ref _files);

    /// <summary>Bytes of committed Parquet files.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Rows read but not yet committed (waiting for a roll).</summary>
    public long BufferedRows => Interlocked.Read(ref _buffered);

    /// <summary>Rows (events, sessions, idle periods, actions) dropped because the lake already had them.</summary>
    public long DuplicatesDropped => Interlocked.Read(ref _duplicates);

    internal void AddDuplicates(long rows) => Interlocked.Add(ref _duplicates, rows);

    internal void AddRecord() => Interlocked.Increment(ref _records);

    /// <summary>
    /// How long rows have been waiting for the lake: 0 with nothing buffered, else the time since the later of the last
    /// commit and the moment rows started waiting. Under steady load it stays near the flush interval; it grows when
    /// commits stop (a full or slow volume), and quiet hours do not raise it.
    /// </summary>
    public double LagSeconds
    {
        get
        {
            if (BufferedRows == 0)
            {
                return 0;
            }

            long since = Math.Max(Interlocked.Read(ref _waitingSince), Interlocked.Read(ref _lastCommit));
            return since == 0 ? 0 : _time.GetElapsedTime(since).TotalSeconds;
        }
    }

    internal void SetBuffered(long rows)
    {
        long before = Interlocked.Exchange(ref _buffered, rows);
        if (before == 0 && rows > 0)
        {
            Interlocked.Exchange(ref _waitingSince, _time.GetTimestamp());
        }
    }

    internal void AddCommitted(Tables.LakeTable table, long rows, int files, long bytes)
    {
        switch (table)
        {
            case Tables.LakeTable.Events:
                Interlocked.Add(ref _events, rows);
                break;
            case Tables.LakeTable.Sessions:
                Interlocked.Add(ref _sessions, rows);
                break;
            case Tables.LakeTable.IdlePeriods:
                Interlocked.Add(ref _idlePeriods, rows);
                break;
            case Tables.LakeTable.Actions:
                Interlocked.Add(ref _actions, rows);
                break;
            default:
                break;
        }

        Interlocked.Add(ref _files, files);
        Interlocked.Add(ref _bytes, bytes);
        Interlocked.Exchange(ref _lastCommit, _time.GetTimestamp());
    }
}
