using System.Globalization;
using System.Net;
using System.Text;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Gate;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The page itself, rendered on the device: plain words first (consent and the notice, what is captured and never
/// captured, the allowed applications, the spool and what was sent), the controls as ordinary forms (they work
/// without script), and places for the charts that <c>page.js</c> draws from <c>/api/activity</c>. Every value is
/// HTML-encoded; the page has no inline script or style, as its Content-Security-Policy demands.
/// </summary>
internal static class PageRenderer
{
    public sealed record Model(
        ConsentRecord Consent,
        long NowMicros,
        TimeZoneInfo Zone,
        PrivacyOptions Privacy,
        string Destination,
        string LedgerPath,
        string ActivityPath,
        bool ServedByAgent,
        ActivitySummary Summary,
        string? Message,
        bool MessageIsProblem,
        string? Problem);

    public static readonly int[] HourChoices = [1, 4, 8, 24];

    public static string StatusKey(ConsentStatus status) => status switch
    {
        ConsentStatus.Granted => "granted",
        ConsentStatus.Paused => "paused",
        ConsentStatus.Revoked => "revoked",
        _ => "none",
    };

    public static string StatusLine(ConsentRecord consent, long nowMicros, TimeZoneInfo zone) => consent.StatusAt(nowMicros) switch
    {
        ConsentStatus.Granted => "Recording, in allowed applications only.",
        ConsentStatus.Paused => $"Paused until {Until(consent.PausedUntilMicros ?? nowMicros, nowMicros, zone)}. Nothing is recorded; it resumes by itself then.",
        ConsentStatus.Revoked => "Not recording: you revoked consent. Nothing is captured until you grant it again.",
        _ => "Not recording: you have not given consent. Nothing is captured until you do.",
    };

    public static string Render(Model m)
    {
        ConsentStatus status = m.Consent.StatusAt(m.NowMicros);
        ActivitySummary s = m.Summary;
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"referrer\" content=\"same-origin\">\n")
            .Append("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n")
            .Append("<title>Your data on this workstation</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/assets/page.css\">\n")
            .Append("<script src=\"/assets/page.js\" defer></script>\n</head>\n")
            .Append(CultureInfo.InvariantCulture, $"<body data-hours=\"{s.Hours}\">\n");

        html.Append("<header>\n<h1>Your data on this workstation</h1>\n")
            .Append("<p class=\"intro\">This page is served by ").Append(m.ServedByAgent ? "the capture agent" : "<code>pipeline consent ui</code>")
            .Append(" on this computer, for you alone. It shows what the agent records about you and what it has seen of you, and lets you pause, resume or stop it.</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p id=\"status\" class=\"status status-{StatusKey(status)}\" data-state=\"{StatusKey(status)}\">")
            .Append(E(StatusLine(m.Consent, m.NowMicros, m.Zone))).Append("</p>\n")
            .Append("<p id=\"headline\" class=\"sub\">Consent: ").Append(E(ConsentNotice.Headline(m.Consent, m.NowMicros))).Append("</p>\n");
        if (m.Message is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p id=\"message\" class=\"message{(m.MessageIsProblem ? " problem" : "")}\" role=\"status\">").Append(E(m.Message)).Append("</p>\n");
        }

        if (m.Problem is not null)
        {
            html.Append("<p id=\"problem\" class=\"message problem\" role=\"alert\">").Append(E(m.Problem)).Append("</p>\n");
        }

        html.Append("</header>\n<main>\n");
        Controls(html, status);
        Captured(html, m, status);
        Activity(html, m);
        Delivery(html, m);
        Notice(html, m);
        Kept(html, m);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Controls(StringBuilder html, ConsentStatus status)
    {
        html.Append("<section id=\"controls\" aria-label=\"Your controls\">\n<h2>Your controls</h2>\n<div class=\"controls\">\n");
        if (status is ConsentStatus.Granted or ConsentStatus.Paused)
        {
            if (status == ConsentStatus.Paused)
            {
                Button(html, "/consent/resume", "resume", "Resume now", "primary", null);
            }

            Button(html, "/consent/pause", "pause-30", "Pause for 30 minutes", status == ConsentStatus.Granted ? "primary" : "", ("minutes", "30"));
            html.Append("<form method=\"post\" action=\"/consent/pause\" class=\"inline\">")
                .Append("<label>Pause for <input id=\"pause-minutes\" name=\"minutes\" type=\"number\" min=\"1\" max=\"10080\" value=\"60\" required> minutes</label> ")
                .Append("<button id=\"pause-custom\" type=\"submit\">Pause</button></form>\n");
            html.Append("<form method=\"post\" action=\"/consent/pause\" class=\"inline\">")
                .Append("<label>Pause until <input id=\"pause-until\" name=\"until\" type=\"time\" required></label> ")
                .Append("<button id=\"pause-until-button\" type=\"submit\">Pause</button></form>\n");
            Button(html, "/consent/revoke", "revoke", "Revoke consent: stop and record nothing", "danger", null);
        }
        else
        {
            Button(html, "/consent/grant", "grant", "I agree to the notice below: start recording", "primary", null);
        }

        html.Append("</div>\n<p class=\"hint\">The same as <code>pipeline consent grant | pause | resume | revoke</code>: the agent applies it within a second and tells the pipeline.</p>\n</section>\n");
    }

    private static void Captured(StringBuilder html, Model m, ConsentStatus status)
    {
        html.Append("<section id=\"captured\">\n<h2>What is captured now</h2>\n<p id=\"captured-now\">")
            .Append(E(status == ConsentStatus.Granted ? ConsentNotice.CapturedWhenGranted : ConsentNotice.CapturedWhenNotGranted)).Append("</p>\n")
            .Append("<p id=\"allowed-apps\">").Append(E(ConsentNotice.AllowedApplications(m.Privacy))).Append("</p>\n")
            .Append("<p id=\"titles\">").Append(E(ConsentNotice.Titles(m.Privacy))).Append("</p>\n")
            .Append("<h2>Never captured</h2>\n<p id=\"never-captured\">").Append(E(ConsentNotice.NeverCaptured)).Append("</p>\n</section>\n");
    }

    private static void Activity(StringBuilder html, Model m)
    {
        ActivitySummary s = m.Summary;
        html.Append("<section id=\"activity\">\n<h2>What the agent saw of you</h2>\n<nav class=\"hours\" aria-label=\"Hours shown\">Show the last ");
        foreach (int h in HourChoices)
        {
            html.Append(h == s.Hours
                ? string.Create(CultureInfo.InvariantCulture, $"<strong>{h} h</strong> ")
                : string.Create(CultureInfo.InvariantCulture, $"<a href=\"/?hours={h}\">{h} h</a> "));
        }

        html.Append("</nav>\n<p id=\"activity-summary\">")
            .Append(E(string.Create(CultureInfo.InvariantCulture,
                $"In the last {Hours(s.Hours)}: {N(s.EventsShown)} events recorded, active for {Duration(s.ActiveMinutes)}, quiet for {Duration(s.QuietMinutes)}.")))
            .Append(" These are counts the agent keeps on this device; the events themselves are not kept here.</p>\n")
            .Append("<figure><figcaption id=\"caption-minutes\">Events per minute, by kind</figcaption><div id=\"chart-minutes\" class=\"chart\"></div><div id=\"legend-minutes\" class=\"legend\"></div></figure>\n")
            .Append("<figure><figcaption>Active and quiet stretches</figcaption><div id=\"chart-timeline\" class=\"chart\"></div><div id=\"legend-timeline\" class=\"legend\"></div></figure>\n")
            .Append("<figure><figcaption>Where the pointer was, over your screen</figcaption><div id=\"chart-heat\" class=\"chart heat\"></div></figure>\n")
            .Append("<noscript><p>The charts need the page's own script; the numbers above do not.</p></noscript>\n</section>\n");
    }

    private static void Delivery(StringBuilder html, Model m)
    {
        ActivitySummary s = m.Summary;
        DeliveryState d = s.Delivery;
        string agent = m.ServedByAgent
            ? "The agent serving this page is running."
            : s.AgentReporting
                ? $"The capture agent is running (it last reported {When(s.AsOfMicros, m.NowMicros, m.Zone)})."
                : s.AsOfMicros > 0
                    ? $"The capture agent is not running; it last reported {When(s.AsOfMicros, m.NowMicros, m.Zone)}."
                    : "The capture agent has not reported anything on this device yet.";
        string waiting = d.PendingRecords == 0
            ? "Nothing is waiting in the spool on this device."
            : string.Create(CultureInfo.InvariantCulture, $"{N(d.PendingRecords)} records ({Bytes(d.PendingBytes)}) wait in the spool on this device{(d.BrokerReachable ? "" : "; the broker cannot be reached right now, so they wait until it can")}.");
        string last = d.LastDeliveryMicros is { } t
            ? $"Data was last delivered {When(t, m.NowMicros, m.Zone)}."
            : "No delivery has been seen yet.";
        string today = string.Create(CultureInfo.InvariantCulture,
            $"Sent today: {N(s.DeliveredEventsToday)} events in {N(s.DeliveredBatchesToday)} batches (recorded today: {N(s.RecordedToday)} events).");
        html.Append("<section id=\"delivery\">\n<h2>Waiting and sent</h2>\n<ul>\n")
            .Append("<li id=\"agent\">").Append(E(agent)).Append("</li>\n")
            .Append("<li id=\"spool\">").Append(E(waiting)).Append("</li>\n")
            .Append("<li id=\"last-delivery\">").Append(E(last)).Append("</li>\n")
            .Append("<li id=\"sent-today\">").Append(E(today)).Append("</li>\n")
            .Append("<li id=\"destination\">Where it goes: ").Append(E(m.Destination)).Append(". ").Append(E(ConsentNotice.Downstream)).Append("</li>\n")
            .Append("</ul>\n</section>\n");
    }

    private static void Notice(StringBuilder html, Model m)
    {
        long? granted = ConsentNotice.GrantedAtMicros(m.Consent);
        string agreed = granted is { } g
            ? $"You agreed to notice version {m.Consent.NoticeVersion} {When(g, m.NowMicros, m.Zone)}."
            : $"You have not agreed to this notice (version {ConsentRecord.CurrentNoticeVersion}).";
        html.Append("<section id=\"notice\">\n<h2>The notice</h2>\n<p id=\"notice-version\">").Append(E(agreed)).Append("</p>\n<div class=\"notice\">\n")
            .Append("<p><strong>While you consent:</strong> ").Append(E(ConsentNotice.CapturedWhenGranted)).Append("</p>\n")
            .Append("<p><strong>Never:</strong> ").Append(E(ConsentNotice.NeverCaptured)).Append("</p>\n")
            .Append("<p><strong>Downstream:</strong> ").Append(E(ConsentNotice.Downstream)).Append("</p>\n")
            .Append("<p><strong>Your controls:</strong> pause (30 minutes, or as long as you choose), resume, revoke, here or with <code>pipeline consent</code>; ")
            .Append("a pause ends by itself. Nothing is recorded before you agree, while paused or after you revoke.</p>\n")
            .Append("<p><strong>Your record:</strong> <code>").Append(E(m.LedgerPath)).Append("</code>, readable by you only.</p>\n</div>\n</section>\n");
    }

    private static void Kept(StringBuilder html, Model m)
    {
        html.Append("<section id=\"kept\">\n<h2>What this page keeps, and who can open it</h2>\n")
            .Append("<p>For this page the agent keeps counts only, in <code>").Append(E(m.ActivityPath)).Append("</code>: events per minute by kind, ")
            .Append("pointer positions per hour in a 32 × 32 grid over the screen, active minutes and what was delivered, for the last 24 hours. ")
            .Append("Never the events, keys, text, applications or exact positions. The file is readable by you only and you may delete it at any time.</p>\n")
            .Append("<p>Only someone who can read your token (in your own state folder) can open this page: anyone else, including other accounts on this machine, is refused.</p>\n")
            .Append("</section>\n");
    }

    private static void Button(StringBuilder html, string action, string id, string label, string style, (string Name, string Value)? field)
    {
        html.Append(CultureInfo.InvariantCulture, $"<form method=\"post\" action=\"{action}\" class=\"inline\">");
        if (field is { } f)
        {
            html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{f.Name}\" value=\"{E(f.Value)}\">");
        }

        html.Append(CultureInfo.InvariantCulture, $"<button id=\"{id}\" type=\"submit\" class=\"{style}\">{E(label)}</button></form>\n");
    }

    /// <summary>A moment in a sentence: "today at 14:05", "yesterday at 23:10", "on 2026-11-20 at 09:00".</summary>
    public static string When(long micros, long nowMicros, TimeZoneInfo zone)
    {
        (DateTimeOffset t, int days) = Local(micros, nowMicros, zone);
        string clock = t.ToString("HH:mm", CultureInfo.InvariantCulture);
        return days switch
        {
            0 => $"today at {clock}",
            1 => $"yesterday at {clock}",
            -1 => $"tomorrow at {clock}",
            _ => "on " + t.ToString("yyyy-MM-dd 'at' HH:mm", CultureInfo.InvariantCulture),
        };
    }

    /// <summary>An end time after "until": "14:05" today, "tomorrow 08:00", else the date.</summary>
    public static string Until(long micros, long nowMicros, TimeZoneInfo zone)
    {
        (DateTimeOffset t, int days) = Local(micros, nowMicros, zone);
        string clock = t.ToString("HH:mm", CultureInfo.InvariantCulture);
        return days switch
        {
            0 => clock,
            -1 => $"tomorrow {clock}",
            _ => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        };
    }

    private static (DateTimeOffset Local, int DaysAgo) Local(long micros, long nowMicros, TimeZoneInfo zone)
    {
        DateTimeOffset t = TimeZoneInfo.ConvertTime(Micros.ToDateTimeOffset(micros), zone);
        DateTimeOffset now = TimeZoneInfo.ConvertTime(Micros.ToDateTimeOffset(nowMicros), zone);
        return (t, (now.Date - t.Date).Days);
    }

    private static string Hours(int hours) => hours == 1 ? "hour" : string.Create(CultureInfo.InvariantCulture, $"{hours} hours");

    private static string Duration(int minutes) => minutes < 60
        ? string.Create(CultureInfo.InvariantCulture, $"{minutes} min")
        : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min");

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
