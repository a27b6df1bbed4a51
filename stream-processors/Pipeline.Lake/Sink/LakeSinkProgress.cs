namespace Pipeline.Lake.Sink;

/// <summary>Running totals of a <see cref="LakeSink"/>, safe to read from another thread (a progress view).</summary>
public sealed class LakeSinkProgress
{
    private long _records;
    private long _events;
    private long _sessions;
    private long _idlePeriods;
    private long _files;
    private long _bytes;
    private long _buffered;

    /// <summary>Kafka records read from the three input topics.</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Event rows committed to the lake.</summary>
    public long Events => Interlocked.Read(ref _events);

    /// <summary>Session rows committed.</summary>
    public long Sessions => Interlocked.Read(ref _sessions);

    /// <summary>Idle period rows committed.</summary>
    public long IdlePeriods => Interlocked.Read(ref _idlePeriods);

    /// <summary>Parquet files committed.</summary>
    public long Files => Interlocked.Read(ref _files);

    /// <summary>Bytes of committed Parquet files.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>Rows read but not yet committed (waiting for a roll).</summary>
    public long BufferedRows => Interlocked.Read(ref _buffered);

    internal void AddRecord() => Interlocked.Increment(ref _records);

    internal void SetBuffered(long rows) => Interlocked.Exchange(ref _buffered, rows);

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
            default:
                break;
        }

        Interlocked.Add(ref _files, files);
        Interlocked.Add(ref _bytes, bytes);
    }
}
