namespace Pipeline.Privacy.Detection;

/// <summary>
/// The interface of team-chat applications as their titles show it: pages and views written in sentence case where a
/// channel or a workspace would stand ("Saved items - Mattermost", "Channels · Browse all · Slack"). Shared by the
/// channel and the workspace rules, so that neither reads the application's own pages as a party (the unread marks
/// before a title are <see cref="Text.BadgeLength"/>'s).
/// </summary>
internal static class ChatInterface
{
    // The first word of an interface label: what the view does or holds.
    private static readonly WordSet s_labelHeads = WordSet.Of(
        ["Saved", "Browse", "Recent", "Pinned", "Flagged", "Starred", "Archived", "Scheduled", "Muted", "All", "More", "Create", "Manage",
         "Invite", "Search", "Unread", "Sent", "Draft", "Drafts", "Edit", "View", "Add", "Join", "Leave", "Find", "Show", "Hide", "My", "Your",
         "New", "Mark", "Explore", "Discover", "Bookmarked", "Followed", "Hidden", "Blocked", "Shared", "Direct", "Custom", "Account",
         "Workspace", "Channel", "Team", "Notification", "Message", "Thread", "Mentions", "Reactions", "Open", "Public", "Private", "Other"]);

    // What such a view lists.
    private static readonly WordSet s_labelTails = WordSet.Of(
        ["items", "item", "messages", "message", "mentions", "channels", "channel", "threads", "thread", "posts", "files", "all", "conversations",
         "unreads", "reactions", "searches", "results", "drafts", "people", "members", "apps", "workflows", "canvases", "lists", "huddles",
         "activity", "chats", "chat", "spaces", "space", "teams", "emoji", "integrations", "settings", "boards", "playbooks", "insights",
         "preferences", "requests", "invitations", "invites", "bookmarks", "saved", "later", "dms", "contacts", "groups", "rooms", "topics",
         "streams", "notifications", "details", "info", "profile", "status", "history", "replies", "recordings", "meetings", "calls",
         "&", "and", "sent", "for", "later", "me", "you"]);

    /// <summary>
    /// Whether <paramref name="name"/> is one of a chat application's views: a capitalised head word and lower-case
    /// words of what the view lists after it ("Saved items", "Browse all", "Recent mentions", "Mentions &amp; reactions").
    /// A name of capitalised words ("Town Square", "All Hands") or other words ("All hands") is not.
    /// </summary>
    public static bool IsPage(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0 || !char.IsUpper(name[0]) || !s_labelHeads.Contains(name[..space]))
        {
            return false;
        }

        foreach (System.Range r in name[(space + 1)..].Split(' '))
        {
            ReadOnlySpan<char> w = name[(space + 1)..][r];
            if (w.IsEmpty)
            {
                continue;
            }

            if ((char.IsUpper(w[0]) && w[0] != '&') || !s_labelTails.Contains(w))
            {
                return false;
            }
        }

        return true;
    }
}
