using System.Globalization;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Pipeline.Lake.Query;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Governance;

/// <summary>
/// Drops each table's hour partitions that lie wholly before now minus the table's retention, and records the run in
/// the audit table. Whole hours only: a partition straddling the cut-off stays until it is entirely older, so data
/// lives at most one hour past its retention. Before deleting sink files it records their highest offsets, so a
/// restarted sink never reads those records (and brings the rows back) again.
/// </summary>
public sealed class LakeRetention
{
    private const string Action = "retention";

    private readonly LakeLayout _layout;
    private readonly LakeRetentionOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly LakeParquetSettings _parquet;

    /// <summary>Retention for the lake at <paramref name="lake"/> with per-table <paramref name="options"/>, validated here.</summary>
    public LakeRetention(string lake, LakeRetentionOptions options, ILoggerFactory loggerFactory, TimeProvider time, LakeParquetSettings? parquet = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _layout = new LakeLayout(lake);
        _options = options;
        _logger = loggerFactory.CreateLogger<LakeRetention>();
        _time = time;
        _parquet = parquet ?? new LakeParquetSettings();
    }

    /// <summary>Finishes an interrupted run if there is one, then runs retention now.</summary>
    public RetentionReport Run()
    {
        foreach (GovernanceJournal pending in GovernanceJournal.Pending(_layout, Action))
        {
            Execute(pending);
        }

        DateTimeOffset now = _time.GetUtcNow();
        var journal = new GovernanceJournal
        {
            RequestId = Guid.CreateVersion7(now).ToString("N"),
            Action = Action,
            StartedAt = now,
        };
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        foreach (LakeTable table in LakeLayout.AllTables)
        {
            if (Retention(table) is not { } keep)
            {
                continue;
            }

            foreach ((string directory, DateTimeOffset hour) in _layout.Partitions(table))
            {
                if (hour.AddHours(1) <= now - keep)
                {
                    journal.Entries.Add(new JournalEntry
                    {
                        Table = LakeLayout.TableName(table),
                        Path = Path.GetRelativePath(_layout.Root, directory),
                        Rows = CountRows(duck, directory),
                    });
                }
            }
        }

        return Execute(journal);
    }

    private RetentionReport Execute(GovernanceJournal journal)
    {
        journal.Save(_layout);
        var removedNames = new List<LakeFileName>();
        foreach (JournalEntry entry in journal.Entries)
        {
            string directory = Path.Combine(_layout.Root, entry.Path);
            if (Directory.Exists(directory))
            {
                foreach (string file in Directory.EnumerateFiles(directory))
                {
                    if (LakeFileName.TryParse(Path.GetFileName(file), out LakeFileName name, out bool isTemp) && !isTemp)
                    {
                        removedNames.Add(name);
                    }
                }
            }
        }

        RetainedOffsets.Raise(_layout, removedNames);
        var audit = new List<AuditEntry>();
        foreach (LakeTable table in LakeLayout.AllTables)
        {
            string tableName = LakeLayout.TableName(table);
            long rows = 0;
            int files = 0;
            foreach (JournalEntry entry in journal.Entries)
            {
                if (entry.Table != tableName)
                {
                    continue;
                }

                string directory = Path.Combine(_layout.Root, entry.Path);
                int count = Directory.Exists(directory) ? Directory.GetFiles(directory).Length : 0;
                if (Directory.Exists(directory))
                {
                    Directory.Delete(directory, recursive: true);
                    string dateDirectory = Path.GetDirectoryName(directory)!;
                    if (!Directory.EnumerateFileSystemEntries(dateDirectory).Any())
                    {
                        Directory.Delete(dateDirectory);
                    }

                    DurableFiles.SyncDirectory(Path.GetDirectoryName(dateDirectory)!);
                }

                LakeLog.RetentionDropped(_logger, tableName, entry.Path, count);
                rows += entry.Rows;
                files += count;
            }

            TimeSpan? keep = Retention(table);
            audit.Add(new AuditEntry(journal.StartedAt, journal.RequestId, Action, [], tableName, rows > 0 || files > 0 ? "removed" : "nothing_found", rows, files,
                keep is { } k
                    ? string.Create(CultureInfo.InvariantCulture, $"hour partitions wholly older than {k.TotalDays:0.##} days before {journal.StartedAt:yyyy-MM-ddTHH:mm:ssZ}")
                    : "kept forever (no retention configured)"));
        }

        string auditFile = AuditWriter.Append(_layout, journal.RequestId, journal.StartedAt, audit, _parquet);
        journal.Complete(_layout);
        return new RetentionReport(journal.RequestId, audit, auditFile);
    }

    private TimeSpan? Retention(LakeTable table) => table switch
    {
        LakeTable.Events => _options.Events,
        LakeTable.Sessions => _options.Sessions,
        LakeTable.IdlePeriods => _options.IdlePeriods,
        LakeTable.Actions => _options.Actions,
        LakeTable.Audit => _options.Audit,
        _ => null,
    };

    private static long CountRows(DuckDBConnection duck, string directory)
    {
        if (!Directory.EnumerateFiles(directory, "*" + LakeFileName.Extension).Any())
        {
            return 0;
        }

        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT CAST(coalesce(sum(num_rows), 0) AS BIGINT) FROM parquet_file_metadata({LakeCatalog.Literal(Path.Combine(directory, "*" + LakeFileName.Extension))})";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
