namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    private static IEnumerable<Template> Chat() =>
    [
        // Slack desktop and web
        T("slack-dm", "chat", "{PERSON=name} (DM){sep}{ORG=workspace}{sep}Slack", 6),
        T("slack-dm-lastfirst", "chat", "{PERSON=nameLastFirst} (DM) - {ORG=workspace} - Slack", 5),
        T("slack-channel", "chat", "{CHANNEL=channel} (Channel){sep}{ORG=workspace}{sep}Slack", 7),
        T("slack-bar-channel", "chat", "Slack | {CHANNEL=channel} | {ORG=workspace}", 6),
        T("slack-thread", "chat", "Thread in {CHANNEL=channel} - {ORG=workspace} - Slack", 4),
        T("slack-huddle", "meeting", "Huddle with {PERSON=name} and {int:2-6} others{sep}Slack", 5),
        T("slack-mention-toast", "window", "{PERSON=nameInitial} mentioned you in {CHANNEL=channel}", 5),
        T("slack-login-dm", "chat", "DM: {HANDLE=login} | {ORG=workspace} Slack", 5),
        T("slack-group-dm", "chat", "{PERSON=given}, {PERSON=given}, {PERSON=given}{sep}Slack", 5),
        T("slack-reaction-toast", "window", "{HANDLE=atLogin} reacted to your message in {CHANNEL=channel}", 6),
        // Microsoft Teams
        T("teams-chat", "chat", "Chat | {PERSON=nameWestern} | Microsoft Teams", 6),
        T("teams-chat-lastfirst", "chat", "{PERSON=nameLastFirst} | Microsoft Teams", 6),
        T("teams-channel", "chat", "{CHANNEL=plainChannel} | {one:Finance|Platform|Field Ops|People Team} | Microsoft Teams", 6),
        T("teams-call", "meeting", "Call with {PERSON=name} | Microsoft Teams", 6),
        // Discord
        T("discord-dm", "chat", "{HANDLE=atLogin} - Discord", 6),
        T("discord-channel", "chat", "{CHANNEL=channel} | {one:Rust Community|Godot Engine|Tabletop Friday|r/selfhosted|Python Discord} - Discord", 6),
        // WhatsApp, Signal, Telegram, others
        T("whatsapp-contact", "chat", "{PERSON=name}{sep}WhatsApp", 6),
        T("whatsapp-unknown", "chat", "WhatsApp - {PHONE=phoneIntl}", 14),
        T("whatsapp-native", "chat", "{PERSON=native} - WhatsApp", 4),
        T("signal-contact", "chat", "Signal - {PERSON=name}", 5),
        T("signal-number", "chat", "{PHONE=phone} · Signal", 12),
        T("telegram-chat", "chat", "{PERSON=name} – Telegram", 5),
        T("telegram-contact-tab", "tab", "Telegram: Contact {HANDLE=atLogin}", 6),
        T("element-dm", "chat", "{HANDLE=matrixUser} | Element", 5),
        T("google-chat", "chat", "{PERSON=name} - Google Chat", 4),
        T("google-chat-space", "chat", "Google Chat – {CHANNEL=plainChannel}", 4),
        T("mattermost", "chat", "{CHANNEL=channelBare} - {ORG=workspace} Mattermost", 5),
        T("messages-phone", "chat", "Messages – {PHONE=phoneNational}", 10),
    ];
}
