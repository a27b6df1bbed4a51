namespace Pipeline.Host.Commands;

/// <summary>What <c>pipeline consent …</c> does to the person's consent on this device.</summary>
public enum ConsentChange
{
    /// <summary><c>status</c>: changes nothing; shows the notice and the current state.</summary>
    Status,

    /// <summary><c>grant</c>: agrees to the notice that <c>consent status</c> shows.</summary>
    Grant,

    /// <summary><c>pause</c>: stops capture for a while; it resumes by itself.</summary>
    Pause,

    /// <summary><c>resume</c>: ends a pause now.</summary>
    Resume,

    /// <summary><c>revoke</c>: withdraws consent until it is granted again.</summary>
    Revoke,
}
