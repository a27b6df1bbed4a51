using ParquetSharp;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Tests;

/// <summary><see cref="Utf8ColumnWriter"/>: string columns from cached UTF-8 bytes, read back by DuckDB.</summary>
public sealed class Utf8ColumnWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("utf8-column-").FullName;

    [Fact]
    public void Write_NullsRepeatsDistinctNonAsciiAndLongValuesOverManyBatches_ReadsBackExactly()
    {
        // More rows than one WriteBatch, runs of one instance (as rows of a batch have), equal strings of different
        // instances, nulls, non-ASCII text and a value longer than one chunk of the writer's arena.
        string longTitle = new('é', 70_000);
        var values = new string?[10_000];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (i % 7) switch
            {
                0 => null,
                1 => "subject-" + (i / 100),
                2 => string.Concat("subject-", (i / 100).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                3 => "Grüße, 東京 — naïve",
                4 => i == 4 ? longTitle : "short",
                _ => "session-" + (i % 13),
            };
        }

        var writer = new Utf8ColumnWriter();
        string first = Write(writer, values, "first.parquet");
        // The second file reuses the cached bytes of the first (and a reset in between must not matter).
        string second = Write(writer, values, "second.parquet");
        writer.Reset();
        string third = Write(writer, values, "third.parquet");

        using var duck = new DuckDb();
        foreach (string file in new[] { first, second, third })
        {
            List<object?[]> rows = duck.Rows($"SELECT s FROM read_parquet('{file}') ORDER BY i");
            Assert.Equal(values.Length, rows.Count);
            for (int i = 0; i < values.Length; i++)
            {
                Assert.Equal(values[i], (string?)rows[i][0]);
            }
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(Utf8ColumnWriter writer, string?[] values, string name)
    {
        string path = Path.Combine(_directory, name);
        var order = new int[values.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        using (WriterProperties properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).EnableDictionary().Build())
        using (var file = new ParquetFileWriter(path, [new Column<int>("i"), new Column<string>("s")], properties))
        {
            using (RowGroupWriter rowGroup = file.AppendRowGroup())
            {
                using (LogicalColumnWriter<int> index = rowGroup.NextColumn().LogicalWriter<int>())
                {
                    index.WriteBatch(order);
                }

                writer.Write(rowGroup, values, 0, values.Length);
            }

            file.Close();
        }

        return path;
    }
}
