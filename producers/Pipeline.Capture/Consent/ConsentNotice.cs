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
    /// <summary>What is captured while consent is given, in one sentence (the page and the terminal show the same words).</summary>
    public const string CapturedWhenGranted =
        "While an allowed application has focus: pointer moves, clicks and scrolls with screen position; key presses as " +
        "their time and class only (letter, digit, space, punctuation, modifier, navigation, editing, function); which " +
        "allowed application has focus.";

    /// <summary>What is captured while consent is not given, paused or revoked.</summary>
    public const string CapturedWhenNotGranted = "Nothing. The agent is not listening to input at all.";

    /// <summary>What is never captured, whatever the settings.</summary>
    public const string NeverCaptured =
        "Which key was pressed, any text you type, passwords, clipboard, screenshots, screen contents, input in " +
        "applications that are not allowed, anything before consent or while paused.";

    /// <summary>What happens downstream, after the destination is named.</summary>
    public const string Downstream =
        "Names are replaced by keyed pseudonyms and titles scrubbed again before anyone downstream reads the data; you " +
        "can have all of it erased, or a copy of all of it exported.";

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
        text.AppendLine(CultureInfo.InvariantCulture, $"Consent: {Headline(record, nowMicros)}");
        text.AppendLine();
        text.AppendLine("Captured now:");
        if (status != ConsentStatus.Granted)
        {
            Wrap(text, "  ", Lower(CapturedWhenNotGranted));
        }
        else
        {
            Wrap(text, "  ", Lower(CapturedWhenGranted));
            if (privacy is not null)
            {
                Wrap(text, "  ", AllowedApplications(privacy) + (privacy.AllowApps.Count == 0 ? " Use --allow-apps a,b." : ""));
                Wrap(text, "  ", Titles(privacy));
            }
        }

        text.AppendLine();
        Wrap(text, "", "Never captured: " + Lower(NeverCaptured));
        text.AppendLine();
        Wrap(text, "", $"Where it goes: {destination}. {Downstream}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Your record: {ledgerPath} (notice version {ConsentRecord.CurrentNoticeVersion}).");
        text.Append(CultureInfo.InvariantCulture, $"Controls: pipeline consent grant | pause [--minutes {ConsentRecord.DefaultPause.TotalMinutes:0}] | resume | revoke | status");
        return text.ToString();
    }

    /// <summary>Where consent stands, in one sentence: given (when, which notice), paused until, revoked, or not given.</summary>
    public static string Headline(ConsentRecord record, long nowMicros)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.StatusAt(nowMicros) switch
        {
            ConsentStatus.None => "not given. Nothing is captured until you run `pipeline consent grant`.",
            ConsentStatus.Granted => $"given on {Format(LastGrant(record))} (notice {record.NoticeVersion}).",
            ConsentStatus.Paused => $"paused until {Format(record.PausedUntilMicros ?? 0)}; capture resumes by itself then.",
            ConsentStatus.Revoked => $"revoked on {Format(record.SinceMicros)}. Nothing is captured.",
            _ => "unknown.",
        };
    }

    /// <summary>The allowed applications, in one sentence.</summary>
    public static string AllowedApplications(PrivacyOptions privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        return privacy.AllowApps.Count == 0
            ? "Allowed applications: none yet, so nothing is recorded."
            : $"Allowed applications: {string.Join(", ", privacy.AllowApps)}. Input in any other application is not recorded, not even its name.";
    }

    /// <summary>Whether window titles are recorded, in one sentence.</summary>
    public static string Titles(PrivacyOptions privacy)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        return privacy.WithTitles
            ? "Window titles of allowed applications: yes, with e-mail addresses, links, paths and numbers removed on this device."
            : "Window titles: no.";
    }

    /// <summary>When the grant in force was given (UTC microseconds); null when consent was never given or is revoked.</summary>
    public static long? GrantedAtMicros(ConsentRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Status is ConsentStatus.None or ConsentStatus.Revoked ? null : LastGrant(record);
    }

    /// <summary>Appends <paramref name="sentence"/> in lines of at most 110 characters; later lines indented two more spaces.</summary>
    private static void Wrap(StringBuilder text, string indent, string sentence)
    {
        const int Width = 110;
        var line = new StringBuilder(indent);
        int start = line.Length;
        foreach (string word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > start && line.Length + 1 + word.Length > Width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(indent).Append("  ");
                start = line.Length;
            }

            if (line.Length > start)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        text.AppendLine(line.ToString());
    }

    private static string Lower(string sentence) => char.ToLowerInvariant(sentence[0]) + sentence[1..];

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
