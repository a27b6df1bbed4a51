namespace Pipeline.Host.Hosting;

/// <summary>Process exit codes that scripts can branch on.</summary>
public static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>A failure at run time (lost broker, data error that stops the role, records left undelivered).</summary>
    public const int Failed = 1;

    /// <summary>Bad input: an option, a configuration value or a file the person gave.</summary>
    public const int BadInput = 2;

    /// <summary>Ended by SIGINT or SIGTERM after a clean shutdown.</summary>
    public const int Interrupted = 130;
}
