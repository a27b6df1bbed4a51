using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Query;
using Pipeline.Lake.Sink;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline sink</c> and <c>pipeline lake query|stats|erase|retention</c>.</summary>
internal static class LakeCommands
{
    public static void AddTo(RootCommand root, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(globals);
        root.Subcommands.Add(SinkCommand(globals));
        var lake = new Command("lake", "The lake through embedded DuckDB: query, stats, erasure and retention (each with an audit record)");
        lake.Subcommands.Add(QueryCommand(globals));
        lake.Subcommands.Add(StatsCommand(globals));
        lake.Subcommands.Add(EraseCommand(globals));
        lake.Subcommands.Add(RetentionCommand(globals));
        root.Subcommands.Add(lake);
    }

    private static Command SinkCommand(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var untilIdle = new Option<double?>("--until-idle")
        {
            Description = "Write everything out and exit 0 once nothing new has arrived for this many seconds",
        };
        var command = new Command("sink", "Write the clean, sessions and idle topics to the Parquet lake, exactly once (configuration section Sink)")
        {
            lakeOption, untilIdle,
        };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            LakeSinkOptions options = PipelineConfiguration.Bind<LakeSinkOptions>(host.Configuration, "Sink") with
            {
                Lake = parse.GetValue(lakeOption)!.FullName,
                Topics = host.Topics,
            };
            if (parse.GetValue(untilIdle) is { } seconds)
            {
                options = options with { UntilIdle = seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new CliException($"--until-idle must be positive, got {seconds}") };
            }

            LakeSink sink;
            try
            {
                sink = new LakeSink(options, host.KafkaSettings(host.ResolveBootstrap()), host.LoggerFactory, host.Time);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            host.StartMetrics(() => true);
            try
            {
                await sink.RunAsync(host.Stopping);
            }
            catch (LakeSinkException ex)
            {
                throw new CliException(ex.Message, ExitCodes.Failed);
            }

            LakeSinkProgress p = sink.Progress;
            await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"sink: {p.Records} records read; {p.Events} events, {p.Sessions} sessions, {p.IdlePeriods} idle periods written in {p.Files} files ({p.Bytes} bytes); {p.DuplicatesDropped} repeats dropped"));
            return host.Stopping.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        });
        return command;
    }

    private static Command QueryCommand(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var sql = new Argument<string>("SQL") { Description = "A DuckDB query over the views events, sessions, idle_periods and audit" };
        var format = new Option<LakeOutputFormat>("--format")
        {
            Description = "Output: table (for people, first 1000 rows), csv or json (JSON Lines); all rows for csv and json",
            DefaultValueFactory = _ => LakeOutputFormat.Table,
        };
        var command = new Command("query", "Run SQL over the lake with DuckDB; timestamps are UTC") { sql, lakeOption, format };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            using LakeCatalog catalog = OpenCatalog(parse.GetValue(lakeOption)!);
            try
            {
                catalog.Query(parse.GetValue(sql)!, host.Out, parse.GetValue(format));
            }
            catch (DuckDB.NET.Data.DuckDBException ex)
            {
                throw new CliException($"query failed: {FirstLine(ex.Message)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command StatsCommand(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var command = new Command("stats", "Rows, files, bytes and time range per table and partition") { lakeOption };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            using LakeCatalog catalog = OpenCatalog(parse.GetValue(lakeOption)!);
            await host.Out.WriteLineAsync($"{"table",-13} {"partition",-24} {"rows",12} {"files",6} {"bytes",14}  {"from (UTC)",-26} to (UTC)");
            foreach (LakeTableStats s in catalog.Stats())
            {
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Table,-13} {(s.Partition == "*" ? "(all)" : s.Partition),-24} {s.Rows,12} {s.Files,6} {s.Bytes,14}  {Time(s.MinTime),-26} {Time(s.MaxTime)}").TrimEnd());
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command EraseCommand(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var subject = new Option<string>("--subject")
        {
            Description = "The person's raw subject id; it is turned into its pseudonyms under every configured key (Pseudonym:Keys) and never stored",
            Required = true,
        };
        var command = new Command("erase", "Remove one person's rows from every lake table, tombstone their keys on compacted topics, and write an audit record") { lakeOption, subject };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            string raw = parse.GetValue(subject)!;
            if (string.IsNullOrWhiteSpace(raw))
            {
                throw new CliException("--subject must not be empty");
            }

            IReadOnlyList<string> pseudonyms = Pseudonyms(host.Configuration, raw);
            TopicNames topics = host.Topics;
            var outside = new List<ErasureOutcome>();
            if (TryBootstrap(host) is { } bootstrap)
            {
                var keys = new List<(string, string)> { (topics.Consent, raw) };
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
            foreach (string clean in new[] { topics.Clean, topics.Sessions, topics.Idle })
            {
                outside.Add(new ErasureOutcome(clean, "not_reachable", "delete-policy topic: pseudonymised records stay until its retention ends (the sink does not re-read offsets the lake already holds)"));
            }

            var eraser = new LakeEraser(parse.GetValue(lakeOption)!.FullName, host.LoggerFactory, host.Time)
            {
                PauseBetweenFiles = host.Configuration.GetValue("Lake:Erase:PauseBetweenFiles", TimeSpan.Zero),
                FileErased = (table, file, rows) => host.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"erased {rows} rows from {table} {file}")),
            };
            ErasureReport report = eraser.Erase(pseudonyms, outside);
            await host.Out.WriteLineAsync($"erasure {report.RequestId}{(report.Resumed ? " (finished an interrupted run)" : "")}: {report.RowsRemoved} rows removed; audit {report.AuditFile}");
            foreach (AuditEntry entry in report.Entries)
            {
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Target,-32} {entry.Outcome,-14} {entry.RowsRemoved,10} rows  {entry.Detail}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command RetentionCommand(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var command = new Command("retention", "Drop hour partitions older than each table's retention (section Lake:Retention: Events, Sessions, IdlePeriods, Audit) and audit it") { lakeOption };
        command.SetAction(async (parse, cancel) =>
        {
            await using HostContext host = HostContext.Create(parse, globals, cancel);
            LakeRetentionOptions options = PipelineConfiguration.Bind<LakeRetentionOptions>(host.Configuration, "Lake:Retention");
            LakeRetention retention;
            try
            {
                retention = new LakeRetention(parse.GetValue(lakeOption)!.FullName, options, host.LoggerFactory, host.Time);
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message);
            }

            RetentionReport report = retention.Run();
            await host.Out.WriteLineAsync($"retention {report.RequestId}: audit {report.AuditFile}");
            foreach (AuditEntry entry in report.Entries)
            {
                await host.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {entry.Target,-13} {entry.Outcome,-14} {entry.RowsRemoved,10} rows {entry.FilesChanged,6} files  {entry.Detail}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static LakeCatalog OpenCatalog(DirectoryInfo lake)
    {
        if (!lake.Exists)
        {
            throw new CliException($"lake {lake.FullName} does not exist");
        }

        return new LakeCatalog(lake.FullName);
    }

    private static string? TryBootstrap(HostContext host)
    {
        try
        {
            return host.ResolveBootstrap();
        }
        catch (CliException)
        {
            return null;
        }
    }

    /// <summary>
    /// The subject's pseudonym under every configured key version, computed by the processor's own
    /// <see cref="Pseudonymizer"/> from the same configuration (<c>Pseudonym:Keys:&lt;version&gt;</c>,
    /// <c>Pseudonym:CurrentVersion</c>, <c>Pseudonym:AllowDevelopmentKey</c>), so erasure finds exactly what it wrote.
    /// </summary>
    private static List<string> Pseudonyms(IConfiguration configuration, string raw)
    {
        var keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (IConfigurationSection key in configuration.GetSection("Pseudonym:Keys").GetChildren())
        {
            keys[key.Key] = key.Value;
        }

        PseudonymOptions options;
        try
        {
            options = PseudonymOptions.FromConfiguration(keys, configuration["Pseudonym:CurrentVersion"], configuration.GetValue("Pseudonym:AllowDevelopmentKey", false));
        }
        catch (ArgumentException ex)
        {
            throw new CliException(ex.Message);
        }

        var pseudonymizer = new Pseudonymizer(options);
        var pseudonyms = new List<string>();
        foreach (int version in pseudonymizer.Versions)
        {
            pseudonyms.Add(pseudonymizer.Subject(raw, version));
        }

        return pseudonyms;
    }

    private static string Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture) ?? "";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
