namespace Pipeline.Capture.Sources.Synthetic;

/// <summary>How a synthetic person behaves. Immutable; validated once. The same options and seed give the same events.</summary>
public sealed record SyntheticOptions
{
    /// <summary>The seed; every device of a load test gets its own.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Pointer sampling rate while the mouse moves: 60 Hz, a common mouse and display rate.</summary>
    public double SampleRateHz { get; init; } = 60;

    /// <summary>Applications the person switches between (all must be on the allow-list to be recorded).</summary>
    public IReadOnlyList<string> Apps { get; init; } = ["editor", "browser", "terminal"];

    /// <summary>Virtual screen width in pixels.</summary>
    public int ScreenWidth { get; init; } = 1920;

    /// <summary>Virtual screen height in pixels.</summary>
    public int ScreenHeight { get; init; } = 1080;

    /// <summary>Chance that the next activity is an idle stretch: 5 %, a person who mostly works.</summary>
    public double IdleProbability { get; init; } = 0.05;

    /// <summary>Longest idle stretch: 20 s keeps load tests busy; demos may raise it past the idle threshold.</summary>
    public TimeSpan MaxIdle { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Throws with a one-line reason when an option is unusable.</summary>
    public void Validate()
    {
        if (SampleRateHz is < 1 or > 10_000 || double.IsNaN(SampleRateHz))
        {
            throw new ArgumentException($"sample rate {SampleRateHz} Hz must be from 1 to 10000");
        }

        if (Apps.Count == 0)
        {
            throw new ArgumentException("a synthetic person needs at least one application");
        }

        if (ScreenWidth is < 100 or > 100_000 || ScreenHeight is < 100 or > 100_000)
        {
            throw new ArgumentException($"screen {ScreenWidth}x{ScreenHeight} must be from 100 to 100000 pixels each way");
        }

        if (IdleProbability is < 0 or > 1 || double.IsNaN(IdleProbability))
        {
            throw new ArgumentException($"idle probability {IdleProbability} must be from 0 to 1");
        }

        if (MaxIdle < TimeSpan.FromSeconds(1))
        {
            throw new ArgumentException("maximum idle must be at least 1 s");
        }
    }
}
