using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Lake.Governance;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Lake.Tests;

/// <summary>A person's export, read back by DuckDB and compared with the lake row for row.</summary>
public sealed class LakeExportTests : IDisposable
{
    private const string RawId = "alice.export@example.org";
    private static readonly string[] s_dataTables = ["actions", "events", "idle_periods", "sessions"];

    private readonly TempLake _lake = new();
    private readonly string _out = Path.Combine(Path.GetTempPath(), "pipeline-export-tests", Guid.NewGuid().ToString("N")[..12]);
    private readonly SubjectPseudonym[] _alice;
    private readonly Pseudonymizer _pseudonymizer;

    public LakeExportTests()
    {
        // Two key versions: the person's older rows carry the version 1 pseudonym, newer ones version 2.
        _pseudonymizer = new Pseudonymizer(new PseudonymOptions
        {
            Keys = new Dictionary<int, byte[]> { [1] = Enumerable.Repeat((byte)7, 32).ToArray(), [2] = Enumerable.Repeat((byte)9, 32).ToArray() },
            CurrentVersion = 2,
        });
        // Pseudonyms from a person secret, as the processor derives them (the export is given them, however derived).
        PersonSecret secret = PersonSecret.Create(RawId);
        _alice = [new SubjectPseudonym(1, _pseudonymizer.Subject(secret, 1)), new SubjectPseudonym(2, _pseudonymizer.Subject(secret, 2))];
        LakeWriter.Write(_lake.Root, 1, 0, 40, LakeTestData.BaseMicros, _alice[0].Pseudonym);
        LakeWriter.Write(_lake.Root, 2, 1, 30, LakeTestData.BaseMicros + 60_000_000L);
        LakeWriter.Write(_lake.Root, 1, 2, 25, LakeTestData.BaseMicros + 3_600_000_000L, _alice[1].Pseudonym);
        LakeWriter.Write(_lake.Root, 3, 3, 20, LakeTestData.BaseMicros + 7_200_000_000L);

        // A table this build of the lake does not know (as actions will be), written by another tool.
        using var duck = new DuckDb();
        string actions = Path.Combine(_lake.Root, "actions", "date=2026-03-01", "hour=10");
        Directory.CreateDirectory(actions);
        duck.Rows($"COPY (SELECT * FROM (VALUES ('s-1', '{_alice[1].Pseudonym}', 'click', TIMESTAMPTZ '2026-03-01 10:00:01+00', 0.5::DOUBLE), " +
            $"('s-2', '{LakeTestData.Pseudonym(2)}', 'drag', TIMESTAMPTZ '2026-03-01 10:00:02+00', 0.25::DOUBLE)) t(session_id, subject, action, start_time, wobble)) " +
            $"TO '{Path.Combine(actions, "a.parquet")}' (FORMAT parquet)");
        // And one that names nobody.
        string notes = Path.Combine(_lake.Root, "notes");
        Directory.CreateDirectory(notes);
        duck.Rows($"COPY (SELECT 'hello' AS note) TO '{Path.Combine(notes, "n.parquet")}' (FORMAT parquet)");
    }

    public void Dispose()
    {
        _lake.Dispose();
        if (Directory.Exists(_out))
        {
            Directory.Delete(_out, recursive: true);
        }
    }

    private LakeExport Exporter(ILoggerFactory? loggers = null) => new(_lake.Root, loggers ?? NullLoggerFactory.Instance, TimeProvider.System);

    private string InList(IEnumerable<SubjectPseudonym> pseudonyms) => string.Join(", ", pseudonyms.Select(p => $"'{p.Pseudonym}'"));

    [Fact]
    public void Export_PersonUnderTwoKeyVersions_ExactlyTheirRowsOfEveryTableAndNobodyElses()
    {
        ExportReport report = Exporter().Export(_alice, _out, ExportFormat.Parquet);

        using var duck = new DuckDb();
        foreach (string table in s_dataTables)
        {
            string lake = $"read_parquet('{Path.Combine(_lake.Root, table)}/**/*.parquet', union_by_name = true, hive_partitioning = false)";
            string exported = $"read_parquet('{Path.Combine(_out, table + ".parquet")}')";
            long expected = duck.Long($"SELECT count(*) FROM {lake} WHERE subject IN ({InList(_alice)})");
            Assert.True(expected > 0, table);
            Assert.Equal(expected, duck.Long($"SELECT count(*) FROM {exported}"));
            Assert.Equal(0, duck.Long($"SELECT count(*) FROM (SELECT * FROM {lake} WHERE subject IN ({InList(_alice)}) EXCEPT ALL SELECT * FROM {exported})"));
            Assert.Equal(0, duck.Long($"SELECT count(*) FROM (SELECT * FROM {exported} EXCEPT ALL SELECT * FROM {lake} WHERE subject IN ({InList(_alice)}))"));
            Assert.Equal(expected, Assert.Single(report.Tables, t => t.Table == table).Rows);
        }

        Assert.Equal(2, duck.Long($"SELECT count(DISTINCT subject) FROM read_parquet('{Path.Combine(_out, "events.parquet")}')"));
        Assert.Equal(65 + 2 + 2 + 1, report.DataRows);
        ExportedTable notes = Assert.Single(report.Tables, t => t.Table == "notes");
        Assert.Equal((0L, (string?)null), (notes.Rows, notes.File));
        Assert.Contains("no subject column", notes.Note);
    }

    [Fact]
    public void Export_Jsonl_OneObjectPerRowWithTheSameRows()
    {
        Exporter().Export(_alice, _out, ExportFormat.Jsonl);

        using var duck = new DuckDb();
        string events = Path.Combine(_out, "events.jsonl");
        string[] lines = File.ReadAllLines(events);
        Assert.Equal(65, lines.Length);
        using (JsonDocument first = JsonDocument.Parse(lines[0]))
        {
            Assert.Contains(first.RootElement.GetProperty("subject").GetString(), _alice.Select(p => p.Pseudonym));
            Assert.Equal(JsonValueKind.Number, first.RootElement.GetProperty("seq").ValueKind);
        }

        string lake = $"read_parquet('{Path.Combine(_lake.Root, "events")}/**/*.parquet', union_by_name = true, hive_partitioning = false)";
        Assert.Equal(0, duck.Long(
            $"SELECT count(*) FROM (SELECT device, seq FROM {lake} WHERE subject IN ({InList(_alice)}) EXCEPT ALL SELECT device, seq FROM read_json_auto('{events}'))"));
        Assert.Equal(2, File.ReadAllLines(Path.Combine(_out, "sessions.jsonl")).Length);
        Assert.False(File.Exists(Path.Combine(_out, "events.parquet")));
    }

    [Fact]
    public void Export_Audit_OneExportRecordPerTableNamingTheNeverRawPseudonyms()
    {
        ExportReport report = Exporter().Export(_alice, _out, ExportFormat.Parquet);

        using var duck = new DuckDb();
        List<object?[]> audit = duck.Rows(
            $"SELECT target, outcome, request_id, list_sort(subjects) FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE action = 'export' ORDER BY target");
        Assert.Equal(["actions", "events", "idle_periods", "notes", "sessions"], audit.Select(r => (string)r[0]!));
        Assert.All(audit, r => Assert.Equal(report.RequestId, r[2]));
        Assert.All(audit, r => Assert.Equal(_alice.Select(p => p.Pseudonym).Order(StringComparer.Ordinal), ((System.Collections.IEnumerable)r[3]!).Cast<string>()));
        Assert.Equal("exported", audit[1][1]);
        Assert.Equal("nothing_found", audit[3][1]);
        Assert.True(File.Exists(report.AuditFile));
    }

    [Fact]
    public void Export_Again_EarlierExportsAuditRowsAreAmongTheRowsAboutThePerson()
    {
        ExportReport first = Exporter().Export(_alice, _out, ExportFormat.Parquet);
        string second = _out + "-again";
        try
        {
            ExportReport report = Exporter().Export(_alice, second, ExportFormat.Parquet);
            using var duck = new DuckDb();
            Assert.Equal(first.Tables.Count, duck.Long($"SELECT count(*) FROM read_parquet('{Path.Combine(second, "audit.parquet")}') WHERE request_id = '{first.RequestId}'"));
            Assert.Equal(0, duck.Long($"SELECT count(*) FROM read_parquet('{Path.Combine(second, "audit.parquet")}') WHERE request_id = '{report.RequestId}'"));
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Export_RawId_AppearsInNoByteOfTheLakeTheExportOrTheLogs()
    {
        var logs = new RecordingLoggerFactory();
        Exporter(logs).Export(_alice, _out, ExportFormat.Jsonl);
        string parquetOut = _out + "-parquet";
        try
        {
            Exporter(logs).Export(_alice, parquetOut, ExportFormat.Parquet);
            byte[] raw = Encoding.UTF8.GetBytes(RawId);
            foreach (string file in Directory.EnumerateFiles(_lake.Root, "*", SearchOption.AllDirectories)
                .Concat(Directory.EnumerateFiles(_out)).Concat(Directory.EnumerateFiles(parquetOut)))
            {
                Assert.Equal(-1, File.ReadAllBytes(file).AsSpan().IndexOf(raw));
            }

            // Parquet pages are compressed, so a byte search alone proves little there: read every text column back too.
            using var duck = new DuckDb();
            foreach (string file in Directory.EnumerateFiles(_lake.Root, "*.parquet", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(parquetOut, "*.parquet")))
            {
                Assert.Equal(0, duck.Long($"SELECT count(*) FROM read_parquet('{file}') t WHERE contains(CAST(to_json(t) AS VARCHAR), '{RawId}')"));
            }

            Assert.NotEmpty(logs.Lines);
            Assert.DoesNotContain(logs.Lines, l => l.Contains(RawId, StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, l => l.Contains(_alice[0].Pseudonym, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(parquetOut, recursive: true);
        }
    }

    [Fact]
    public void Export_PersonNotInTheLake_EmptyExportThatSaysSoAndIsAudited()
    {
        SubjectPseudonym[] nobody = [new(2, _pseudonymizer.Subject(PersonSecret.Create("nobody@example.org"), 2))];
        ExportReport report = Exporter().Export(nobody, _out, ExportFormat.Parquet);

        Assert.False(report.Found);
        Assert.Equal(0, report.DataRows);
        Assert.Equal([LakeExport.ReadmeFile, LakeExport.ManifestFile], Directory.GetFiles(_out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("The lake holds no rows about you", File.ReadAllText(Path.Combine(_out, LakeExport.ReadmeFile)));
        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, LakeExport.ManifestFile)));
        Assert.False(manifest.RootElement.GetProperty("found").GetBoolean());
        Assert.Equal(JsonValueKind.Null, manifest.RootElement.GetProperty("time_range").GetProperty("from").ValueKind);
        using var duck = new DuckDb();
        Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE action = 'export' AND outcome <> 'nothing_found'"));
        Assert.Equal(5, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE action = 'export' AND request_id = '{report.RequestId}'"));
    }

    [Fact]
    public void Export_EmptyLake_EmptyExportNotAnError()
    {
        using var empty = new TempLake();
        ExportReport report = new LakeExport(empty.Root, NullLoggerFactory.Instance, TimeProvider.System).Export(_alice, _out, ExportFormat.Jsonl);
        Assert.Empty(report.Tables);
        Assert.Contains("The lake holds no rows about you", File.ReadAllText(Path.Combine(_out, LakeExport.ReadmeFile)));
        using var duck = new DuckDb();
        Assert.Equal(["lake", "nothing_found"], duck.Rows($"SELECT target, outcome FROM {DuckDb.Scan(empty.Root, "audit")} WHERE action = 'export'").Single());
    }

    [Fact]
    public void Export_Manifest_TablesRowsTimeRangeKeyVersionsRequestAndWhen()
    {
        DateTimeOffset before = DateTimeOffset.UtcNow.AddSeconds(-1);
        ExportReport report = Exporter().Export(_alice, _out, ExportFormat.Parquet);

        using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_out, LakeExport.ManifestFile)));
        JsonElement root = manifest.RootElement;
        Assert.Equal(report.RequestId, root.GetProperty("request_id").GetString());
        Assert.InRange(root.GetProperty("created_at").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Equal([1, 2], root.GetProperty("key_versions").EnumerateArray().Select(v => v.GetInt32()));
        Assert.Equal(_alice.Select(p => p.Pseudonym), root.GetProperty("pseudonyms").EnumerateArray().Select(p => p.GetProperty("pseudonym").GetString()));
        JsonElement events = root.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("table").GetString() == "events");
        Assert.Equal(65, events.GetProperty("rows").GetInt64());
        Assert.Equal("events.parquet", events.GetProperty("file").GetString());
        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 59, 58, TimeSpan.Zero), root.GetProperty("time_range").GetProperty("from").GetDateTimeOffset());
        Assert.True(root.GetProperty("time_range").GetProperty("to").GetDateTimeOffset() > new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Export_Readme_ExplainsEveryExportedColumnInPlainWords()
    {
        Exporter().Export(_alice, _out, ExportFormat.Parquet);
        string readme = File.ReadAllText(Path.Combine(_out, LakeExport.ReadmeFile));

        using var duck = new DuckDb();
        foreach (string file in Directory.GetFiles(_out, "*.parquet"))
        {
            string table = Path.GetFileNameWithoutExtension(file);
            Assert.Contains($"### {table}", readme);
            foreach ((string name, _) in duck.Describe($"read_parquet('{file}')"))
            {
                Assert.Contains($"| `{name}` |", readme);
            }
        }

        Assert.Contains("| `key_class` | VARCHAR | What kind of key was pressed", readme);
        Assert.Contains("| `wobble` | DOUBLE | Not described by this version", readme);
        Assert.DoesNotContain(RawId, readme);
    }

    [Fact]
    public void Export_UnderPermissiveUmask_FolderAndFilesOwnerOnly()
    {
        uint old = Posix.Umask(0);
        try
        {
            Exporter().Export(_alice, _out, ExportFormat.Parquet);
        }
        finally
        {
            Posix.Umask(old);
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(_out));
        string[] files = Directory.GetFiles(_out);
        Assert.True(files.Length >= 6);
        Assert.All(files, f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }

    [Fact]
    public void Export_FolderNotEmptyOrInsideTheLake_RefusedWithAReasonAndNothingWritten()
    {
        Directory.CreateDirectory(_out);
        File.WriteAllText(Path.Combine(_out, "keep.txt"), "mine");
        ArgumentException notEmpty = Assert.Throws<ArgumentException>(() => Exporter().Export(_alice, _out, ExportFormat.Parquet));
        Assert.Contains("not empty", notEmpty.Message);
        ArgumentException inside = Assert.Throws<ArgumentException>(() => Exporter().Export(_alice, Path.Combine(_lake.Root, "export"), ExportFormat.Parquet));
        Assert.Contains("inside the lake", inside.Message);
        Assert.Empty(_lake.Files("audit"));
        Assert.Equal(["keep.txt"], Directory.GetFiles(_out).Select(Path.GetFileName));
    }

    /// <summary>Keeps every formatted log line.</summary>
    private sealed class RecordingLoggerFactory : ILoggerFactory, ILogger
    {
        public List<string> Lines { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public void AddProvider(ILoggerProvider provider)
        {
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
