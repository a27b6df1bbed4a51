using System.CommandLine;
using Pipeline.Host.Commands;
using Pipeline.Lake.Export;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Query;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline sink</c> and <c>pipeline lake query|trajectories|plot|stats|erase|export|retention</c>.</summary>
internal static class LakeCommandLine
{
    public static Command Sink(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var untilIdle = new Option<double?>("--until-idle")
        {
            Description = "Write everything out and exit 0 once nothing new has arrived for this many seconds",
        };
        var command = new Command("sink", "Write the clean, sessions, idle and actions topics to the Parquet lake, exactly once (configuration section Sink)")
        {
            lakeOption, untilIdle,
        };
        globals.SetAction(command, (parse, host) => SinkCommand.RunAsync(host, new SinkRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            UntilIdleSeconds = parse.GetValue(untilIdle),
        }));
        return command;
    }

    public static Command Lake(GlobalOptions globals)
    {
        var lake = new Command("lake", "The lake through embedded DuckDB: query, stats, erasure, a person's export and retention (each with an audit record)");
        lake.Subcommands.Add(Query(globals));
        lake.Subcommands.Add(Trajectories(globals));
        lake.Subcommands.Add(Plot(globals));
        lake.Subcommands.Add(Stats(globals));
        lake.Subcommands.Add(Erase(globals));
        lake.Subcommands.Add(Export(globals));
        lake.Subcommands.Add(Retention(globals));
        return lake;
    }

    private static Command Query(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var sql = new Argument<string>("SQL") { Description = "A DuckDB query over the views events, sessions, idle_periods, actions and audit" };
        var format = new Option<LakeOutputFormat>("--format")
        {
            Description = "Output: table (for people, first 1000 rows), csv or json (JSON Lines); all rows for csv and json",
            DefaultValueFactory = _ => LakeOutputFormat.Table,
        };
        var command = new Command("query", "Run SQL over the lake with DuckDB; timestamps are UTC") { sql, lakeOption, format };
        globals.SetAction(command, (parse, host) => LakeCommands.QueryAsync(host, new LakeQueryRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Sql = parse.GetValue(sql)!,
            Format = parse.GetValue(format),
        }));
        return command;
    }

    private static Command Trajectories(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var outOption = new Option<DirectoryInfo>("--out") { Description = "Directory for trajectories.jsonl (or .parquet)", Required = true };
        var format = new Option<TrajectoryFormat>("--format")
        {
            Description = "jsonl (one JSON line per session) or parquet (one row per session)",
            DefaultValueFactory = _ => TrajectoryFormat.Jsonl,
        };
        var session = new Option<string?>("--session") { Description = "Only this session id" };
        var from = new Option<DateTimeOffset?>("--from") { Description = "Only sessions that started at or after this time (ISO 8601)" };
        var to = new Option<DateTimeOffset?>("--to") { Description = "Only sessions that started before this time (ISO 8601)" };
        var command = new Command("trajectories", "Export sessions as agent-training trajectories (PyAutoGUI-like steps, normalised coordinates, pre-move paths)")
        {
            lakeOption, outOption, format, session, from, to,
        };
        globals.SetAction(command, (parse, host) => LakeCommands.TrajectoriesAsync(host, new LakeTrajectoriesRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Out = parse.GetValue(outOption)!,
            Format = parse.GetValue(format),
            SessionId = parse.GetValue(session),
            From = parse.GetValue(from),
            To = parse.GetValue(to),
        }));
        return command;
    }

    private static Command Plot(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var outOption = new Option<FileInfo>("--out") { Description = "The PNG to write", Required = true };
        var session = new Option<string?>("--session") { Description = "The session to draw" };
        var subject = new Option<string?>("--subject") { Description = "Instead of --session: the person's pseudonym (the lake's subject column) whose --date to draw" };
        var date = new Option<string?>("--date") { Description = "With --subject: the UTC day, YYYY-MM-DD" };
        var width = new Option<int>("--width") { Description = "Width in pixels", DefaultValueFactory = _ => 1600 };
        var height = new Option<int>("--height") { Description = "Height in pixels", DefaultValueFactory = _ => 1000 };
        var command = new Command("plot", "Draw a session or a person's day as a PNG: pointer path coloured by time with clicks and drags, a heat map of positions, and a timeline of actions and idle periods")
        {
            lakeOption, outOption, session, subject, date, width, height,
        };
        globals.SetAction(command, (parse, host) => LakeCommands.PlotAsync(host, new LakePlotRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Out = parse.GetValue(outOption)!,
            SessionId = parse.GetValue(session),
            Subject = parse.GetValue(subject),
            Date = parse.GetValue(date),
            Width = parse.GetValue(width),
            Height = parse.GetValue(height),
        }));
        return command;
    }

    private static Command Stats(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var command = new Command("stats", "Rows, files, bytes and time range per table and partition") { lakeOption };
        globals.SetAction(command, (parse, host) => LakeCommands.StatsAsync(host, new LakeRequest { Lake = parse.GetValue(lakeOption)! }));
        return command;
    }

    private static Command Erase(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var subject = new Option<string>("--subject")
        {
            Description = "The person's raw subject id; it is turned into its pseudonyms under every configured key (Pseudonym:Keys) and never stored",
            Required = true,
        };
        var command = new Command("erase", "Remove one person's rows from every lake table, tombstone their keys on compacted topics, and write an audit record") { lakeOption, subject };
        globals.SetAction(command, (parse, host) => LakeCommands.EraseAsync(host, new LakeEraseRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Subject = parse.GetValue(subject)!,
        }));
        return command;
    }

    private static Command Export(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var subject = new Option<string>("--subject")
        {
            Description = "The person's raw subject id; it is turned into its pseudonyms under every configured key (Pseudonym:Keys) and never stored",
            Required = true,
        };
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "The folder to write the person's export to: created readable by its owner only; it must not exist yet or be empty",
            Required = true,
        };
        var format = new Option<ExportFormat>("--format")
        {
            Description = "parquet (default) or jsonl (JSON Lines, one object per row)",
            DefaultValueFactory = _ => ExportFormat.Parquet,
        };
        var command = new Command("export", "Everything the lake holds about one person, in every table and under every key version, with a README per column, a manifest and an audit record")
        {
            lakeOption, subject, output, format,
        };
        globals.SetAction(command, (parse, host) => LakeCommands.ExportAsync(host, new LakeExportRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Subject = parse.GetValue(subject)!,
            Out = parse.GetValue(output)!,
            Format = parse.GetValue(format),
        }));
        return command;
    }

    private static Command Retention(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var command = new Command("retention", "Drop hour partitions older than each table's retention (section Lake:Retention: Events, Sessions, IdlePeriods, Actions, Audit) and audit it") { lakeOption };
        globals.SetAction(command, (parse, host) => LakeCommands.RetentionAsync(host, new LakeRequest { Lake = parse.GetValue(lakeOption)! }));
        return command;
    }
}
