using System.Globalization;
using System.Text;
using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Consent;

/// <summary>
/// The plain-language status a person reads (<c>pipeline consent status</c>, and the agent at start): what is
/// captured now, what is never captured, and where the data goes.
/// </summary>
public static class ConsentNotice
{
    /// <summary>Describes the current state for a person.</summary>
    /// <param name="record">The consent record.</param>
    /// <param name="privacy">The allow-list and titles setting in force (null when no agent setting is known).</param>
    /// <param name="destination">Where records go, e.g. "Kafka at host:9092, topic interaction.raw.v1".</param>
    /// <param name="nowMicros">Now, UTC microseconds.</param>
    /// <param name="ledgerPath">Where the consent record is kept.</param>
    public static string Describe(ConsentRecord record, PrivacyOptions? privacy, string destination, long nowMicros, string ledgerPath)
    {
        ArgumentNullException.ThrowIfNull(record);
        var text = new StringBuilder();
        ConsentStatus status = record.StatusAt(nowMicros);
        text.AppendLine(CultureInfo.InvariantCulture, $"Consent: {Headline(record, status)}");
        text.AppendLine();
        text.AppendLine("Captured now:");
        if (status != ConsentStatus.Granted)
        {
            text.AppendLine("  nothing. The agent is not listening to input at all.");
        }
        else
        {
            text.AppendLine("  while an allowed application has focus: pointer moves, clicks and scrolls with screen position;");
            text.AppendLine("  key presses as their time and class only (letter, digit, space, punctuation, modifier,");
            text.AppendLine("  navigation, editing, function); which allowed application has focus.");
            if (privacy is not null)
            {
                text.AppendLine(privacy.AllowApps.Count == 0
                    ? "  Allowed applications: none yet, so nothing is recorded (use --allow-apps a,b)."
                    : $"  Allowed applications: {string.Join(", ", privacy.AllowApps)}. Input in any other application is not recorded, not even its name.");
                text.AppendLine(privacy.WithTitles
                    ? "  Window titles of allowed applications: yes, with e-mail addresses, links, paths and numbers removed on this device."
                    : "  Window titles: no.");
            }
        }

        text.AppendLine();
        text.AppendLine("Never captured: which key was pressed, any text you type, passwords, clipboard, screenshots,");
        text.AppendLine("  screen contents, input in applications that are not allowed, anything before consent or while paused.");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"Where it goes: {destination}. Names are replaced by keyed pseudonyms and titles scrubbed again");
        text.AppendLine("  before anyone downstream reads the data; you can have all of it erased.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Your record: {ledgerPath} (notice version {ConsentRecord.CurrentNoticeVersion}).");
        text.Append(CultureInfo.InvariantCulture, $"Controls: pipeline consent grant | pause [--minutes {ConsentRecord.DefaultPause.TotalMinutes:0}] | resume | revoke | status");
        return text.ToString();
    }

    private static string Headline(ConsentRecord record, ConsentStatus status) => status switch
    {
        ConsentStatus.None => "not given. Nothing is captured until you run `pipeline consent grant`.",
        ConsentStatus.Granted => $"given on {Format(record.History.Count > 0 ? LastGrant(record) : record.SinceMicros)} (notice {record.NoticeVersion}).",
        ConsentStatus.Paused => $"paused until {Format(record.PausedUntilMicros ?? 0)}; capture resumes by itself then.",
        ConsentStatus.Revoked => $"revoked on {Format(record.SinceMicros)}. Nothing is captured.",
        _ => "unknown.",
    };

    private static long LastGrant(ConsentRecord record)
    {
        for (int i = record.History.Count - 1; i >= 0; i--)
        {
            if (record.History[i].State == Schemas.Model.ConsentState.Granted)
            {
                return record.History[i].TimeMicros;
            }
        }

        return record.SinceMicros;
    }

    private static string Format(long micros) =>
        Micros.ToDateTimeOffset(micros).ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
