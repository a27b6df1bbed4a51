namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>Slack, Teams, Discord, Telegram, WhatsApp, Signal, Zoom, Google Meet, Outlook, Gmail.</summary>
internal static partial class SixthTemplates
{
    private static IEnumerable<Template> Messaging() =>
    [
        // Slack
        T("msg.slack.dm", "chat", "{badge}{PERSON=person} (DM){sep}{ORG=workspace}{sep}Slack"),
        T("msg.slack.dm.handle", "chat", "{badge}DM: {HANDLE=handle:new}{sep}Slack"),
        T("msg.slack.channel", "chat", "{badge}#{CHANNEL=channel}{sep}{ORG=workspace}{sep}Slack"),
        T("msg.slack.channel.new", "chat", "{CHANNEL=channel} (Channel){sep}{ORG=workspace}{sep}Slack"),
        T("msg.slack.group", "chat", "{PERSON=person:given}, {PERSON=person:given}, {PERSON=person:given}{sep}Slack"),
        T("msg.slack.mention", "chat", "{HANDLE=handle:at} mentioned you in #{CHANNEL=channel}"),
        T("msg.slack.thread", "chat", "Thread in #{CHANNEL=channel}{sep}{PERSON=person}: {one:can you look at this?|shipping it|LGTM|any update?}…"),
        T("msg.slack.connect", "chat", "#{CHANNEL=channel} (shared with {ORG=org}){sep}Slack"),
        T("msg.slack.invite", "tab", "{URL=url:slack}"),
        T("msg.slack.huddle", "meeting", "Huddle with {PERSON=person} and {PERSON=person}{sep}Slack"),
        T("msg.slack.paste", "chat", "{PERSON=person}: here's the prod key {SECRET=key} — delete after use 🙏"),
        // Teams
        T("msg.teams.chat", "chat", "{badge}Chat | {PERSON=person} | Microsoft Teams"),
        T("msg.teams.channel", "chat", "{CHANNEL=channel} | {one:Engineering|Finance|Support|Clinic Ops} | Microsoft Teams"),
        T("msg.teams.call", "meeting", "Call with {PERSON=person}{sep}Microsoft Teams"),
        T("msg.teams.oneone", "meeting", "1:1 {PERSON=person:given} / {PERSON=person:given}{sep}{one:Microsoft Teams|Google Meet|Zoom}"),
        T("msg.teams.oneone.full", "meeting", "{PERSON=person} <> {PERSON=person}{sep}{one:weekly sync|1:1|catch-up}"),
        T("msg.teams.join", "tab", "{URL=url:teams}{sep}Microsoft Teams"),
        T("msg.teams.webhook", "terminal", "curl -H 'Content-Type: application/json' https://{one:quillon|cobaltline}.webhook.office.com/webhookb2/{SECRET=uuid}"),
        // Discord
        T("msg.discord.dm2", "chat", "{badge}{HANDLE=handle:at}{sep}Discord"),
        T("msg.discord.tag", "chat", "Friends{sep}{HANDLE=handle:discord}{sep}Discord"),
        T("msg.discord.channel", "chat", "#{CHANNEL=channel} | {one:Rustaceans|Homelab|Indie Devs|Valorant EU} - Discord"),
        T("msg.discord.invite", "tab", "{URL=url:discord}{sep}Discord"),
        // Telegram, WhatsApp, Signal
        T("msg.tg.chat", "chat", "{badge}{PERSON=person}{sep}Telegram"),
        T("msg.tg.handle", "chat", "{HANDLE=handle:at}{sep}Telegram Web"),
        T("msg.tg.invite", "tab", "{URL=url:telegram}{sep}Telegram: Join Group Chat"),
        T("msg.tg.tme", "tab", "Telegram: Contact {HANDLE=handle:at}"),
        T("msg.wa.chat", "chat", "{badge}WhatsApp — {PERSON=person}"),
        T("msg.wa.group", "chat", "WhatsApp — {PERSON=person:given}, {PERSON=person:given}, {PERSON=person:given}, You"),
        T("msg.wa.number", "chat", "WhatsApp — {PHONE=phone:intl}"),
        T("msg.wa.invite", "tab", "{URL=url:whatsapp}"),
        T("msg.signal", "chat", "Signal — {PERSON=person}"),
        T("msg.signal.number", "chat", "Signal — {PHONE=phone:intl} (not in contacts)"),
        T("msg.signal.group", "tab", "{URL=url:signal}"),
        T("msg.script.chat", "chat", "{badge}{PERSON=person:script}{sep}{one:Telegram|WhatsApp|Signal|LINE|KakaoTalk|WeChat}"),
        // Zoom and Meet
        T("msg.zoom.pmr", "meeting", "{PERSON=person}'s Personal Meeting Room{sep}Zoom"),
        T("msg.zoom.link", "tab", "{URL=url:zoom}"),
        T("msg.zoom.meeting", "meeting", "Zoom Meeting — {one:Intro call|Discovery|Case review|Consult} with {PERSON=person}"),
        T("msg.meet.code", "meeting", "Meet - {one:Weekly sync|Standup|Pipeline review} — {URL=url:meet}"),
        T("msg.meet.presenting", "meeting", "{PERSON=person} (Presenting){sep}Google Meet"),
        T("msg.meet.oneone", "meeting", "{PERSON=person:given} / {PERSON=person:given} — 1:1{sep}Google Meet"),
        T("msg.notes", "path", "{PERSON=person:given}'s notes{one:.docx|.md| - Google Docs| — Notion}"),
        T("msg.notes.full", "tab", "Notes by {PERSON=person}{sep}{one:Otter.ai|Fireflies|Fathom}"),
        // names that are words elsewhere, initials, family-first and group chats, with screen mess
        T("msg.en.call", "meeting", "{one:Call with|Meeting with|Catch-up with} {PERSON=person:en}{sep}{one:Zoom|Google Meet|Microsoft Teams}"),
        T("msg.en.oneone", "meeting", "1:1 {PERSON=person:engiven} / {PERSON=person:engiven}"),
        T("msg.en.dm", "chat", "{badge}{PERSON=person:en} (DM){sep}{ORG=workspace}{sep}Slack"),
        T("msg.initial.share", "window", "{PERSON=person:initial} shared \u201c{word:doc}\u201d with you{sep}{one:Google Drive|OneDrive|Dropbox}"),
        T("msg.direct", "chat", "{PERSON=person} - Direct message{sep}{one:Google Chat|Mattermost|Zulip}"),
        T("msg.teams.with", "chat", "Chat with {PERSON=person}{sep}Microsoft Teams"),
        T("msg.teams.group", "chat", "{PERSON=person:given}, {PERSON=person:given} and {n:2-9} others | Microsoft Teams"),
        T("msg.gchat.space", "chat", "{CHANNEL=channel}{sep}Space{sep}Google Chat"),
        T("msg.mattermost", "chat", "{badge}{CHANNEL=channel} - {ORG=workspace} Mattermost"),
        T("msg.mentions2", "chat", "{HANDLE=handle:at} and {HANDLE=handle:at} replied in #{CHANNEL=channel}"),
        T("msg.double.sep", "chat", "{badge}{PERSON=person}{sep}{sep}Microsoft Teams"),
        T("msg.truncated", "chat", "{PERSON=person}: {one:sending the signed|here is the|did you get the} {word:doc} for {ORG=org}, let me kno…"),
        T("msg.emoji.dm", "chat", "{word:emoji} {PERSON=person} {word:emoji}{sep}{one:WhatsApp|Telegram|Signal}"),
        T("mail.native", "mail", "From: {PERSON=person:latin} <{EMAIL=email:native}>{sep}{one:Outlook|Thunderbird|Apple Mail}"),
        T("mail.share.dm", "mail", "{PERSON=person} {one:invited you to|shared} {one:a folder|a spreadsheet|\u201cQ4 plan\u201d}{sep}{EMAIL=email}"),
        // mail
        T("mail.outlook.from", "mail", "From: {PERSON=person} <{EMAIL=email}>{sep}Outlook"),
        T("mail.outlook.re", "mail", "{one:RE: |FW: |AW: |Re: }{word:topic}{sep}{EMAIL=email:new}{sep}Outlook"),
        T("mail.gmail.inbox", "tab", "Inbox ({n:1-999}) - {EMAIL=email:new} - Gmail"),
        T("mail.gmail.thread", "tab", "{word:topic} - {EMAIL=email:native} - Gmail"),
        T("mail.to", "mail", "To: {EMAIL=email:new}; {EMAIL=email:new}{sep}Cc: {EMAIL=email:role}"),
        T("mail.sig", "mail", "{PERSON=person} | {one:Account Manager|Paralegal|Nurse Coordinator|Payroll} | {ORG=org} | {PHONE=phone:intl}"),
        T("mail.script", "mail", "From: {PERSON=person:script} <{EMAIL=email}>"),
        T("mail.fedi", "tab", "{PERSON=person} ({HANDLE=handle:fedi}){sep}{one:Mastodon|Hachyderm|Fosstodon}"),
        T("mail.bsky", "tab", "{PERSON=person} ({HANDLE=handle:bsky}){sep}Bluesky"),
        T("mail.reddit", "tab", "overview for {HANDLE=handle:reddit}{sep}Reddit"),
        T("mail.truncated", "mail", "{PERSON=person} — {one:Re: contract for|Quote for|Onboarding at} {ORG=org} — {one:hi, following up on|as discussed, attached|please find the}…"),
    ];
}
