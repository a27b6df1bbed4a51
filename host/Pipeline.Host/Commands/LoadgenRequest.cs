using Pipeline.Capture.Sources.Synthetic;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline loadgen</c> as asked for; the defaults are the command's.</summary>
public sealed record LoadgenRequest
{
    /// <summary><c>--devices</c>: how many synthetic devices; 10, a small office.</summary>
    public int Devices { get; init; } = 10;

    /// <summary><c>--rate</c>: pointer sampling rate per device while moving, in Hz (<see cref="SyntheticFleetOptions.RateHz"/>).</summary>
    public double RateHz { get; init; } = new SyntheticFleetOptions().RateHz;

    /// <summary><c>--duration</c>: how long to run, in seconds; 10 s makes a quick check.</summary>
    public double DurationSeconds { get; init; } = 10;

    /// <summary><c>--seed</c>: seed of the first device; device i uses seed + i (<see cref="SyntheticFleetOptions.Seed"/>).</summary>
    public int Seed { get; init; } = new SyntheticFleetOptions().Seed;
}
