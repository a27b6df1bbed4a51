namespace Pipeline.Host.Hosting;

/// <summary>
/// Bad input or a refused start: the host prints the one-line reason and exits with <see cref="ExitCode"/>,
/// without a stack trace, because the person can act on the reason and nothing else.
/// </summary>
internal sealed class CliException(string reason, int exitCode = ExitCodes.BadInput) : Exception(reason)
{
    public int ExitCode { get; } = exitCode;
}
