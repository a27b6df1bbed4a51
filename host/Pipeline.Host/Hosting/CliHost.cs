using System.CommandLine;
using System.Runtime.InteropServices;
using Pipeline.Host.Commands;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Builds the command tree and runs one command: SIGINT/SIGTERM cancel the command's token for a clean
/// shutdown (a second signal ends the process at once); bad input exits with a one-line reason.
/// </summary>
internal static class CliHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        using var stopping = new CancellationTokenSource();
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, stopping));
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, stopping));

        var globals = new GlobalOptions();
        RootCommand root = BuildRoot(globals);
        ParseResult parse = root.Parse(args);
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, stopping.Token);
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync($"pipeline: {ex.Message}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
    }

    public static RootCommand BuildRoot(GlobalOptions globals)
    {
        var root = new RootCommand("Pipeline: privacy-first capture, processing and lake for human-computer interaction data");
        globals.AddTo(root);
        DemoCommand.AddTo(root, globals);
        BrokerCommand.AddTo(root, globals);
        CaptureCommands.AddTo(root, globals);
        ProcessCommand.AddTo(root, globals);
        LakeCommands.AddTo(root, globals);
        BenchCommand.AddTo(root, globals);
        return root;
    }

    private static void OnSignal(PosixSignalContext context, CancellationTokenSource stopping)
    {
        if (stopping.IsCancellationRequested)
        {
            return; // second signal: let the runtime end the process
        }

        context.Cancel = true;
        stopping.Cancel();
    }
}
