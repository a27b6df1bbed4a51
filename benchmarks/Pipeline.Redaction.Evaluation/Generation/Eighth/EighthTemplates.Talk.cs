namespace Pipeline.Redaction.Evaluation.Generation.Eighth;

internal static partial class EighthTemplates
{
    private static Template[] Talk() =>
    [
        P("slack.channel", "chat", "{CHANNEL=channel} ({ORG=org}){sep}Slack"),
        P("slack.dm", "chat", "{PERSON=person} (DM){sep}{ORG=org}{sep}Slack"),
        P("slack.typing", "chat", "{CHANNEL=channel:#}{sep}{PERSON=given} is typing{sep}Slack"),
        P("slack.mention", "chat", "{HANDLE=handle:@} mentioned you in {CHANNEL=channel:#}"),
        P("teams.chat", "chat", "Chat | {PERSON=person} | Microsoft Teams"),
        P("teams.channel", "chat", "{one:Sales|Engineering|Finance} | {CHANNEL=channel} | Microsoft Teams"),
        P("discord.dm", "chat", "{HANDLE=handle:@} - Discord"),
        P("discord.invite", "chat", "Join us: {URL=url:discord}"),
        P("slack.invite", "mail", "{PERSON=person} invited you to join {ORG=org} on Slack: {URL=url:slack}"),
        P("telegram", "chat", "{PERSON=person}{sep}Telegram"),
        P("telegram.phone", "chat", "{PHONE=phone}{sep}Telegram"),
        P("whatsapp", "chat", "WhatsApp{sep}{PERSON=person}{sep}last seen today at {time}"),
        P("whatsapp.link", "chat", "https://wa.me/{PHONE=phone:digits}"),
        P("signal", "chat", "Signal{sep}{PERSON=person}{sep}Safety number changed"),
        P("wechat", "chat", "微信{sep}{PERSON=person:native}"),
        P("zalo", "chat", "Zalo{sep}{PERSON=person}{sep}{PHONE=phone}"),
        P("gchat", "chat", "{PERSON=person}, {PERSON=person}{sep}Google Chat"),
        P("mattermost", "chat", "{CHANNEL=channel} - {ORG=org} Mattermost"),
        P("element", "chat", "{HANDLE=handle:matrix} | Element"),
        P("outlook.from", "mail", "{one:Re: |Fwd: |}{one:Invoice question|Your offer|Contract draft} - {PERSON=person} <{EMAIL=email}> - Outlook"),
        P("gmail.search", "mail", "Search results: from:{EMAIL=email} - Gmail"),
        P("gmail.utf", "mail", "Inbox ({num:2,900}) - {EMAIL=email:utf} - Gmail"),
        P("thunderbird", "mail", "{one:Offer letter|Payslip|Reference check} – {PERSON=person} – Mozilla Thunderbird"),
        P("applemail.phone", "mail", "Missed call from {PHONE=phone} — Mail"),
        P("proton", "mail", "{PERSON=person} sent you {num:2,9} files | Proton Mail"),
        P("mail.iban", "mail", "New bank details: {IBAN=iban} - {ORG=org} - Outlook"),
        P("zoom.screen", "meeting", "{PERSON=person}'s screen{sep}Zoom Meeting"),
        P("zoom.link", "meeting", "{URL=url:zoom}"),
        P("meet.pair", "meeting", "{PERSON=given} <> {PERSON=given}{sep}Google Meet"),
        P("meet.link", "meeting", "{URL=url:meet}{sep}Google Meet"),
        P("webex", "meeting", "{PERSON=person}'s Personal Room{sep}Webex"),
        P("calendly.invite", "meeting", "New event: {PERSON=person} and {PERSON=person} – Intro call – Calendly"),
        P("call.log", "meeting", "Call with {PERSON=person} ({PHONE=phone:local}) – {num:2,59} min"),
        P("teams.meeting", "meeting", "{ORG=org} QBR with {PERSON=person} | Microsoft Teams"),
    ];
}
