using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Consent;

/// <summary>
/// The rules a decoded consent record must keep beyond its schema (the schema's docs state them): a subject and a
/// device, plausible times, and a pause end only on a pause and after it began. A record that breaks one is as
/// unreadable as one that does not decode: its subject's events stop until a readable change arrives.
/// </summary>
public static class ConsentRules
{
    // 2000-01-01 and 2100-01-01 in microseconds, as for events: outside this a clock is broken, not skewed.
    private const long EarliestMicros = 946_684_800_000_000;
    private const long LatestMicros = 4_102_444_800_000_000;

    /// <summary>Whether <paramref name="change"/> keeps the rules; if not, <paramref name="violation"/> says which (never the content).</summary>
    public static bool TryValidate(ConsentChange change, out string violation)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Subject.Length == 0 || change.Device.Length == 0)
        {
            violation = "subject and device must not be empty";
            return false;
        }

        if (!TryValidate(change.State, change.TimeMicros, change.UntilMicros, out violation))
        {
            return false;
        }

        foreach (ConsentInterval earlier in change.History)
        {
            if (!TryValidate(earlier.State, earlier.TimeMicros, earlier.UntilMicros, out violation))
            {
                violation = "history: " + violation;
                return false;
            }
        }

        violation = "";
        return true;
    }

    private static bool TryValidate(ConsentState state, long time, long? until, out string violation)
    {
        if (time is < EarliestMicros or > LatestMicros)
        {
            violation = "time outside 2000..2100";
            return false;
        }

        if (until is { } end && (state != ConsentState.Paused || end <= time))
        {
            violation = state == ConsentState.Paused ? "a pause must end after it begins" : "only a pause has an end";
            return false;
        }

        violation = "";
        return true;
    }
}
