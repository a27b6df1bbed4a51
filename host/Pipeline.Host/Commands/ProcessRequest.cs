namespace Pipeline.Host.Commands;

/// <summary><c>pipeline process</c> as asked for.</summary>
public sealed record ProcessRequest
{
    /// <summary><c>--until-idle</c>: exit 0 after this many seconds with nothing new to do; null runs until stopped.</summary>
    public double? UntilIdleSeconds { get; init; }

    /// <summary><c>--group</c>: the processors' consumer group; null takes <c>Processor:GroupId</c>, then the default.</summary>
    public string? Group { get; init; }

    /// <summary><c>--allow-apps</c> (<c>a,b</c>): the stream's allow-list; null takes <c>Processor:AllowApps</c>, then none.</summary>
    public string? AllowApps { get; init; }

    /// <summary><c>--deny-apps</c> (<c>c,d</c>): the stream's deny-list; null takes <c>Processor:DenyApps</c>, then none.</summary>
    public string? DenyApps { get; init; }
}
