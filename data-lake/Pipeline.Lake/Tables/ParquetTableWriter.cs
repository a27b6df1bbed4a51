using ParquetSharp;
using ParquetSharp.Schema;

namespace Pipeline.Lake.Tables;

/// <summary>
/// Writes buffered rows as one Parquet file: zstd, dictionary encoding, row groups of
/// <see cref="LakeParquetSettings.RowGroupRows"/>. ParquetSharp (Arrow's C++ writer) was measured about twice as
/// fast as Parquet.Net on our rows with smaller files; docs/benchmarks.md "Lake" has the figures.
/// </summary>
internal static class ParquetTableWriter
{
    /// <summary>Writes rows [start, start + length) to <paramref name="stream"/>, which stays open for the caller to flush.</summary>
    public static void Write(TableRows rows, int start, int length, Stream stream, LakeParquetSettings settings, IReadOnlyDictionary<string, string>? metadata = null)
    {
        using WriterPropertiesBuilder builder = new WriterPropertiesBuilder()
            .Compression(Compression.Zstd)
            .CompressionLevel(settings.CompressionLevel)
            .EnableDictionary()
            .MaxRowGroupLength(settings.RowGroupRows)
            .CreatedBy("pipeline lake sink");
        foreach (string column in rows.DeltaColumns)
        {
            builder.DisableDictionary(column).Encoding(column, Encoding.DeltaBinaryPacked);
        }

        using WriterProperties properties = builder.Build();
        using GroupNode schema = rows.CreateSchema();
        using var writer = new ParquetFileWriter(stream, schema, properties, metadata, leaveOpen: true);
        int end = start + length;
        int at = start;
        do
        {
            int n = Math.Min(settings.RowGroupRows, end - at);
            using RowGroupWriter rowGroup = writer.AppendRowGroup();
            rows.WriteColumns(rowGroup, at, n);
            at += n;
        }
        while (at < end);

        writer.Close();
    }
}
