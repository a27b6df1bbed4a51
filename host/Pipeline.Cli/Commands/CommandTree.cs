using System.CommandLine;
using System.CommandLine.Parsing;

namespace Pipeline.Cli.Commands;

/// <summary>
/// The <c>pipeline</c> command tree (DESIGN.md's command table: names, options, defaults, help). Parses, turns a
/// parse error into one line and exit 2, and runs the command's action.
/// </summary>
internal static class CommandTree
{
    public static Task<int> InvokeAsync(string[] args, CancellationToken stopping)
    {
        ParseResult parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            return Task.FromResult(Refuse(parse));
        }

        return parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stopping);
    }

    public static RootCommand Build()
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("Pipeline: privacy-first capture, processing and lake for human-computer interaction data");
        globals.AddTo(root);
        root.Subcommands.Add(DemoCommandLine.Create(globals));
        root.Subcommands.Add(BrokerCommandLine.Create(globals));
        root.Subcommands.Add(CaptureCommandLine.Capture(globals));
        root.Subcommands.Add(CaptureCommandLine.Loadgen(globals));
        root.Subcommands.Add(CaptureCommandLine.Consent(globals));
        root.Subcommands.Add(CaptureCommandLine.Import(globals));
        root.Subcommands.Add(ProcessCommandLine.Create(globals));
        root.Subcommands.Add(LakeCommandLine.Sink(globals));
        root.Subcommands.Add(LakeCommandLine.Lake(globals));
        root.Subcommands.Add(BenchCommandLine.Create(globals));
        return root;
    }

    /// <summary>Bad input on the command line: the parser's reasons on one line, and where the usage is.</summary>
    private static int Refuse(ParseResult parse)
    {
        var path = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is CommandResult command; result = command.Parent)
        {
            path.Insert(0, command.Command.Name);
        }

        var reasons = new List<string>(parse.Errors.Count);
        foreach (ParseError error in parse.Errors)
        {
            reasons.Add(error.Message.ReplaceLineEndings(" ").Trim());
        }

        Console.Error.WriteLine($"pipeline: {string.Join(' ', reasons)} (usage: {string.Join(' ', path)} --help)");
        return Pipeline.Host.Hosting.ExitCodes.BadInput;
    }
}
