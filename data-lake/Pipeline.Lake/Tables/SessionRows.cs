using ParquetSharp;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tables;

/// <summary>Buffered rows of the <c>sessions</c> table, partitioned by the session's start time.</summary>
internal sealed class SessionRows : TableRows
{
    private static readonly Column[] s_columns =
    [
        new Column<string>("session_id"),
        new Column<string>("subject"),
        Timestamp("start_time"),
        Timestamp("end_time"),
        new Column<long>("event_count"),
        new Column<double>("active_seconds"),
        new Column<double>("idle_seconds"),
        new Column<int>("key_version"),
        new Column<string[]>("merged_from"),
        new Column<int>("source_partition"),
        new Column<long>("source_offset"),
    ];

    private string[] _sessionId;
    private string[] _subject;
    private long[] _startMicros;
    private DateTime[] _start;
    private DateTime[] _end;
    private long[] _eventCount;
    private double[] _active;
    private double[] _idle;
    private int[] _keyVersion;
    private string[][] _mergedFrom;
    private int[] _sourcePartition;
    private long[] _sourceOffset;

    public SessionRows(int initialCapacity = 256)
        : base(initialCapacity)
    {
        _sessionId = new string[initialCapacity];
        _subject = new string[initialCapacity];
        _startMicros = new long[initialCapacity];
        _start = new DateTime[initialCapacity];
        _end = new DateTime[initialCapacity];
        _eventCount = new long[initialCapacity];
        _active = new double[initialCapacity];
        _idle = new double[initialCapacity];
        _keyVersion = new int[initialCapacity];
        _mergedFrom = new string[initialCapacity][];
        _sourcePartition = new int[initialCapacity];
        _sourceOffset = new long[initialCapacity];
    }

    public override LakeTable Table => LakeTable.Sessions;

    public override Column[] Columns => s_columns;

    public override long PartitionTimeMicros(int row) => _startMicros[row];

    public void Add(SessionSummary s, int partition, long offset)
    {
        int i = NextRow();
        _sessionId[i] = s.SessionId;
        _subject[i] = s.Subject;
        _startMicros[i] = s.StartMicros;
        _start[i] = ToDateTime(s.StartMicros);
        _end[i] = ToDateTime(s.EndMicros);
        _eventCount[i] = s.EventCount;
        _active[i] = s.ActiveSeconds;
        _idle[i] = s.IdleSeconds;
        _keyVersion[i] = s.KeyVersion;
        _mergedFrom[i] = s.MergedFrom as string[] ?? [.. s.MergedFrom];
        _sourcePartition[i] = partition;
        _sourceOffset[i] = offset;
    }

    public override void WriteColumns(RowGroupWriter rowGroup, int start, int length)
    {
        Write(rowGroup, _sessionId, start, length);
        Write(rowGroup, _subject, start, length);
        Write(rowGroup, _start, start, length);
        Write(rowGroup, _end, start, length);
        Write(rowGroup, _eventCount, start, length);
        Write(rowGroup, _active, start, length);
        Write(rowGroup, _idle, start, length);
        Write(rowGroup, _keyVersion, start, length);
        Write(rowGroup, _mergedFrom, start, length);
        Write(rowGroup, _sourcePartition, start, length);
        Write(rowGroup, _sourceOffset, start, length);
    }

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _sessionId, capacity);
        Array.Resize(ref _subject, capacity);
        Array.Resize(ref _startMicros, capacity);
        Array.Resize(ref _start, capacity);
        Array.Resize(ref _end, capacity);
        Array.Resize(ref _eventCount, capacity);
        Array.Resize(ref _active, capacity);
        Array.Resize(ref _idle, capacity);
        Array.Resize(ref _keyVersion, capacity);
        Array.Resize(ref _mergedFrom, capacity);
        Array.Resize(ref _sourcePartition, capacity);
        Array.Resize(ref _sourceOffset, capacity);
    }
}
