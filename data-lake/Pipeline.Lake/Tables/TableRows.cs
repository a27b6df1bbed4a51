using ParquetSharp;
using ParquetSharp.Schema;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Rows of one table buffered column by column (structure of arrays), so appending a row copies a few values
/// into arrays that are reused after every flush, and writing a file hands each column to Parquet in one call.
/// </summary>
internal abstract class TableRows
{
    /// <summary>
    /// Rows whose arrays a cleared buffer keeps for reuse: 64 Ki event rows are about 10 MB. A buffer that once held a
    /// large file set (up to <c>MaxRowsPerFile</c>, 1 Mi rows, about 150 MB) gives the rest back when it is cleared
    /// instead of keeping it, per partition and hour, for the life of the process (the large object heap held most
    /// of the bench's managed memory, docs/benchmarks.md, Memory). One that needs more again grows by doubling: a
    /// few array copies per large file set.
    /// </summary>
    internal const int MaxRetainedRows = 64 * 1024;

    private readonly Utf8ColumnWriter _strings = new();
    private int _capacity;

    protected TableRows(int initialCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(initialCapacity);
        _capacity = initialCapacity;
    }

    public abstract LakeTable Table { get; }

    /// <summary>The Parquet schema's top-level columns, in the order <see cref="WriteColumns"/> writes them.</summary>
    public abstract Column[] Columns { get; }

    /// <summary>
    /// The file's schema (the caller disposes it): <see cref="Columns"/> as they are, unless a table has a nested column
    /// that <see cref="Column"/> cannot describe (a list of structs) and builds its own.
    /// </summary>
    public virtual GroupNode CreateSchema() => (GroupNode)Column.CreateSchemaNode(Columns);

    public int Count { get; private set; }

    /// <summary>
    /// Integer columns that rise steadily (times, sequence numbers, offsets): delta-encoded instead of dictionary,
    /// where a dictionary would hold nearly every value once and then fall back to plain encoding anyway.
    /// </summary>
    public virtual IReadOnlyList<string> DeltaColumns => [];

    /// <summary>Event (or start) time of each row, UTC microseconds: what the row is partitioned by.</summary>
    public abstract long PartitionTimeMicros(int row);

    /// <summary>Writes rows [start, start + length) into the row group, one column after another.</summary>
    public abstract void WriteColumns(RowGroupWriter rowGroup, int start, int length);

    /// <summary>Rows the column arrays hold without growing.</summary>
    internal int Capacity => _capacity;

    /// <summary>Empties the rows, keeping the column arrays for reuse up to <see cref="MaxRetainedRows"/>.</summary>
    public void Clear()
    {
        Count = 0;
        if (_capacity > MaxRetainedRows)
        {
            _capacity = MaxRetainedRows;
            Grow(_capacity);
        }
    }

    /// <summary>Reserves the next row index, growing every column array when full.</summary>
    protected int NextRow()
    {
        if (Count == _capacity)
        {
            _capacity *= 2;
            Grow(_capacity);
        }

        return Count++;
    }

    /// <summary>Resizes every column array to <paramref name="capacity"/>.</summary>
    protected abstract void Grow(int capacity);

    /// <summary>Writes a string column from UTF-8 bytes kept per distinct string (<see cref="Utf8ColumnWriter"/>): no garbage per row.</summary>
    protected void Write(RowGroupWriter rowGroup, string?[] values, int start, int length) => _strings.Write(rowGroup, values, start, length);

    protected static void Write<T>(RowGroupWriter rowGroup, T[] values, int start, int length)
    {
        using ColumnWriter column = rowGroup.NextColumn();
        using LogicalColumnWriter<T> writer = column.LogicalWriter<T>();
        writer.WriteBatch(values, start, length);
    }

    /// <summary>A UTC timestamp column in microseconds, marked isAdjustedToUTC so readers know it is an instant.</summary>
    protected static Column Timestamp(string name) => new(typeof(DateTime), name, LogicalType.Timestamp(isAdjustedToUtc: true, TimeUnit.Micros));

    protected static DateTime ToDateTime(long micros) => new(DateTime.UnixEpoch.Ticks + (micros * 10), DateTimeKind.Utc);
}
