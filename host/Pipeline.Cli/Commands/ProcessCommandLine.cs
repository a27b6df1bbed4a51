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
        var allowApps = new Option<string?>("--allow-apps")
        {
            Description = "The stream's own allow-list (a,b): input while any other application has focus is dropped here (app_not_allowed), matched as the devices' --allow-apps; default Processor:AllowApps, else none (the stream lets through what the devices let through)",
        };
        var denyApps = new Option<string?>("--deny-apps")
        {
            Description = "The stream's deny-list (c,d): input while one of these has focus is dropped here (app_not_allowed), whatever --allow-apps says; default Processor:DenyApps, else none",
        };
        var command = new Command("process", "Run the stream processor: consent (fail closed), the stream's app gate, pseudonyms, redaction, sessions and idle detection, exactly once")
        {
            untilIdle, group, allowApps, denyApps,
        };
        globals.SetAction(command, (parse, host) => ProcessCommand.RunAsync(host, new ProcessRequest
        {
            UntilIdleSeconds = parse.GetValue(untilIdle),
            Group = parse.GetValue(group),
            AllowApps = parse.GetValue(allowApps),
            DenyApps = parse.GetValue(denyApps),
        }));
        return command;
    }
}
