using System.Data.Common;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Pipeline.Lake.Query;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Governance;

/// <summary>
/// Removes one person's rows from every table of the lake, by their pseudonyms (one per key version; the caller
/// derives them from the raw id, which never reaches this class or the lake). Each affected file is rewritten
/// without those rows under a temporary name, flushed, and renamed over the original, so readers see either the old
/// file or the new one. A file keeps its name even when no row is left: the name is the sink's record of which
/// offsets the lake holds, and deleting it would make the sink read those offsets, and the person's rows, again.
/// The plan is journaled first; a run killed by SIGKILL is finished by the next run with the same request id.
/// </summary>
public sealed class LakeEraser
{
    private const string Action = "erase";

    private readonly LakeLayout _layout;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly LakeParquetSettings _parquet;

    /// <summary>An eraser for the lake at <paramref name="lake"/>; rewrites use <paramref name="parquet"/> (defaults otherwise).</summary>
    public LakeEraser(string lake, ILoggerFactory loggerFactory, TimeProvider time, LakeParquetSettings? parquet = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(time);
        _layout = new LakeLayout(lake);
        _logger = loggerFactory.CreateLogger<LakeEraser>();
        _time = time;
        _parquet = parquet ?? new LakeParquetSettings();
        _parquet.Validate();
    }

    /// <summary>
    /// A pause after each rewritten file: throttles the I/O of a large erasure on a lake that readers are busy with.
    /// Zero by default.
    /// </summary>
    public TimeSpan PauseBetweenFiles { get; init; }

    /// <summary>Called after each file is rewritten with its table, path (relative to the lake) and the rows removed.</summary>
    public Action<string, string, long>? FileErased { get; init; }

    /// <summary>
    /// Erases the rows of <paramref name="pseudonyms"/> from every table and appends the audit record, which also
    /// lists <paramref name="outside"/> (tombstones, stores that could not be reached). Unfinished erasures of other
    /// people found in the journal are finished first.
    /// </summary>
    public ErasureReport Erase(IReadOnlyCollection<string> pseudonyms, IReadOnlyList<ErasureOutcome> outside)
    {
        ArgumentNullException.ThrowIfNull(outside);
        return Erase(pseudonyms, () => outside);
    }

    /// <summary>
    /// As <see cref="Erase(IReadOnlyCollection{string}, IReadOnlyList{ErasureOutcome})"/>, with the work outside the lake
    /// done by <paramref name="outside"/> after the rows are gone and before the audit record (and the end of the
    /// journal): a run killed before it finishes is finished, outside work included, by the next. With no pseudonyms
    /// (the person's secret is gone: nothing in the lake can be theirs any more), the audit record holds only
    /// <paramref name="outside"/>'s outcomes.
    /// </summary>
    public ErasureReport Erase(IReadOnlyCollection<string> pseudonyms, Func<IReadOnlyList<ErasureOutcome>> outside)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentNullException.ThrowIfNull(outside);
        var wanted = new SortedSet<string>(pseudonyms, StringComparer.Ordinal);
        GovernanceJournal? mine = null;
        foreach (GovernanceJournal pending in GovernanceJournal.Pending(_layout, Action))
        {
            if (mine is null && wanted.Count > 0 && wanted.SetEquals(pending.Pseudonyms))
            {
                mine = pending;
                continue;
            }

            LakeLog.ErasureResumed(_logger, pending.RequestId);
            Run(pending, static () => [], resumed: true);
        }

        bool resumed = mine is not null;
        if (mine is not null)
        {
            LakeLog.ErasureResumed(_logger, mine.RequestId);
        }

        mine ??= new GovernanceJournal
        {
            RequestId = Guid.CreateVersion7(_time.GetUtcNow()).ToString("N"),
            Action = Action,
            StartedAt = _time.GetUtcNow(),
            Pseudonyms = [.. wanted],
        };
        return Run(mine, outside, resumed);
    }

    private ErasureReport Run(GovernanceJournal journal, Func<IReadOnlyList<ErasureOutcome>> outside, bool resumed)
    {
        RemoveLeftovers();
        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        string inList = journal.Pseudonyms.Count > 0 ? InList(journal.Pseudonyms) : "";

        // Plan: every file holding a matching row. Re-planning on resume adds files written since; files already
        // rewritten match nothing now and keep the count recorded when they were planned.
        foreach (LakeTable table in LakeLayout.DataTables)
        {
            if (journal.Pseudonyms.Count == 0 || !LakeCatalog.HasFiles(_layout, table))
            {
                continue;
            }

            string sql = $"SELECT filename, count(*) FROM read_parquet({LakeCatalog.Literal(_layout.Glob(table))}, filename = true, union_by_name = true, hive_partitioning = false) WHERE {LakeSchema.SubjectColumn(table)} IN ({inList}) GROUP BY filename";
            foreach ((string file, long rows) in Read(duck, sql))
            {
                string relative = Path.GetRelativePath(_layout.Root, file);
                if (!journal.Entries.Exists(e => e.Path == relative))
                {
                    journal.Entries.Add(new JournalEntry { Table = LakeLayout.TableName(table), Path = relative, Rows = rows });
                }
            }
        }

        journal.Save(_layout);
        foreach (JournalEntry entry in journal.Entries)
        {
            string path = Path.Combine(_layout.Root, entry.Path);
            if (!File.Exists(path))
            {
                continue; // retention removed it meanwhile: the rows are gone either way
            }

            long left = CountMatching(duck, path, inList);
            if (left == 0)
            {
                continue; // rewritten by the interrupted run
            }

            Rewrite(duck, path, inList);
            LakeLog.ErasedFromFile(_logger, journal.RequestId, entry.Table, entry.Path, left);
            FileErased?.Invoke(entry.Table, entry.Path, left);
            if (PauseBetweenFiles > TimeSpan.Zero)
            {
                Thread.Sleep(PauseBetweenFiles);
            }
        }

        IReadOnlyList<ErasureOutcome> outcomes = outside();
        var audit = new List<AuditEntry>();
        foreach (LakeTable table in LakeLayout.DataTables)
        {
            string name = LakeLayout.TableName(table);
            long rows = 0;
            int files = 0;
            foreach (JournalEntry entry in journal.Entries)
            {
                if (entry.Table == name)
                {
                    rows += entry.Rows;
                    files++;
                }
            }

            string detail = rows > 0 ? "rows removed; affected files rewritten in place, keeping their names"
                : journal.Pseudonyms.Count > 0 ? "no rows of these pseudonyms"
                : "no person secret to derive pseudonyms from: no row can be linked to this person";
            audit.Add(new AuditEntry(journal.StartedAt, journal.RequestId, Action, journal.Pseudonyms, name, rows > 0 ? "removed" : "nothing_found", rows, files, detail));
        }

        foreach (ErasureOutcome outcome in outcomes)
        {
            audit.Add(new AuditEntry(journal.StartedAt, journal.RequestId, Action, journal.Pseudonyms, outcome.Target, outcome.Outcome, 0, 0, outcome.Detail));
        }

        string auditFile = AuditWriter.Append(_layout, journal.RequestId, journal.StartedAt, audit, _parquet);
        journal.Complete(_layout);
        return new ErasureReport(journal.RequestId, resumed, audit, auditFile);
    }

    private static long CountMatching(DuckDBConnection duck, string path, string inList)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM read_parquet({LakeCatalog.Literal(path)}, hive_partitioning = false) WHERE subject IN ({inList})";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Rewrite(DuckDBConnection duck, string path, string inList)
    {
        string temp = RewriteName(path);
        using (DuckDBCommand command = duck.CreateCommand())
        {
            // DuckDB copies every column as it is (including ones newer than this build), zstd and dictionary-encoded.
            command.CommandText =
                $"COPY (SELECT * FROM read_parquet({LakeCatalog.Literal(path)}, hive_partitioning = false) WHERE subject IS NULL OR subject NOT IN ({inList})) " +
                $"TO {LakeCatalog.Literal(temp)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE {_parquet.RowGroupRows})";
            command.ExecuteNonQuery();
        }

        DurableFiles.SetMode(temp, DurableFiles.FileMode);
        using (var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite))
        {
            DurableFiles.Flush(stream);
        }

        DurableFiles.CommitRename(temp, path);
    }

    /// <summary>Temporary files of a rewrite the last run did not finish; the original is intact, so they just go.</summary>
    private void RemoveLeftovers()
    {
        foreach (LakeTable table in LakeLayout.DataTables)
        {
            foreach ((string directory, _) in _layout.Partitions(table))
            {
                foreach (string leftover in Directory.EnumerateFiles(directory, ".*" + RewriteSuffix))
                {
                    DurableFiles.DeleteDurably(leftover);
                }
            }
        }
    }

    private const string RewriteSuffix = ".rewrite";

    private static string RewriteName(string path) => Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + RewriteSuffix);

    private static string InList(IReadOnlyList<string> values)
    {
        var sql = new StringBuilder();
        foreach (string value in values)
        {
            sql.Append(sql.Length == 0 ? "" : ", ").Append(LakeCatalog.Literal(value));
        }

        return sql.ToString();
    }

    private static List<(string File, long Rows)> Read(DuckDBConnection duck, string sql)
    {
        var rows = new List<(string, long)>();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }
}
