namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    private static IEnumerable<Template> Mail() =>
    [
        T("outlook-inbox", "mail", "{one:Inbox|Sent Items|Drafts|Archive} - {EMAIL=email} - Outlook", 6),
        T("outlook-message", "mail", "{subject} - {EMAIL=email} - Outlook", 6),
        T("outlook-from-lastfirst", "mail", "{subject} | From: {PERSON=nameLastFirst}", 5),
        T("outlook-newmail-toast", "window", "New mail from {PERSON=name}: {subject}", 6),
        T("thunderbird-from", "mail", "From: {PERSON=name} <{EMAIL=emailOf}> - Mozilla Thunderbird", 6),
        T("thunderbird-write", "mail", "Write: {subject} — To {EMAIL=emailUnicode} - Thunderbird", 6),
        T("gmail-inbox", "tab", "Inbox ({int:1-999}) - {EMAIL=email} - Gmail", 6),
        T("gmail-thread", "tab", "{subject} - {EMAIL=emailTagged} - Gmail", 5),
        T("proton-inbox", "tab", "{one:Inbox|All mail|Spam} | {EMAIL=email} | Proton Mail", 6),
        T("fastmail-reply", "tab", "Re: {subject} – {PERSON=name} – Fastmail", 4),
        T("mailto-tab", "tab", "mailto:{EMAIL=email}?subject=Quick%20question", 4),
        T("mail-unicode-sender", "mail", "{PERSON=name} <{EMAIL=emailUnicode}> — {subject}", 5),
        T("calendar-invite-mail", "mail", "Invitation: {subject} @ {date} {time} ({EMAIL=email})", 6),
        T("calendar-accepted", "mail", "Accepted: {subject} - {PERSON=name}", 5),
    ];

    private static IEnumerable<Template> Meetings() =>
    [
        T("zoom-owner", "meeting", "{PERSON=name}'s Zoom Meeting", 6),
        T("zoom-pmr", "meeting", "Zoom - {PERSON=nameWestern}'s Personal Meeting Room", 5),
        T("zoom-link-tab", "tab", "{URL=zoomUrl} - Join meeting - Zoom", 10),
        T("meet-url", "tab", "{URL=meetUrl} | Google Meet", 7),
        T("webex-room", "meeting", "Webex | {PERSON=name}'s Personal Room", 5),
        T("facetime", "meeting", "FaceTime – {PERSON=name}", 4),
        T("one-on-one", "meeting", "1:1 {PERSON=given} / {PERSON=given}{sep}{one:Google Calendar|Outlook|Zoom}", 6),
        T("one-on-one-native", "meeting", "1:1 {PERSON=native} ↔ {PERSON=given} – Calendar", 4),
        T("interview-panel", "meeting", "Interview: {PERSON=nameHyphen} ({one:Backend|Design|Sales}) - Microsoft Teams", 6),
        T("dial-in", "meeting", "Dial-in {PHONE=phoneIntl} · Conference ID {shape:### ### ###}# – {one:Microsoft Teams|Webex|Zoom}", 8),
        T("call-incoming", "window", "Incoming call from {PHONE=phone}", 12),
        T("call-incoming-name", "window", "Incoming call – {PERSON=nameHyphen}", 4),
        T("booking-tab", "tab", "{URL=bookingUrl}", 9),
        T("booking-title", "tab", "Book a time with {PERSON=name} – {one:Calendly|SavvyCal|Cal.com}", 5),
    ];
}
