using System.Runtime.InteropServices;

namespace Pipeline.Host.Hosting;

/// <summary>
/// Runs one command as a process: SIGINT/SIGTERM cancel the command's token for a clean shutdown (a second signal
/// ends the process at once), bad input ends with its one-line reason and <see cref="ExitCodes.BadInput"/>, an
/// interrupted command with <see cref="ExitCodes.Interrupted"/>, and nothing ends as an unhandled exception.
/// </summary>
public static class PipelineHost
{
    /// <summary>Runs <paramref name="command"/> with a token that the process's stop signals cancel.</summary>
    /// <param name="command">The command: parses, creates its <see cref="HostContext"/>, runs; returns the exit code.</param>
    /// <param name="error">Where reasons go; standard error by default.</param>
    public static async Task<int> RunAsync(Func<CancellationToken, Task<int>> command, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        TextWriter stderr = error ?? Console.Error;
        using var stopping = new CancellationTokenSource();
        using PosixSignalRegistration sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => OnSignal(c, stopping));
        using PosixSignalRegistration sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => OnSignal(c, stopping));
        try
        {
            return await command(stopping.Token);
        }
        catch (CliException ex)
        {
            await stderr.WriteLineAsync($"pipeline: {CliException.FirstLine(ex.Message)}");
            return ex.ExitCode;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return ExitCodes.Interrupted;
        }
        catch (Exception ex)
        {
            // A bug, not bad input: the reason on the first line for scripts and people, the trace below it for the fix.
            await stderr.WriteLineAsync($"pipeline: unexpected {ex.GetType().Name}: {CliException.FirstLine(ex.Message)}");
            await stderr.WriteLineAsync(ex.ToString());
            return ExitCodes.Failed;
        }
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
