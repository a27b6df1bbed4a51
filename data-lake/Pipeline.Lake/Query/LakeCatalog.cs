using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Query;

/// <summary>
/// The lake through embedded DuckDB: each table is a view over
/// <c>read_parquet('&lt;lake&gt;/&lt;table&gt;/**/*.parquet', hive_partitioning = true, union_by_name = true)</c>, so files
/// written before a column was added read side by side with newer ones (the missing column is NULL). The session
/// time zone is UTC, so <c>TIMESTAMP WITH TIME ZONE</c> columns print and compare as UTC.
/// </summary>
public sealed class LakeCatalog : IDisposable
{
    /// <summary>
    /// The Hive partition columns' types: without them DuckDB reads <c>hour=09</c> as the text '09'.
    /// </summary>
    public const string HiveTypes = "hive_types = {'date': DATE, 'hour': INTEGER}";

    /// <summary>Rows the table format prints before it stops and says how many more there are.</summary>
    public const int MaxTableRows = 1000;

    private readonly DuckDBConnection _connection;

    /// <summary>Opens an in-memory DuckDB with the lake's tables registered as views.</summary>
    public LakeCatalog(string lake)
    {
        Layout = new LakeLayout(lake);
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute("SET TimeZone = 'UTC'");
        foreach (LakeTable table in LakeLayout.AllTables)
        {
            Execute($"CREATE OR REPLACE VIEW {LakeLayout.TableName(table)} AS {ViewSql(Layout, table)}");
        }
    }

    /// <summary>The lake the views read.</summary>
    public LakeLayout Layout { get; }

    /// <summary>The open DuckDB connection, for callers that want typed access.</summary>
    public DuckDBConnection Connection => _connection;

    /// <summary>
    /// The SELECT a table's view is defined as: <c>read_parquet</c> over its files, or an empty relation with the
    /// table's columns while it has none (DuckDB refuses a glob that matches nothing).
    /// </summary>
    public static string ViewSql(LakeLayout layout, LakeTable table)
    {
        ArgumentNullException.ThrowIfNull(layout);
        if (HasFiles(layout, table))
        {
            return $"SELECT * FROM read_parquet({Literal(layout.Glob(table))}, hive_partitioning = true, union_by_name = true, {HiveTypes})";
        }

        var sql = new StringBuilder("SELECT ");
        IReadOnlyList<(string Name, string DuckDbType)> columns = LakeSchema.Columns(table);
        for (int i = 0; i < columns.Count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"NULL::{columns[i].DuckDbType} AS {columns[i].Name}");
        }

        return sql.Append(", NULL::DATE AS date, NULL::INTEGER AS hour WHERE false").ToString();
    }

    /// <summary>A line of SQL someone can paste into the DuckDB CLI (or Python) to read the events table directly.</summary>
    public static string ReadHint(string lake) =>
        $"SELECT kind, count(*) FROM read_parquet({Literal(new LakeLayout(lake).Glob(LakeTable.Events))}, hive_partitioning = true, union_by_name = true, {HiveTypes}) GROUP BY kind ORDER BY 2 DESC;";

    /// <summary>Runs <paramref name="sql"/> and prints the result to <paramref name="output"/>; returns the number of rows.</summary>
    public long Query(string sql, TextWriter output, LakeOutputFormat format = LakeOutputFormat.Table)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        ArgumentNullException.ThrowIfNull(output);
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        return format switch
        {
            LakeOutputFormat.Csv => QueryResultWriter.WriteCsv(reader, output),
            LakeOutputFormat.Json => QueryResultWriter.WriteJson(reader, output),
            _ => QueryResultWriter.WriteTable(reader, output, MaxTableRows),
        };
    }

    /// <summary>Runs a scalar query (tests, summaries).</summary>
    public T? Scalar<T>(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>Rows, files, bytes and time range per table and partition, plus a "*" total per table.</summary>
    public IReadOnlyList<LakeTableStats> Stats()
    {
        var stats = new List<LakeTableStats>();
        foreach (LakeTable table in LakeLayout.AllTables)
        {
            string name = LakeLayout.TableName(table);
            var perPartition = new SortedDictionary<string, (long Rows, DateTimeOffset? Min, DateTimeOffset? Max)>(StringComparer.Ordinal);
            if (HasFiles(Layout, table))
            {
                string time = LakeSchema.TimeColumn(table);
                using DuckDBCommand command = _connection.CreateCommand();
                command.CommandText = $"SELECT strftime(date, '%Y-%m-%d'), CAST(hour AS BIGINT), count(*), min({time}), max({time}) FROM {name} GROUP BY ALL";
                using DbDataReader reader = command.ExecuteReader();
                while (reader.Read())
                {
                    string partition = string.Create(CultureInfo.InvariantCulture, $"date={reader.GetString(0)}/hour={reader.GetInt64(1):00}");
                    perPartition[partition] = (reader.GetInt64(2), AsUtc(reader.GetValue(3)), AsUtc(reader.GetValue(4)));
                }
            }

            long totalRows = 0, totalBytes = 0;
            int totalFiles = 0;
            DateTimeOffset? min = null, max = null;
            foreach ((string directory, DateTimeOffset hour) in Layout.Partitions(table).OrderBy(p => p.HourStart))
            {
                string partition = string.Create(CultureInfo.InvariantCulture, $"date={hour:yyyy-MM-dd}/hour={hour:HH}");
                int files = 0;
                long bytes = 0;
                foreach (string file in Directory.EnumerateFiles(directory, "*" + LakeFileName.Extension))
                {
                    files++;
                    bytes += new FileInfo(file).Length;
                }

                perPartition.TryGetValue(partition, out (long Rows, DateTimeOffset? Min, DateTimeOffset? Max) p);
                stats.Add(new LakeTableStats(name, partition, p.Rows, files, bytes, p.Min, p.Max));
                totalRows += p.Rows;
                totalFiles += files;
                totalBytes += bytes;
                min = p.Min is { } pMin && (min is null || pMin < min) ? pMin : min;
                max = p.Max is { } pMax && (max is null || pMax > max) ? pMax : max;
            }

            stats.Add(new LakeTableStats(name, "*", totalRows, totalFiles, totalBytes, min, max));
        }

        return stats;
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>Whether a table has at least one committed file (a glob matching nothing is an error in DuckDB).</summary>
    public static bool HasFiles(LakeLayout layout, LakeTable table)
    {
        ArgumentNullException.ThrowIfNull(layout);
        string directory = layout.TableDirectory(table);
        return Directory.Exists(directory)
            && Directory.EnumerateFiles(directory, "*" + LakeFileName.Extension, SearchOption.AllDirectories).Any();
    }

    /// <summary>A SQL string literal.</summary>
    public static string Literal(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    internal void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DateTimeOffset? AsUtc(object value) => value switch
    {
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        _ => null,
    };

    internal static string JsonString(string value) => JsonSerializer.Serialize(value);
}
