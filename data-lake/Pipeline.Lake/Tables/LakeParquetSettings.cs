namespace Pipeline.Lake.Tables;

/// <summary>How lake files are encoded.</summary>
public sealed record LakeParquetSettings
{
    /// <summary>
    /// Zstd level 3 (zstd's own default): within a few percent of level 9's size on our columns at several times the
    /// speed. Dictionary encoding already removes most of the redundancy in subject, device, kind and session columns.
    /// </summary>
    public int CompressionLevel { get; init; } = 3;

    /// <summary>
    /// Rows per row group: 128 Ki, chosen by measurement (docs/benchmarks.md "Lake"). DuckDB parallelises a scan by
    /// row group; with 1 Mi rows an hour file had only two or three and a full scan of a day took 180 ms, with
    /// 128 Ki it took 110 ms, and the files were no larger. Each group is still some 5 MB uncompressed.
    /// </summary>
    public int RowGroupRows { get; init; } = 1 << 17;

    /// <summary>Rejects values that cannot work, with a one-line reason.</summary>
    public void Validate()
    {
        if (CompressionLevel is < 1 or > 22)
        {
            throw new ArgumentException($"Parquet zstd compression level {CompressionLevel} must be 1 to 22");
        }

        if (RowGroupRows is < 1024 or > 64 << 20)
        {
            throw new ArgumentException($"Parquet row group size {RowGroupRows} must be 1024 to 67108864 rows");
        }
    }
}
