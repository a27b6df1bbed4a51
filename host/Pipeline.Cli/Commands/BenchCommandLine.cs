using System.CommandLine;
using Pipeline.Host.Commands;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline bench</c>.</summary>
internal static class BenchCommandLine
{
    private static readonly BenchRequest s_defaults = new();

    public static Command Create(GlobalOptions globals)
    {
        var events = new Option<long>("--events") { Description = "Events through the pipeline at full speed", DefaultValueFactory = _ => s_defaults.Events };
        var devices = new Option<int>("--devices") { Description = "Devices (people) the events come from", DefaultValueFactory = _ => s_defaults.Devices };
        var batch = new Option<int>("--batch-events") { Description = "Events per Kafka record (the capture batcher's size bound)", DefaultValueFactory = _ => s_defaults.BatchEvents };
        var naive = new Option<long>("--naive-events") { Description = "Events through the naive design (slower: fewer keep the run short)", DefaultValueFactory = _ => s_defaults.NaiveEvents };
        var steady = new Option<double>("--steady-seconds") { Description = "Length of the latency phase at half the maximum rate", DefaultValueFactory = _ => s_defaults.SteadySeconds };
        var partitions = new Option<int>("--partitions") { Description = "Partitions of the bench topics", DefaultValueFactory = _ => s_defaults.Partitions };
        var processors = new Option<int>("--processors") { Description = "Processor instances in one group for the processor-alone reference (throughput per instance)", DefaultValueFactory = _ => s_defaults.Processors };
        var actionsAb = new Option<int>("--actions-ab") { Description = "Only price the actions stream: after the warm-up, this many pairs of sealed runs with and without the action reducer, order alternating; every other stage skipped", DefaultValueFactory = _ => 0 };
        var json = new Option<FileInfo?>("--json") { Description = "Also write the figures as JSON to this file" };
        var plot = new Option<FileInfo?>("--plot") { Description = "Also draw throughput over time and the steady phase's latency distribution into this PNG file" };
        var command = new Command("bench", "The end-to-end benchmark: throughput, latency, CPU and memory of the whole pipeline, next to the ceiling, the processor alone, a Streamiz.Kafka.Net peer and the naive design on the same broker")
        {
            events, devices, batch, naive, steady, partitions, processors, actionsAb, json, plot,
        };
        globals.SetAction(command, (parse, host) => BenchCommand.RunAsync(host, new BenchRequest
        {
            Events = parse.GetValue(events),
            Devices = parse.GetValue(devices),
            BatchEvents = parse.GetValue(batch),
            NaiveEvents = parse.GetValue(naive),
            SteadySeconds = parse.GetValue(steady),
            Partitions = parse.GetValue(partitions),
            Processors = parse.GetValue(processors),
            ActionsAbPairs = parse.GetValue(actionsAb),
            Json = parse.GetValue(json),
            Plot = parse.GetValue(plot),
        }), BenchCommand.DefaultLogLevel);
        return command;
    }
}
