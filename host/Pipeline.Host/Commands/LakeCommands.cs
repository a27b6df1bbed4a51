using System.Globalization;
using Confluent.Kafka;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Export;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Plots;
using Pipeline.Lake.Query;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;

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
    /// Erases one person: derives their pseudonyms from their secret on the keys topic (<see cref="SubjectPseudonyms"/>),
    /// removes their rows from every lake table, then tombstones their consent, their processor state and, last, their
    /// data keys and secret on the keys topic, and reports per topic what is now gone, unreadable or unlinkable, in
    /// the audit record. An interrupted run is finished by the next (the journal holds the pseudonyms; the tombstones
    /// follow from the raw id).
    /// </summary>
    public static async Task<int> EraseAsync(HostContext host, LakeEraseRequest request)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Subject))
        {
            throw new CliException("--subject must not be empty");
        }

        // Bad keys are bad input (exit 2) before anything is read or changed.
        PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: false);
        ShreddingConfiguration.Unsealing(host.Configuration, developmentKeysByDefault: false);
        LakeEraseSection settings = PipelineConfiguration.Bind<LakeEraseSection>(host.Configuration, "Lake:Erase");
        string bootstrap = host.TryResolveBootstrap()
            ?? throw new CliException("erasure reads the keys topic for the person's secret and data keys: pass --bootstrap HOST:PORT, or start the embedded broker with `./pipeline broker`");
        KafkaClientSettings kafka = host.KafkaSettings(bootstrap);
        TopicNames topics = host.Topics;
        SubjectPseudonyms.Lookup lookup = SubjectPseudonyms.Resolve(host, kafka, request.Subject);

        var eraser = new LakeEraser(request.Lake.FullName, host.LoggerFactory, host.Time)
        {
            PauseBetweenFiles = settings.PauseBetweenFiles,
            FileErased = (table, file, rows) => host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"erased {rows} rows from {table} {file}")),
        };
        ErasureReport report = eraser.Erase(lookup.Pseudonyms, () => Tombstones(kafka, topics, request.Subject, lookup, host.Stopping).GetAwaiter().GetResult());
        await host.Out.WriteLineAsync($"erasure {report.RequestId}{(report.Resumed ? " (finished an interrupted run)" : "")}: {report.RowsRemoved} rows removed; audit {report.AuditFile}");
        if (lookup.Keys.Secret is null)
        {
            await host.Out.WriteLineAsync("  no person secret on the keys topic (erased before, or never processed): nothing in the lake or the clean topics can be linked to this id");
        }

        foreach (AuditEntry entry in report.Entries)
        {
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Target,-32} {entry.Outcome,-14} {entry.RowsRemoved,10} rows  {entry.Detail}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The person's tombstones, in the order that keeps a partial run safe to repeat: consent (no more events of theirs
    /// pass), processor state, then on the keys topic their data keys and, last, their secret (while it exists, a new
    /// run finds everything again). Then what each copy elsewhere has become.
    /// </summary>
    private static async Task<IReadOnlyList<ErasureOutcome>> Tombstones(KafkaClientSettings kafka, TopicNames topics, string subject, SubjectPseudonyms.Lookup lookup, CancellationToken cancel)
    {
        SubjectKeys keys = lookup.Keys;
        var tombstones = new List<Tombstone> { new(topics.Consent, subject) };
        int statePartitions = PartitionCount(kafka, topics.ProcessorState);
        foreach (string pseudonym in lookup.Pseudonyms)
        {
            // State is written to its raw partition's number, which only the processor knows: every partition gets one.
            for (int p = 0; p < statePartitions; p++)
            {
                tombstones.Add(new Tombstone(topics.ProcessorState, pseudonym, p));
            }
        }

        foreach (string dataKey in keys.DataKeyRecordKeys)
        {
            tombstones.Add(new Tombstone(topics.Keys, dataKey, keys.Partition));
        }

        tombstones.Add(new Tombstone(topics.Keys, keys.SecretRecordKey, keys.Partition));
        var outcomes = new List<ErasureOutcome>(await TopicTombstones.SendAsync(kafka, tombstones, cancel));
        bool keysGone = outcomes.Exists(o => o.Target == topics.Keys && o.Outcome == "tombstoned");
        string left = keys.UnreadableDataKeys > 0
            ? string.Create(CultureInfo.InvariantCulture, $"; {keys.UnreadableDataKeys} data key(s) under the person's route did not unwrap with the configured key pairs and were left")
            : "";
        string sealedCopies = keysGone
            ? string.Create(CultureInfo.InvariantCulture, $"{keys.DataKeyRecordKeys.Count} data key(s) of the person tombstoned: their records stay as ciphertext until the topic's retention ends and nobody can open them (until compaction the brokers keep the wrapped keys, useless without the processing private key){left}")
            : "the data keys were not tombstoned: run the erasure again";
        foreach (string sealedTopic in new[] { topics.Raw, topics.DeadLetter })
        {
            outcomes.Add(new ErasureOutcome(sealedTopic, keysGone ? "unreadable" : "failed", sealedCopies));
        }

        string pseudonymous = keysGone
            ? keys.Secret is null
                ? "no person secret existed: no pseudonymous record can be linked to the person"
                : "the person's secret is tombstoned: their pseudonymous records stay until the topic's retention ends but cannot be linked to them, not even with the raw id and every pseudonym key"
            : "the person's secret was not tombstoned: run the erasure again";
        foreach (string clean in new[] { topics.Clean, topics.Sessions, topics.Idle, topics.Actions })
        {
            outcomes.Add(new ErasureOutcome(clean, keysGone ? "unlinkable" : "failed", pseudonymous));
        }

        return outcomes;
    }

    private static int PartitionCount(KafkaClientSettings kafka, string topic)
    {
        using IAdminClient admin = new AdminClientBuilder(kafka.CreateAdminConfig()).Build();
        TopicMetadata? found = admin.GetMetadata(topic, TimeSpan.FromSeconds(30)).Topics.Find(t => t.Topic == topic);
        return found is null || found.Error.IsError || found.Partitions.Count == 0
            ? throw new CliException($"topic {topic} is not available: {found?.Error.Reason ?? "missing from metadata"}", ExitCodes.Failed)
            : found.Partitions.Count;
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

        // Bad input before the keys topic is read: a folder that is not the export's own.
        if (request.Out.Exists && request.Out.EnumerateFileSystemInfos().Any())
        {
            throw new CliException($"{request.Out.FullName} is not empty; the export needs a folder of its own");
        }

        // The person's pseudonyms come from their secret on the keys topic, as for erasure: the one derivation.
        PseudonymOptions keys = PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: false);
        UnsealingOptions unsealing = ShreddingConfiguration.Unsealing(host.Configuration, developmentKeysByDefault: false);
        string bootstrap = host.TryResolveBootstrap()
            ?? throw new CliException("export reads the keys topic for the person's secret (their pseudonyms come from it): pass --bootstrap HOST:PORT, or start the embedded broker with `./pipeline broker`");
        ExportReport report = ExportSubject(host, host.KafkaSettings(bootstrap), keys, unsealing, request.Lake.FullName, request.Subject, request.Out.FullName, request.Format);
        await WriteExportReportAsync(host.Out, report);
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Writes everything <paramref name="lake"/> holds about <paramref name="subject"/> to <paramref name="outDir"/>: their
    /// pseudonyms from their secret on the keys topic, then <see cref="LakeExport"/> (which writes the audit record).
    /// </summary>
    /// <exception cref="CliException">The keys topic cannot be read (exit 1), or the export refuses its input (exit 2).</exception>
    internal static ExportReport ExportSubject(HostContext host, KafkaClientSettings kafka, PseudonymOptions keys, UnsealingOptions unsealing,
        string lake, string subject, string outDir, ExportFormat format)
    {
        SubjectPseudonyms.Lookup lookup = SubjectPseudonyms.Resolve(host, kafka, subject, keys, unsealing);
        var pseudonyms = new List<SubjectPseudonym>();
        if (lookup.Keys.Secret is { } secret)
        {
            var pseudonymizer = new Pseudonymizer(keys);
            foreach (int version in pseudonymizer.Versions)
            {
                pseudonyms.Add(new SubjectPseudonym(version, pseudonymizer.Subject(secret, version)));
            }
        }

        var export = new LakeExport(lake, host.LoggerFactory, host.Time);
        try
        {
            return export.Export(pseudonyms, outDir, format);
        }
        catch (ArgumentException ex)
        {
            throw new CliException(CliException.FirstLine(ex.Message), ex);
        }
    }

    /// <summary>What an export wrote: one line, then a line per table.</summary>
    internal static async Task WriteExportReportAsync(TextWriter output, ExportReport report)
    {
        await output.WriteLineAsync(report.Found
            ? string.Create(CultureInfo.InvariantCulture, $"export {report.RequestId}: {report.DataRows} rows about this person in {report.Directory}; audit {report.AuditFile}")
            : $"export {report.RequestId}: the lake holds no rows about this person; {report.Directory} says so (README.md, manifest.json); audit {report.AuditFile}");
        foreach (ExportedTable table in report.Tables)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {table.Table,-16} {table.Rows,10} rows  {table.File ?? table.Note ?? "nothing found"}"));
        }
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

    private static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) ?? "";

    /// <summary>The <c>Lake:Erase</c> section.</summary>
    private sealed class LakeEraseSection
    {
        /// <summary>A pause between rewritten files to throttle the I/O; none by default.</summary>
        public TimeSpan PauseBetweenFiles { get; set; }
    }
}
