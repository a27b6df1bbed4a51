using System.CommandLine;
using Pipeline.Host.Commands;

namespace Pipeline.Cli.Commands;

/// <summary><c>pipeline process</c>.</summary>
internal static class ProcessCommandLine
{
    public static Command Create(GlobalOptions globals)
    {
        var untilIdle = new Option<double?>("--until-idle")
        {
            Description = "Exit 0 after this many seconds with nothing new to do (no record read, no session closed); for batch runs and tests",
        };
        var group = new Option<string?>("--group")
        {
            Description = "Consumer group of the processors; instances in one group split the raw topic's partitions (default pipeline-processor)",
        };
        var command = new Command("process", "Run the stream processor: consent, pseudonyms, redaction, sessions and idle detection, exactly once")
        {
            untilIdle, group,
        };
        globals.SetAction(command, (parse, host) => ProcessCommand.RunAsync(host, new ProcessRequest
        {
            UntilIdleSeconds = parse.GetValue(untilIdle),
            Group = parse.GetValue(group),
        }));
        return command;
    }
}
