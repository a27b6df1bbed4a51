using Pipeline.Capture.Delivery;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Capture.Sources.Synthetic;

/// <summary>Many synthetic devices for load tests, demos and benchmarks. Immutable; validated once.</summary>
public sealed record SyntheticFleetOptions
{
    /// <summary>How many devices (one synthetic person each).</summary>
    public int Devices { get; init; } = 1;

    /// <summary>Pointer sampling rate per device while moving, in Hz.</summary>
    public double RateHz { get; init; } = 60;

    /// <summary>Seed of the first device; device i uses seed + i.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Prefix of subject and device ids: "synthetic" gives subjects synthetic-subject-0001 and so on.</summary>
    public string IdPrefix { get; init; } = "synthetic";

    /// <summary>The person's applications; they are also the fleet's allow-list unless <see cref="AllowApps"/> is set.</summary>
    public IReadOnlyList<string> Apps { get; init; } = ["editor", "browser", "terminal"];

    /// <summary>The devices' allow-list, when it should differ from <see cref="Apps"/> (a demo showing what the gate drops).</summary>
    public IReadOnlyList<string>? AllowApps { get; init; }

    /// <summary>Batching per device.</summary>
    public BatcherOptions Batching { get; init; } = new();

    /// <summary>The keys every device seals its batches with (null: in clear, for the bench's reference run).</summary>
    public SealingOptions? Sealing { get; init; }

    /// <summary>Chance of an idle stretch per activity.</summary>
    public double IdleProbability { get; init; } = 0.05;

    /// <summary>Longest idle stretch (see <see cref="SyntheticOptions.MaxIdle"/>).</summary>
    public TimeSpan MaxIdle { get; init; } = new SyntheticOptions().MaxIdle;

    /// <summary>How often due events are offered: 20 ms, one wake-up for the whole fleet, below a person's perception of delay.</summary>
    public TimeSpan Tick { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (Devices is < 1 or > 100_000)
        {
            throw new ArgumentException($"devices {Devices} must be from 1 to 100000");
        }

        if (RateHz is < 1 or > 10_000 || double.IsNaN(RateHz))
        {
            throw new ArgumentException($"rate {RateHz} Hz must be from 1 to 10000");
        }

        if (string.IsNullOrWhiteSpace(IdPrefix))
        {
            throw new ArgumentException("the id prefix must not be empty");
        }

        if (Tick < TimeSpan.FromMilliseconds(1) || Tick > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("the fleet tick must be from 1 ms to 1 s");
        }

        Batching.Validate();
        Sealing?.Validate();
    }
}
