using System.Globalization;
using DuckDB.NET.Data;

namespace Pipeline.Lake.Tests;

/// <summary>DuckDB as the independent reader of what the lake wrote.</summary>
internal sealed class DuckDb : IDisposable
{
    private readonly DuckDBConnection _connection = new("DataSource=:memory:");

    public DuckDb()
    {
        _connection.Open();
        Rows("SET TimeZone = 'UTC'");
    }

    public static string Glob(string lake, string table) => $"'{Path.Combine(lake, table)}/**/*.parquet'";

    public static string Scan(string lake, string table) => $"read_parquet({Glob(lake, table)}, hive_partitioning = true, union_by_name = true)";

    public long Long(string sql) => Convert.ToInt64(Scalar(sql), CultureInfo.InvariantCulture);

    public object? Scalar(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public List<object?[]> Rows(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    /// <summary>(column name, DuckDB type) as DESCRIBE reports them.</summary>
    public List<(string Name, string Type)> Describe(string relation) =>
        Rows($"DESCRIBE SELECT * FROM {relation}").ConvertAll(r => ((string)r[0]!, (string)r[1]!));

    public void Dispose() => _connection.Dispose();
}
