using System.CommandLine;
using Pipeline.Host.Commands;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline demo</c>.</summary>
internal static class DemoCommandLine
{
    private static readonly DemoRequest s_defaults = new() { Lake = new DirectoryInfo("lake") };

    public static Command Create(GlobalOptions globals)
    {
        Option<DirectoryInfo> lakeOption = GlobalOptions.CreateLakeOption();
        var devices = new Option<int>("--devices") { Description = "Synthetic people, one device each", DefaultValueFactory = _ => s_defaults.Devices };
        var duration = new Option<double>("--duration") { Description = "Seconds of capture", DefaultValueFactory = _ => s_defaults.DurationSeconds };
        var rate = new Option<double>("--rate") { Description = "Pointer sampling rate per device while moving, in Hz", DefaultValueFactory = _ => s_defaults.RateHz };
        var speed = new Option<double>("--speed")
        {
            Description = "How much faster than real time the synthetic people live, so a short demo shows idle periods and sessions (1 = real time)",
            DefaultValueFactory = _ => s_defaults.Speed,
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the first synthetic person", DefaultValueFactory = _ => s_defaults.Seed };
        var command = new Command("demo", "The whole pipeline on one machine: embedded broker, synthetic capture with consent, exactly-once processing and the Parquet lake, then a summary")
        {
            lakeOption, devices, duration, rate, speed, seed,
        };
        globals.SetAction(command, (parse, host) => DemoCommand.RunAsync(host, new DemoRequest
        {
            Lake = parse.GetValue(lakeOption)!,
            Devices = parse.GetValue(devices),
            DurationSeconds = parse.GetValue(duration),
            RateHz = parse.GetValue(rate),
            Speed = parse.GetValue(speed),
            Seed = parse.GetValue(seed),
        }), DemoCommand.DefaultLogLevel);
        return command;
    }
}
