using System.Globalization;

namespace Pipeline.Host.Hosting;

/// <summary>
/// The one place a duration given as a number (<c>--duration 10</c>, <c>--until-idle 5</c>, <c>--minutes 30</c>,
/// <c>Capture:MessageTimeoutSeconds</c>) becomes a <see cref="TimeSpan"/>: above zero, at most a bound (a week unless
/// the command says otherwise), never NaN or infinite; anything else is a one-line <see cref="CliException"/>.
/// </summary>
internal static class Durations
{
    /// <summary>The bound when a command names none: a week, past any run of a command.</summary>
    public static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>A positive number of seconds.</summary>
    public static TimeSpan Seconds(double seconds, string name, TimeSpan? max = null) =>
        Positive(seconds, TimeSpan.FromSeconds(1), "seconds", name, max ?? Week);

    /// <summary>A positive number of minutes.</summary>
    public static TimeSpan Minutes(double minutes, string name, TimeSpan? max = null) =>
        Positive(minutes, TimeSpan.FromMinutes(1), "minutes", name, max ?? Week);

    private static TimeSpan Positive(double amount, TimeSpan unit, string unitName, string name, TimeSpan max)
    {
        double units = max / unit;
        // Written so that NaN fails too: every comparison with NaN is false.
        if (!(amount > 0 && amount <= units))
        {
            string bound = max == Week ? "a week" : string.Create(CultureInfo.InvariantCulture, $"{units:0.###} {unitName}");
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{name} must be above 0 and at most {bound}, got {amount}"));
        }

        return unit * amount;
    }
}
