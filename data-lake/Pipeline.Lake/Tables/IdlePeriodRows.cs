using ParquetSharp;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tables;

/// <summary>Buffered rows of the <c>idle_periods</c> table, partitioned by the period's start time.</summary>
internal sealed class IdlePeriodRows : TableRows
{
    private static readonly Column[] s_columns =
    [
        new Column<string>("subject"),
        new Column<string>("session_id"),
        Timestamp("start_time"),
        Timestamp("end_time"),
        new Column<string>("reason"),
        new Column<int>("key_version"),
        new Column<int>("source_partition"),
        new Column<long>("source_offset"),
    ];

    private string[] _subject;
    private string[] _sessionId;
    private long[] _startMicros;
    private DateTime[] _start;
    private DateTime[] _end;
    private string[] _reason;
    private int[] _keyVersion;
    private int[] _sourcePartition;
    private long[] _sourceOffset;

    public IdlePeriodRows(int initialCapacity = 256)
        : base(initialCapacity)
    {
        _subject = new string[initialCapacity];
        _sessionId = new string[initialCapacity];
        _startMicros = new long[initialCapacity];
        _start = new DateTime[initialCapacity];
        _end = new DateTime[initialCapacity];
        _reason = new string[initialCapacity];
        _keyVersion = new int[initialCapacity];
        _sourcePartition = new int[initialCapacity];
        _sourceOffset = new long[initialCapacity];
    }

    public override LakeTable Table => LakeTable.IdlePeriods;

    public override Column[] Columns => s_columns;

    public override long PartitionTimeMicros(int row) => _startMicros[row];

    public void Add(IdlePeriod p, int partition, long offset)
    {
        int i = NextRow();
        _subject[i] = p.Subject;
        _sessionId[i] = p.SessionId;
        _startMicros[i] = p.StartMicros;
        _start[i] = ToDateTime(p.StartMicros);
        _end[i] = ToDateTime(p.EndMicros);
        _reason[i] = LakeEnumNames.IdleReason(p.Reason);
        _keyVersion[i] = p.KeyVersion;
        _sourcePartition[i] = partition;
        _sourceOffset[i] = offset;
    }

    public override void WriteColumns(RowGroupWriter rowGroup, int start, int length)
    {
        Write(rowGroup, _subject, start, length);
        Write(rowGroup, _sessionId, start, length);
        Write(rowGroup, _start, start, length);
        Write(rowGroup, _end, start, length);
        Write(rowGroup, _reason, start, length);
        Write(rowGroup, _keyVersion, start, length);
        Write(rowGroup, _sourcePartition, start, length);
        Write(rowGroup, _sourceOffset, start, length);
    }

    protected override void Grow(int capacity)
    {
        Array.Resize(ref _subject, capacity);
        Array.Resize(ref _sessionId, capacity);
        Array.Resize(ref _startMicros, capacity);
        Array.Resize(ref _start, capacity);
        Array.Resize(ref _end, capacity);
        Array.Resize(ref _reason, capacity);
        Array.Resize(ref _keyVersion, capacity);
        Array.Resize(ref _sourcePartition, capacity);
        Array.Resize(ref _sourceOffset, capacity);
    }
}
