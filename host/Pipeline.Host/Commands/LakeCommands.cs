using System.Globalization;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Export;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Plots;
using Pipeline.Lake.Query;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline lake query|stats|trajectories|plot|erase|export|retention</c>: the lake through embedded DuckDB, with audit records.</summary>
public static class LakeCommands
{
    /// <summary>Runs SQL over the lake and prints the rows; a failing query is bad input.</summary>
    public static async Task<int> QueryAsync(HostContext host, LakeQueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        using LakeCatalog catalog = OpenCatalog(request.Lake);
        try
        {
            catalog.Query(request.Sql, host.Out, request.Format);
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            throw new CliException($"query failed: {CliException.FirstLine(ex.Message)}", ex);
        }

        return ExitCodes.Ok;
    }

    /// <summary>Exports the lake's sessions as trajectories for agent training and prints the file and how many sessions it holds.</summary>
    public static async Task<int> TrajectoriesAsync(HostContext host, LakeTrajectoriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        var options = new TrajectoryExportOptions
        {
            Out = request.Out.FullName, Format = request.Format, SessionId = request.SessionId, From = request.From, To = request.To,
        };
        CliException.ThrowIfInvalid(options.Validate);
        using LakeCatalog catalog = OpenCatalog(request.Lake);
        long sessions;
        try
        {
            sessions = TrajectoryExport.Write(catalog, options);
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            throw new CliException($"trajectory export failed: {CliException.FirstLine(ex.Message)}", ex);
        }

        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"trajectories: {options.FilePath} ({sessions} sessions)"));
        return ExitCodes.Ok;
    }

    /// <summary>Draws a session (or a person's day) from the lake into a PNG and prints its path and what it was drawn from.</summary>
    public static async Task<int> PlotAsync(HostContext host, LakePlotRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        DateOnly? date = null;
        if (request.Date is { } text)
        {
            date = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly parsed)
                ? parsed
                : throw new CliException($"--date {text} is not a day (YYYY-MM-DD)");
        }

        var options = new SessionPlotOptions
        {
            Out = request.Out.FullName, SessionId = request.SessionId, Subject = request.Subject, Date = date,
            Width = request.Width, Height = request.Height,
        };
        CliException.ThrowIfInvalid(options.Validate);
        using LakeCatalog catalog = OpenCatalog(request.Lake);
        SessionPlotReport report;
        try
        {
            report = SessionPlot.Save(catalog, options);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex);
        }
        catch (DuckDB.NET.Data.DuckDBException ex)
        {
            throw new CliException($"plot failed: {CliException.FirstLine(ex.Message)}", ex);
        }

        await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"plot: {report.File} ({report.PointerSamples} pointer samples, {report.Actions} actions, {report.IdlePeriods} idle periods)"));
        return ExitCodes.Ok;
    }

    /// <summary>Prints rows, files, bytes and time range per table and partition.</summary>
    public static async Task<int> StatsAsync(HostContext host, LakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        using LakeCatalog catalog = OpenCatalog(request.Lake);
        await host.Out.WriteLineAsync($"{"table",-13} {"partition",-24} {"rows",12} {"files",6} {"bytes",14}  {"from (UTC)",-26} to (UTC)");
        foreach (LakeTableStats s in catalog.Stats())
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{s.Table,-13} {(s.Partition == "*" ? "(all)" : s.Partition),-24} {s.Rows,12} {s.Files,6} {s.Bytes,14}  {Time(s.MinTime),-26} {Time(s.MaxTime)}").TrimEnd());
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Removes one person's rows from every lake table, tombstones their keys on the compacted topics when Kafka is
    /// reachable, says what stays elsewhere, and writes the audit record.
    /// </summary>
    public static async Task<int> EraseAsync(HostContext host, LakeEraseRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new CliException("--subject must not be empty");
        }

        var pseudonyms = new List<string>();
        foreach (SubjectPseudonym p in Pseudonyms(PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: false), request.Subject))
        {
            pseudonyms.Add(p.Pseudonym);
        }

        LakeEraseSection settings = PipelineConfiguration.Bind<LakeEraseSection>(host.Configuration, "Lake:Erase");
        TopicNames topics = host.Topics;
        var outside = new List<ErasureOutcome>();
        if (host.TryResolveBootstrap() is { } bootstrap)
        {
            var keys = new List<(string, string)> { (topics.Consent, request.Subject) };
            foreach (string pseudonym in pseudonyms)
            {
                keys.Add((topics.ProcessorState, pseudonym));
            }

            outside.AddRange(await TopicTombstones.SendAsync(host.KafkaSettings(bootstrap), keys, host.Stopping));
        }
        else
        {
            outside.Add(new ErasureOutcome(topics.Consent, "not_reachable", "no Kafka bootstrap given: consent history not tombstoned; run again with --bootstrap"));
            outside.Add(new ErasureOutcome(topics.ProcessorState, "not_reachable", "no Kafka bootstrap given: processor state not tombstoned; run again with --bootstrap"));
        }

        outside.Add(new ErasureOutcome(topics.Raw, "not_reachable", "delete-policy topic keyed by raw id: records stay until its retention ends"));
        outside.Add(new ErasureOutcome(topics.DeadLetter, "not_reachable", "delete-policy topic: unscrubbed records stay until its retention ends"));
        foreach (string clean in new[] { topics.Clean, topics.Sessions, topics.Idle, topics.Actions })
        {
            outside.Add(new ErasureOutcome(clean, "not_reachable", "delete-policy topic: pseudonymised records stay until its retention ends (the sink does not re-read offsets the lake already holds)"));
        }

        var eraser = new LakeEraser(request.Lake.FullName, host.LoggerFactory, host.Time)
        {
            PauseBetweenFiles = settings.PauseBetweenFiles,
            FileErased = (table, file, rows) => host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"erased {rows} rows from {table} {file}")),
        };
        ErasureReport report = eraser.Erase(pseudonyms, outside);
        await host.Out.WriteLineAsync($"erasure {report.RequestId}{(report.Resumed ? " (finished an interrupted run)" : "")}: {report.RowsRemoved} rows removed; audit {report.AuditFile}");
        foreach (AuditEntry entry in report.Entries)
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Target,-32} {entry.Outcome,-14} {entry.RowsRemoved,10} rows  {entry.Detail}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes everything the lake holds about one person (every table, every key version) to a folder of its own with
    /// a README and a manifest, and audits it; a person the lake holds nothing of gets an export that says so.
    /// </summary>
    public static async Task<int> ExportAsync(HostContext host, LakeExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new CliException("--subject must not be empty");
        }

        if (!request.Lake.Exists)
        {
            throw new CliException($"lake {request.Lake.FullName} does not exist");
        }

        List<SubjectPseudonym> pseudonyms = Pseudonyms(PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: false), request.Subject);
        var export = new LakeExport(request.Lake.FullName, host.LoggerFactory, host.Time);
        ExportReport report;
        try
        {
            report = export.Export(pseudonyms, request.Out.FullName, request.Format);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex);
        }

        await host.Out.WriteLineAsync(report.Found
            ? string.Create(CultureInfo.InvariantCulture, $"export {report.RequestId}: {report.DataRows} rows about this person in {report.Directory}; audit {report.AuditFile}")
            : $"export {report.RequestId}: the lake holds no rows about this person; {report.Directory} says so (README.md, manifest.json); audit {report.AuditFile}");
        foreach (ExportedTable table in report.Tables)
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {table.Table,-16} {table.Rows,10} rows  {table.File ?? table.Note ?? "nothing found"}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Drops hour partitions older than each table's retention (section <c>Lake:Retention</c>) and audits it.</summary>
    public static async Task<int> RetentionAsync(HostContext host, LakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        LakeRetentionOptions options = PipelineConfiguration.Bind<LakeRetentionOptions>(host.Configuration, "Lake:Retention");
        LakeRetention retention = CliException.ThrowIfInvalid(() => new LakeRetention(request.Lake.FullName, options, host.LoggerFactory, host.Time));
        RetentionReport report = retention.Run();
        await host.Out.WriteLineAsync($"retention {report.RequestId}: audit {report.AuditFile}");
        foreach (AuditEntry entry in report.Entries)
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Target,-13} {entry.Outcome,-14} {entry.RowsRemoved,10} rows {entry.FilesChanged,6} files  {entry.Detail}"));
        }

        return ExitCodes.Ok;
    }

    private static LakeCatalog OpenCatalog(DirectoryInfo lake)
    {
        if (!lake.Exists)
        {
            throw new CliException($"lake {lake.FullName} does not exist");
        }

        return new LakeCatalog(lake.FullName);
    }

    /// <summary>
    /// The subject's pseudonym under every configured key version, computed by the processor's own
    /// <see cref="Pseudonymizer"/> from the same binding of the keys, so erasure finds exactly what it wrote.
    /// </summary>
    /// <summary>
    /// The person's pseudonym under every configured key version, computed by the processor's own
    /// <see cref="Pseudonymizer"/>: the one derivation that erase and export both use, so each finds exactly what the
    /// processor wrote.
    /// </summary>
    private static List<SubjectPseudonym> Pseudonyms(PseudonymOptions options, string raw)
    {
        var pseudonymizer = new Pseudonymizer(options);
        var pseudonyms = new List<SubjectPseudonym>();
        foreach (int version in pseudonymizer.Versions)
        {
            pseudonyms.Add(new SubjectPseudonym(version, pseudonymizer.Subject(raw, version)));
        }

        return pseudonyms;
    }

    private static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The <c>Lake:Erase</c> section.</summary>
    private sealed class LakeEraseSection
    {
        /// <summary>A pause between rewritten files to throttle the I/O; none by default.</summary>
        public TimeSpan PauseBetweenFiles { get; set; }
    }
}
