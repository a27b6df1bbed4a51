using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Host.Hosting;

namespace Pipeline.Host.Commands;

/// <summary><c>pipeline demo</c> as asked for; the defaults make a twenty-second run that shows every stage at work.</summary>
public sealed record DemoRequest
{
    /// <summary><c>--lake</c>: where the demo's lake goes.</summary>
    public required DirectoryInfo Lake { get; init; }

    /// <summary><c>--devices</c>: synthetic people, one device each; 6 includes the one who pauses and the one who revokes.</summary>
    public int Devices { get; init; } = 6;

    /// <summary><c>--duration</c>: seconds of capture; 20 s shows sessions and idle periods at the default speed.</summary>
    public double DurationSeconds { get; init; } = 20;

    /// <summary><c>--rate</c>: pointer sampling rate per device while moving, in Hz (<see cref="SyntheticFleetOptions.RateHz"/>).</summary>
    public double RateHz { get; init; } = new SyntheticFleetOptions().RateHz;

    /// <summary>
    /// <c>--speed</c>: how much faster than real time the synthetic people live (1 = real time); 30 turns twenty
    /// seconds into ten minutes of their day, enough for idle stretches and closed sessions.
    /// </summary>
    public double Speed { get; init; } = 30;

    /// <summary><c>--seed</c>: seed of the first synthetic person (<see cref="SyntheticFleetOptions.Seed"/>).</summary>
    public int Seed { get; init; } = new SyntheticFleetOptions().Seed;

    /// <summary>The capture time, checked: above zero and at most an hour.</summary>
    /// <exception cref="CliException">It is not.</exception>
    public TimeSpan CaptureTime() => Durations.Seconds(DurationSeconds, "--duration", TimeSpan.FromHours(1));

    /// <summary>Refuses an unusable value with a one-line reason naming the option.</summary>
    /// <exception cref="CliException">A value is out of range.</exception>
    public void Validate()
    {
        if (Devices is < 1 or > 1000)
        {
            throw new CliException($"--devices must be 1 to 1000, got {Devices}");
        }

        _ = CaptureTime();
        if (!(RateHz >= 1 && RateHz <= 1000))
        {
            throw new CliException($"--rate must be 1 to 1000 Hz, got {RateHz}");
        }

        if (!(Speed >= 1 && Speed <= 1000))
        {
            throw new CliException($"--speed must be 1 to 1000, got {Speed}");
        }
    }
}
