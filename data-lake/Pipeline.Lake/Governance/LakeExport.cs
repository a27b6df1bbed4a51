using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging;
using Pipeline.Lake.Query;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Governance;

/// <summary>
/// A copy of everything the lake holds about one person (GDPR Art. 15 and 20): every row naming any of their
/// pseudonyms (one per key version; the caller derives them from the raw id, which never reaches this class) in
/// every table the lake has, written to a folder of its own with a README that explains each column in plain words
/// and a manifest for programs, and recorded in the audit table.
/// </summary>
/// <remarks>
/// The tables are the lake's table folders as they are on disk, not a list compiled in: a table added later (such
/// as <c>actions</c>) is exported as soon as it has files. A row names a person by a <c>subject</c> column or, in
/// the audit table, by a <c>subjects</c> list. The folder is created owner-only (0700) before anything is written
/// into it and each file is 0600. The manifest is written last, after the audit record: a folder without a
/// manifest is an export that did not finish.
/// </remarks>
public sealed class LakeExport
{
    /// <summary>The audit table's folder.</summary>
    public const string AuditTable = "audit";

    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The README's file name.</summary>
    public const string ReadmeFile = "README.md";

    private const string Action = "export";
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly LakeLayout _layout;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly LakeParquetSettings _parquet;

    /// <summary>An export from the lake at <paramref name="lake"/>.</summary>
    public LakeExport(string lake, ILoggerFactory loggerFactory, TimeProvider time, LakeParquetSettings? parquet = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        ArgumentNullException.ThrowIfNull(time);
        _layout = new LakeLayout(lake);
        _logger = loggerFactory.CreateLogger<LakeExport>();
        _time = time;
        _parquet = parquet ?? new LakeParquetSettings();
        _parquet.Validate();
    }

    /// <summary>
    /// Writes the rows of <paramref name="pseudonyms"/> into <paramref name="outDirectory"/> (created; it must not exist
    /// or be empty, and must lie outside the lake) and appends the audit record. A person the lake holds nothing of
    /// gets an export that says so, and so does one without pseudonyms (no person secret: erased, or never processed;
    /// nothing in the lake can be linked to them). Throws <see cref="ArgumentException"/> for an unusable folder.
    /// </summary>
    public ExportReport Export(IReadOnlyList<SubjectPseudonym> pseudonyms, string outDirectory, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDirectory);
        string output = Path.GetFullPath(outDirectory);
        PrepareOutput(output);
        DateTimeOffset started = _time.GetUtcNow();
        string requestId = Guid.CreateVersion7(started).ToString("N");
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (SubjectPseudonym p in pseudonyms)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(p.Pseudonym, nameof(pseudonyms));
            names.Add(p.Pseudonym);
        }

        var tables = new List<ExportedTable>();
        using (var duck = new DuckDBConnection("DataSource=:memory:"))
        {
            duck.Open();
            Execute(duck, "SET TimeZone = 'UTC'");
            foreach (string table in Tables())
            {
                ExportedTable exported = names.Count == 0
                    ? new ExportedTable(table, 0, null, null, null, [], "no pseudonym to look for: the person has no secret on the keys topic (erased, or never processed), so no row can be linked to them")
                    : ExportTable(duck, table, names, output, format);
                tables.Add(exported);
                LakeLog.ExportedTable(_logger, requestId, table, exported.Rows);
            }
        }

        var audit = new List<AuditEntry>();
        foreach (ExportedTable t in tables)
        {
            audit.Add(new AuditEntry(started, requestId, Action, [.. names], t.Table, t.Rows > 0 ? "exported" : "nothing_found", 0, 0,
                t.Rows > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{t.Rows} rows copied into the person's export ({FormatName(format)})")
                    : t.Note ?? "no rows of these pseudonyms"));
        }

        if (audit.Count == 0)
        {
            // The request is recorded even when the lake has no table yet.
            audit.Add(new AuditEntry(started, requestId, Action, [.. names], "lake", "nothing_found", 0, 0, "the lake has no tables yet"));
        }

        string auditFile = AuditWriter.Append(_layout, requestId, started, audit, _parquet);
        WriteOwnerOnly(Path.Combine(output, ReadmeFile), Encoding.UTF8.GetBytes(ExportGuide.Readme(requestId, started, pseudonyms, format, tables)));
        WriteOwnerOnly(Path.Combine(output, ManifestFile), Manifest(requestId, started, pseudonyms, format, tables));
        var report = new ExportReport(requestId, output, tables, auditFile);
        LakeLog.Exported(_logger, requestId, tables.Count, report.DataRows);
        return report;
    }

    /// <summary>The lake's tables: every folder under the root that holds committed Parquet files, in name order.</summary>
    private List<string> Tables()
    {
        var tables = new List<string>();
        if (!Directory.Exists(_layout.Root))
        {
            return tables;
        }

        foreach (string directory in Directory.EnumerateDirectories(_layout.Root))
        {
            string name = Path.GetFileName(directory);
            if (name.StartsWith('_') || name.StartsWith('.'))
            {
                continue; // the sink's and governance's bookkeeping, never a table
            }

            if (Directory.EnumerateFiles(directory, "*" + LakeFileName.Extension, SearchOption.AllDirectories).Any())
            {
                tables.Add(name);
            }
        }

        tables.Sort(StringComparer.Ordinal);
        return tables;
    }

    private ExportedTable ExportTable(DuckDBConnection duck, string table, SortedSet<string> names, string output, ExportFormat format)
    {
        // The rows as stored: the partition folders' date and hour are not columns of a row.
        string scan = $"read_parquet({LakeCatalog.Literal(Path.Combine(_layout.Root, table, "**", "*" + LakeFileName.Extension))}, union_by_name = true, hive_partitioning = false)";
        var columns = new List<(string Name, string Type)>();
        foreach (object?[] row in Rows(duck, $"DESCRIBE SELECT * FROM {scan}"))
        {
            columns.Add(((string)row[0]!, (string)row[1]!));
        }

        string? match = null;
        var list = new StringBuilder();
        foreach (string name in names)
        {
            list.Append(list.Length == 0 ? "" : ", ").Append(LakeCatalog.Literal(name));
        }

        if (columns.Exists(c => c.Name == "subject" && c.Type == "VARCHAR"))
        {
            match = $"subject IN ({list})";
        }
        else if (columns.Exists(c => c.Name == "subjects" && c.Type == "VARCHAR[]"))
        {
            match = $"list_has_any(subjects, [{list}])";
        }

        if (match is null)
        {
            return new ExportedTable(table, 0, null, null, null, columns, "it has no subject column, so no row in it names a person");
        }

        var times = columns.FindAll(c => c.Type.StartsWith("TIMESTAMP", StringComparison.Ordinal));
        string order = times.Count > 0 ? $" ORDER BY {Quote(times[0].Name)}" : "";
        string select = $"SELECT * FROM {scan} WHERE {match}{order}";
        long rows = Convert.ToInt64(Scalar(duck, $"SELECT count(*) FROM {scan} WHERE {match}"), CultureInfo.InvariantCulture);
        if (rows == 0)
        {
            return new ExportedTable(table, 0, null, null, null, columns, null);
        }

        DateTimeOffset? from = null, to = null;
        foreach ((string name, _) in times)
        {
            foreach (object?[] r in Rows(duck, $"SELECT min({Quote(name)}), max({Quote(name)}) FROM {scan} WHERE {match}"))
            {
                from = Earlier(from, AsUtc(r[0]));
                to = Later(to, AsUtc(r[1]));
            }
        }

        string file = table + (format == ExportFormat.Parquet ? ".parquet" : ".jsonl");
        string path = Path.Combine(output, file);
        // Created owner-only first, so the file never exists with wider rights; DuckDB writes into it.
        using (FileStream _ = CreateOwnerOnly(path))
        {
        }

        string options = format == ExportFormat.Parquet ? "FORMAT parquet, COMPRESSION zstd" : "FORMAT json";
        Execute(duck, $"COPY ({select}) TO {LakeCatalog.Literal(path)} ({options})");
        SetMode(path, OwnerOnlyFile);
        return new ExportedTable(table, rows, file, from, to, columns, null);
    }

    private void PrepareOutput(string output)
    {
        string root = Path.TrimEndingDirectorySeparator(_layout.Root) + Path.DirectorySeparatorChar;
        if ((Path.TrimEndingDirectorySeparator(output) + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
        {
            throw new ArgumentException($"the export folder {output} is inside the lake; choose one outside it");
        }

        if (File.Exists(output))
        {
            throw new ArgumentException($"{output} is a file; the export needs a folder that does not exist yet or is empty");
        }

        if (Directory.Exists(output))
        {
            if (Directory.EnumerateFileSystemEntries(output).Any())
            {
                throw new ArgumentException($"{output} is not empty; the export needs a folder of its own");
            }
        }
        else if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(output);
        }
        else
        {
            Directory.CreateDirectory(output, OwnerOnlyDirectory);
        }

        SetMode(output, OwnerOnlyDirectory);
    }

    private static byte[] Manifest(string requestId, DateTimeOffset createdAt, IReadOnlyList<SubjectPseudonym> pseudonyms, ExportFormat format, IReadOnlyList<ExportedTable> tables)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("manifest_version", 1);
            json.WriteString("request_id", requestId);
            json.WriteString("created_at", Iso(createdAt));
            json.WriteString("format", FormatName(format));
            var versions = new SortedSet<int>();
            json.WriteStartArray("pseudonyms");
            foreach (SubjectPseudonym p in pseudonyms)
            {
                versions.Add(p.KeyVersion);
                json.WriteStartObject();
                json.WriteNumber("key_version", p.KeyVersion);
                json.WriteString("pseudonym", p.Pseudonym);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("key_versions");
            foreach (int v in versions)
            {
                json.WriteNumberValue(v);
            }

            json.WriteEndArray();
            long dataRows = 0;
            DateTimeOffset? from = null, to = null;
            json.WriteStartArray("tables");
            foreach (ExportedTable t in tables)
            {
                json.WriteStartObject();
                json.WriteString("table", t.Table);
                json.WriteNumber("rows", t.Rows);
                WriteOptional(json, "file", t.File);
                WriteOptional(json, "from", t.From is { } f ? Iso(f) : null);
                WriteOptional(json, "to", t.To is { } u ? Iso(u) : null);
                WriteOptional(json, "note", t.Note);
                json.WriteEndObject();
                if (t.Table != AuditTable)
                {
                    dataRows += t.Rows;
                    from = Earlier(from, t.From);
                    to = Later(to, t.To);
                }
            }

            json.WriteEndArray();
            json.WriteNumber("data_rows", dataRows);
            json.WriteBoolean("found", dataRows > 0);
            json.WriteStartObject("time_range");
            WriteOptional(json, "from", from is { } a ? Iso(a) : null);
            WriteOptional(json, "to", to is { } b ? Iso(b) : null);
            json.WriteEndObject();
            json.WriteString("summary", dataRows > 0
                ? string.Create(CultureInfo.InvariantCulture, $"{dataRows} rows about this person in {tables.Count(t => t.Rows > 0 && t.Table != AuditTable)} tables")
                : "the lake holds no rows about this person");
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteOwnerOnly(string path, byte[] bytes)
    {
        string temp = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp");
        using (FileStream stream = CreateOwnerOnly(temp))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static FileStream CreateOwnerOnly(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        var stream = new FileStream(path, options);
        SetMode(path, OwnerOnlyFile);
        return stream;
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static string FormatName(ExportFormat format) => format == ExportFormat.Parquet ? "parquet" : "jsonl";

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static DateTimeOffset? Earlier(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (b < a ? b : a);

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : (b > a ? b : a);

    private static DateTimeOffset? AsUtc(object? value) => value switch
    {
        DateTimeOffset dto => dto.ToUniversalTime(),
        DateTime dt => new DateTimeOffset(DateTime.SpecifyKind(dt, DateTimeKind.Utc)),
        _ => null,
    };

    private static void Execute(DuckDBConnection duck, string sql)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DuckDBConnection duck, string sql)
    {
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static List<object?[]> Rows(DuckDBConnection duck, string sql)
    {
        var rows = new List<object?[]>();
        using DuckDBCommand command = duck.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
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
}
