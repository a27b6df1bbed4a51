using System.Globalization;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Storage;

/// <summary>
/// Where things live in a lake: <c>&lt;root&gt;/&lt;table&gt;/date=YYYY-MM-DD/hour=HH/*.parquet</c> for data, and
/// <c>&lt;root&gt;/_lake/</c> for the sink's and governance's own bookkeeping, which readers never glob.
/// </summary>
public sealed class LakeLayout
{
    /// <summary>The data tables plus the audit table, in a fixed order: what the catalogue, stats, retention and exports enumerate.</summary>
    public static readonly IReadOnlyList<LakeTable> AllTables = [LakeTable.Events, LakeTable.Sessions, LakeTable.IdlePeriods, LakeTable.Actions, LakeTable.Audit];

    /// <summary>
    /// The tables the sink writes from Kafka (file names carry offsets) and that hold rows about people (a
    /// <c>subject</c> column): every table but the audit. What recovery and erasure enumerate.
    /// </summary>
    public static readonly IReadOnlyList<LakeTable> DataTables = [LakeTable.Events, LakeTable.Sessions, LakeTable.IdlePeriods, LakeTable.Actions];

    public LakeLayout(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
    }

    /// <summary>The lake's root directory, absolute.</summary>
    public string Root { get; }

    /// <summary>Bookkeeping: erasure journals and the offsets of files that retention removed.</summary>
    public string ControlDirectory => Path.Combine(Root, "_lake");

    /// <summary>The folder name of a table, which is also its view name in DuckDB.</summary>
    public static string TableName(LakeTable table) => table switch
    {
        LakeTable.Events => "events",
        LakeTable.Sessions => "sessions",
        LakeTable.IdlePeriods => "idle_periods",
        LakeTable.Actions => "actions",
        LakeTable.Audit => "audit",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    /// <summary>The folder of a table.</summary>
    public string TableDirectory(LakeTable table) => Path.Combine(Root, TableName(table));

    /// <summary>The Hive partition folder of the UTC hour that <paramref name="timeMicros"/> falls in.</summary>
    public string PartitionDirectory(LakeTable table, long timeMicros)
    {
        DateTime t = DateTime.UnixEpoch.AddTicks(HourStart(timeMicros) * 10);
        return Path.Combine(TableDirectory(table),
            string.Create(CultureInfo.InvariantCulture, $"date={t:yyyy-MM-dd}"),
            string.Create(CultureInfo.InvariantCulture, $"hour={t:HH}"));
    }

    /// <summary>The glob DuckDB reads a table with.</summary>
    public string Glob(LakeTable table) => Path.Combine(TableDirectory(table), "**", "*" + LakeFileName.Extension);

    /// <summary>Start of the UTC hour containing <paramref name="timeMicros"/>, in microseconds (floor, also before 1970).</summary>
    public static long HourStart(long timeMicros) => timeMicros - (((timeMicros % MicrosPerHour) + MicrosPerHour) % MicrosPerHour);

    /// <summary>Microseconds in an hour, the partition granularity.</summary>
    public const long MicrosPerHour = 3_600_000_000L;

    /// <summary>Parses <c>date=YYYY-MM-DD/hour=HH</c> folder names back into the hour's start, UTC.</summary>
    public static bool TryParsePartition(string dateDirectoryName, string hourDirectoryName, out DateTimeOffset hourStart)
    {
        hourStart = default;
        if (!dateDirectoryName.StartsWith("date=", StringComparison.Ordinal) || !hourDirectoryName.StartsWith("hour=", StringComparison.Ordinal))
        {
            return false;
        }

        if (!DateTime.TryParseExact(dateDirectoryName.AsSpan(5), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime date)
            || !int.TryParse(hourDirectoryName.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out int hour) || hour > 23)
        {
            return false;
        }

        hourStart = new DateTimeOffset(date.Date.AddHours(hour), TimeSpan.Zero);
        return true;
    }

    /// <summary>Every partition folder of a table that exists, with its hour.</summary>
    public IEnumerable<(string Directory, DateTimeOffset HourStart)> Partitions(LakeTable table)
    {
        string tableDirectory = TableDirectory(table);
        if (!Directory.Exists(tableDirectory))
        {
            yield break;
        }

        foreach (string dateDirectory in Directory.EnumerateDirectories(tableDirectory, "date=*"))
        {
            foreach (string hourDirectory in Directory.EnumerateDirectories(dateDirectory, "hour=*"))
            {
                if (TryParsePartition(Path.GetFileName(dateDirectory), Path.GetFileName(hourDirectory), out DateTimeOffset hour))
                {
                    yield return (hourDirectory, hour);
                }
            }
        }
    }
}
