using BenchmarkDotNet.Attributes;
using Parquet;
using Parquet.Schema;
using ParquetSharp;
using Pipeline.Lake.Tables;

namespace Pipeline.Benchmarks.Lake;

/// <summary>
/// One file of 1 Mi event rows (all 19 columns of <c>events</c>), zstd, dictionary encoding, into memory:
/// ParquetSharp through the lake's own writer against Parquet.Net 6 with <c>CompressionLevel</c> set explicitly
/// (its default, SmallestSize, is some 60 times slower). Bytes per event are printed at the end of each run.
/// </summary>
[MemoryDiagnoser]
public class LakeWriteBenchmarks
{
    private const int Rows = 1 << 20;

    private readonly EventRows _rows = new(Rows);
    private readonly LakeParquetSettings _settings = new();
    private ParquetSchema _netSchema = null!;
    private object[] _netColumns = null!;
    private long _sharpBytes;
    private long _netBytes;

    [GlobalSetup]
    public void Setup()
    {
        long seq = 0;
        LakeBenchmarkData.Fill(_rows, Rows, 10, LakeBenchmarkData.DayStartMicros, ref seq);
        using var stream = new MemoryStream();
        // One row group, so ReadBack sees every row.
        ParquetTableWriter.Write(_rows, 0, _rows.Count, stream, _settings with { RowGroupRows = Rows });
        stream.Position = 0;
        (_netSchema, _netColumns) = ReadBack(stream);
    }

    [Benchmark(Baseline = true)]
    public long ParquetSharpZstd3()
    {
        using var stream = new MemoryStream(16 << 20);
        ParquetTableWriter.Write(_rows, 0, _rows.Count, stream, _settings);
        _sharpBytes = stream.Length;
        return stream.Length;
    }

    [Benchmark]
    public async Task<long> ParquetNetZstdOptimal()
    {
        using var stream = new MemoryStream(16 << 20);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd, CompressionLevel = System.IO.Compression.CompressionLevel.Optimal };
        await using (ParquetWriter writer = await ParquetWriter.CreateAsync(_netSchema, stream, options))
        {
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            DataField[] fields = _netSchema.DataFields;
            for (int i = 0; i < fields.Length; i++)
            {
                switch (_netColumns[i])
                {
                    case string?[] strings:
                        await group.WriteAsync(fields[i], strings!);
                        break;
                    case long[] longs:
                        await group.WriteAsync<long>(fields[i], longs);
                        break;
                    case int[] ints:
                        await group.WriteAsync<int>(fields[i], ints);
                        break;
                    case int?[] nullableInts:
                        await group.WriteAsync<int>(fields[i], nullableInts.AsMemory());
                        break;
                    case DateTime[] times:
                        await group.WriteAsync<DateTime>(fields[i], times);
                        break;
                    default:
                        throw new InvalidOperationException("unexpected column type");
                }
            }
        }

        _netBytes = stream.Length;
        return stream.Length;
    }

    [GlobalCleanup]
    public void Report() =>
        Console.WriteLine($"// bytes per event: ParquetSharp {(double)_sharpBytes / Rows:0.00}, Parquet.Net {(double)_netBytes / Rows:0.00} ({Rows} rows)");

    /// <summary>The same columns as plain arrays for Parquet.Net, read back from the ParquetSharp file.</summary>
    private static (ParquetSchema, object[]) ReadBack(Stream stream)
    {
        using var reader = new ParquetFileReader(stream, leaveOpen: true);
        using RowGroupReader group = reader.RowGroup(0);
        int n = checked((int)group.MetaData.NumRows);
        var fields = new List<Field>();
        var columns = new List<object>();
        for (int c = 0; c < reader.FileMetaData.NumColumns; c++)
        {
            using ParquetSharp.ColumnReader column = group.Column(c);
            string name = column.ColumnDescriptor.Name;
            using LogicalColumnReader logical = column.LogicalReader();
            switch (logical)
            {
                case LogicalColumnReader<string> s:
                    fields.Add(new DataField<string>(name, true));
                    columns.Add(s.ReadAll(n));
                    break;
                case LogicalColumnReader<long> l:
                    fields.Add(new DataField<long>(name));
                    columns.Add(l.ReadAll(n));
                    break;
                case LogicalColumnReader<int> i:
                    fields.Add(new DataField<int>(name));
                    columns.Add(i.ReadAll(n));
                    break;
                case LogicalColumnReader<int?> ni:
                    fields.Add(new DataField<int?>(name));
                    columns.Add(ni.ReadAll(n));
                    break;
                case LogicalColumnReader<DateTime> t:
                    fields.Add(new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros));
                    columns.Add(t.ReadAll(n));
                    break;
                default:
                    throw new InvalidOperationException($"column {name}: unexpected type");
            }
        }

        return (new ParquetSchema(fields), columns.ToArray());
    }
}
