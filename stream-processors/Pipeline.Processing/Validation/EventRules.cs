using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Validation;

/// <summary>
/// The rules a decoded raw batch must keep beyond its schema (the schema's docs state them): ids present, sequence
/// numbers strictly increasing, event times plausible, and each kind with only the fields it may carry. A batch that
/// breaks one goes to the dead-letter topic whole, with the rule as detail and never the content.
/// </summary>
public static class EventRules
{
    // 2000-01-01 and 2100-01-01 in microseconds: outside this a device clock is broken, not merely skewed.
    private const long EarliestMicros = 946_684_800_000_000;
    private const long LatestMicros = 4_102_444_800_000_000;

    /// <summary>Whether <paramref name="batch"/> keeps the rules; if not, <paramref name="violation"/> says which.</summary>
    public static bool TryValidate(EventBatch batch, out string violation)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Subject.Length == 0 || batch.Device.Length == 0)
        {
            violation = "subject and device must not be empty";
            return false;
        }

        Span<InteractionEvent> events = batch.Events;
        for (int i = 0; i < events.Length; i++)
        {
            ref readonly InteractionEvent e = ref events[i];
            if (i > 0 && e.Seq <= events[i - 1].Seq)
            {
                violation = "seq does not strictly increase";
                return false;
            }

            if (e.TimeMicros is < EarliestMicros or > LatestMicros)
            {
                violation = "event time outside 2000..2100";
                return false;
            }

            bool keyKind = e.Kind is EventKind.KeyDown or EventKind.KeyUp;
            bool buttonKind = e.Kind is EventKind.ButtonDown or EventKind.ButtonUp;
            if (keyKind == (e.KeyClass == KeyClass.None))
            {
                violation = keyKind ? "key event without key class" : "key class on a non-key event";
                return false;
            }

            if (buttonKind == (e.Button == MouseButton.None))
            {
                violation = buttonKind ? "button event without button" : "button on a non-button event";
                return false;
            }

            if (e.Kind != EventKind.Focus && (e.App is not null || e.Title is not null))
            {
                violation = "app or title on a non-focus event";
                return false;
            }
        }

        violation = "";
        return true;
    }
}
