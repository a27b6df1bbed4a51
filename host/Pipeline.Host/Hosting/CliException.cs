namespace Pipeline.Host.Hosting;

/// <summary>
/// Bad input or a refused start: the host prints the one-line reason and exits with <see cref="ExitCode"/>,
/// without a stack trace, because the person can act on the reason and nothing else.
/// </summary>
public sealed class CliException : Exception
{
    /// <summary>A refusal with its one-line reason and exit code (<see cref="ExitCodes.BadInput"/> by default).</summary>
    public CliException(string reason, int exitCode = ExitCodes.BadInput)
        : base(reason)
    {
        ExitCode = exitCode;
    }

    /// <summary>A refusal caused by <paramref name="inner"/>, whose message is the reason.</summary>
    public CliException(string reason, Exception inner, int exitCode = ExitCodes.BadInput)
        : base(reason, inner)
    {
        ExitCode = exitCode;
    }

    /// <summary>The process exit code.</summary>
    public int ExitCode { get; }

    /// <summary>
    /// Runs a library's validation (options records throw <see cref="ArgumentException"/> with a one-line reason) and
    /// turns its refusal into bad input.
    /// </summary>
    public static void ThrowIfInvalid(Action validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        try
        {
            validate();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(FirstLine(ex.Message), ex);
        }
    }

    /// <summary>Builds something a library validates as it is built, turning its refusal into bad input.</summary>
    public static T ThrowIfInvalid<T>(Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        try
        {
            return build();
        }
        catch (ArgumentException ex)
        {
            throw new CliException(FirstLine(ex.Message), ex);
        }
    }

    /// <summary>The first line of a message: exception texts may carry a second line (an actual value, a parameter).</summary>
    internal static string FirstLine(string text)
    {
        int end = text.AsSpan().IndexOfAny('\r', '\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
