using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// User names and chat channels: <c>@handle</c> (and <c>@user@instance</c>), the lower-case user name in a
/// direct-message context (<c>DM: aidenpark</c>, <c>aidenpark - Direct message</c>), and <c>#channel</c>. Code is full
/// of the same characters, so decorators, annotations, CSS at-rules, npm scopes, image density suffixes,
/// preprocessor directives, colours and issue numbers are not handles or channels.
/// </summary>
internal static class HandleDetector
{
    private static readonly WordSet s_notHandles = WordSet.Of(
        ["sha1", "sha256", "sha384", "sha512", "md5", "blake2b", "override", "deprecated", "suppresswarnings", "functionalinterface", "test", "before", "after", "beforeeach", "aftereach", "autowired",
         "component", "service", "repository", "controller", "restcontroller", "injectable", "ngmodule", "input", "output", "hostlistener",
         "viewchild", "entity", "table", "column", "id", "data", "getter", "setter", "value", "bean", "configuration", "param", "return",
         "returns", "throws", "type", "typedef", "property", "dataclass", "staticmethod", "classmethod", "abstractmethod", "media", "import",
         "font-face", "keyframes", "supports", "tailwind", "apply", "layer", "use", "forward", "mixin", "include", "extend", "if", "else",
         "each", "function", "charset", "namespace", "page", "container", "latest", "next", "beta", "canary", "types", "here", "channel",
         "everyone", "all", "author", "since", "see", "link", "example", "todo", "fixme", "inheritdoc", "summary", "remarks", "jsx",
         "ts-ignore", "ts-expect-error", "flow", "vite", "app", "home", "mention", "mentions", "someone", "username", "user", "handle"]);

    private static readonly WordSet s_directives = WordSet.Of(
        ["include", "define", "pragma", "region", "endregion", "if", "ifdef", "ifndef", "else", "elif", "endif", "error", "warning",
         "import", "undef", "line", "using", "nullable", "load", "r", "requires", "tags", "tag", "hashtag"]);

    private static readonly WordSet s_units = WordSet.Of(["x", "am", "pm", "px", "h", "m", "s", "ms", "k", "em", "rem", "dp", "pt", "hz", "fps"]);

    // Longer cues after the shorter ones they start with: the last that matches wins.
    private static readonly string[] s_dmCues = ["dm", "dms", "direct message", "direct message with", "dm with", "chat with", "message", "messages with", "conversation with"];

    public static void Find(ReadOnlySpan<char> text, TextFeatures features, ref Findings found)
    {
        if ((features & (TextFeatures.Slash | TextFeatures.At | TextFeatures.Colon)) != 0)
        {
            LoginDetector.Find(text, ref found);
        }

        LoginDetector.FindBreadcrumbProfile(text, ref found);

        CommandLoginDetector.Find(text, ref found);

        if ((features & TextFeatures.At) != 0)
        {
            FindAtHandles(text, ref found);
        }

        if ((features & TextFeatures.Hash) != 0)
        {
            FindChannels(text, ref found);
        }

        if ((features & TextFeatures.Capitalised) != 0)
        {
            FindAppChannels(text, ref found);
        }

        if ((features & (TextFeatures.Colon | TextFeatures.Capitalised | TextFeatures.Paren)) != 0 || text.Contains("dm", StringComparison.OrdinalIgnoreCase))
        {
            FindDirectMessageUsers(text, ref found);
        }

        if ((features & (TextFeatures.Slash | TextFeatures.Paren | TextFeatures.Hash | TextFeatures.Colon)) != 0 || text.Contains(" by ", StringComparison.OrdinalIgnoreCase))
        {
            FindLabelledUsers(text, ref found);
        }

        if (text.Contains(" you", StringComparison.OrdinalIgnoreCase) || text.Contains(" from ", StringComparison.OrdinalIgnoreCase))
        {
            FindNotificationUsers(text, ref found);
        }
    }

    // What a notification says a user did: the login stands just before ("kofi_a messaged you").
    private static readonly string[] s_actedCues =
        [" messaged you", " mentioned you", " sent you", " replied to you", " replied to your", " invited you", " followed you",
         " started following you", " liked your", " reacted to your", " is typing", " wants to connect", " added you", " tagged you",
         " shared a", " commented on your", " requested your review", " assigned you", " poked you", " called you", " missed call"];

    // Labels that the login follows ("New message from kofi_a").
    private static readonly string[] s_fromCues = ["message from ", "messages from ", "request from ", "invitation from ", "invite from ", "reply from "];

    /// <summary>"kofi_a messaged you", "j.otieno mentioned you in #ops", "New message from kofi_a": a login in a notification.</summary>
    private static void FindNotificationUsers(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (string cue in s_actedCues)
        {
            for (int c = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); c > 0; c = IndexFrom(text, c + cue.Length, cue))
            {
                int start = c;
                while (start > 0 && (char.IsAsciiLetterLower(text[start - 1]) || char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-'))
                {
                    start--;
                }

                if (start < c && !IsAlnum(At(text, start - 1)) && At(text, start - 1) != '@' && IsUserName(text[start..c]) && !found.Overlaps(start, c))
                {
                    found.Add(start, c - start, PiiKind.Handle, 5);
                }
            }
        }

        foreach (string cue in s_fromCues)
        {
            for (int c = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); c >= 0; c = IndexFrom(text, c + cue.Length, cue))
            {
                int start = c + cue.Length;
                int end = start;
                while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '.' or '_' or '-'))
                {
                    end++;
                }

                while (end > start && text[end - 1] is '.' or '-')
                {
                    end--;
                }

                if (end > start && !IsAlnum(At(text, end)) && IsUserName(text[start..end]) && !found.Overlaps(start, end))
                {
                    found.Add(start, end - start, PiiKind.Handle, 5);
                }
            }
        }
    }

    /// <summary>
    /// "u/name" (Reddit), "login (Full Name)" (a profile), "by login" in a code host's title, and "Channel: name"
    /// (Teams) for channels.
    /// </summary>
    private static void FindLabelledUsers(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int u = text.IndexOf("u/", StringComparison.Ordinal); u >= 0; u = IndexFrom(text, u + 2, "u/"))
        {
            if (IsAlnum(At(text, u - 1)) || At(text, u - 1) == '.')
            {
                continue;
            }

            int end = u + 2;
            // Dots inside a name too ("u/jane.doe"), not one that ends the sentence.
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'
                || (text[end] == '.' && char.IsAsciiLetterOrDigit(At(text, end + 1)))))
            {
                end++;
            }

            if (end - u - 2 >= 3 && !found.Overlaps(u, end) && At(text, end) != '/')
            {
                found.Add(u, end - u, PiiKind.Handle, 5);
            }
        }

        for (int p = text.IndexOf(" (", StringComparison.Ordinal); p >= 0; p = IndexFrom(text, p + 2, " ("))
        {
            if ((char.IsUpper(At(text, p + 2)) || IsUncasedLetter(At(text, p + 2))) && IsUserNameBefore(text, p + 1) && !text[(p + 2)..].StartsWith("Channel)", StringComparison.OrdinalIgnoreCase)
                && !text[(p + 2)..].StartsWith("Slack Connect)", StringComparison.OrdinalIgnoreCase)
                && IsFullNameInParentheses(text, p + 2))
            {
                int start = p;
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '|' or '·'))
                {
                    start--;
                }

                if (!found.Overlaps(start, p))
                {
                    found.Add(start, p - start, PiiKind.Handle, 5);
                }
            }
        }

        bool codeHost = RepoDetector.HasCodeHostCue(text) || text.Contains(" · ", StringComparison.Ordinal);
        for (int b = text.IndexOf(" by ", StringComparison.OrdinalIgnoreCase); b >= 0; b = IndexFrom(text, b + 4, " by "))
        {
            int start = b + 4;
            int end = start;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '.' or '_' or '-'))
            {
                end++;
            }

            while (end > start && text[end - 1] is '.' or '-')
            {
                end--;
            }

            ReadOnlySpan<char> name = text[start..end];
            bool marked = name.IndexOfAny("0123456789_.") >= 0;
            if ((codeHost || marked) && !IsAlnum(At(text, end)) && IsUserName(name) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Handle, 5);
            }
        }

        // Discord's legacy "name#1234".
        for (int h = text.IndexOf('#'); h > 0; h = IndexFrom(text, h + 1, "#"))
        {
            int start = h;
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-'))
            {
                start--;
            }

            bool fourDigits = h + 5 <= text.Length && text.Slice(h + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0
                && !IsAlnum(At(text, h + 5));
            // "ticket#4821", "PR#1234", "build#2042": a thing's number glued to its word, not a Discord tag.
            ReadOnlySpan<char> tagName = text[start..h];
            bool thingNumber = Lexicon.IsCommonWord(tagName) || (tagName.Length <= 3 && tagName.IndexOfAnyInRange('a', 'z') < 0);
            if (fourDigits && h - start >= 2 && !thingNumber && !IsAlnum(At(text, start - 1)) && HasLetter(tagName) && !found.Overlaps(start, h + 5))
            {
                found.Add(start, h + 5 - start, PiiKind.Handle, 5);
            }
        }

        // Slack's "eng-backend (Channel)".
        for (int c = text.IndexOf(" (channel)", StringComparison.OrdinalIgnoreCase); c > 0; c = IndexFrom(text, c + 10, " (channel)"))
        {
            int start = c;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !IsSegmentSeparator(text, start - 1))
            {
                start--;
            }

            // Slack writes channel names in lower case only: "Settings (Channel)" is no channel.
            if (c - start >= 2 && text[start] != '#' && !char.IsUpper(text[start]) && !found.Overlaps(start, c))
            {
                found.Add(start, c - start, PiiKind.Channel, 5);
            }
        }

        // A channel shared with another company: "vendor-sync (Slack Connect) · Partner Ltd - Slack".
        for (int c = text.IndexOf(" (Slack Connect)", StringComparison.OrdinalIgnoreCase); c > 0; c = IndexFrom(text, c + 16, " (Slack Connect)"))
        {
            int start = c;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && !IsSegmentSeparator(text, start - 1))
            {
                start--;
            }

            if (c - start >= 2 && !char.IsUpper(text[start]) && !found.Overlaps(start, c))
            {
                found.Add(start, c - start, PiiKind.Channel, 5);
            }
        }

        FindLabelledChannel(text, "channel: ", ref found);
        if (text.Contains("Google Chat", StringComparison.OrdinalIgnoreCase))
        {
            // Google Chat's rooms: "Space: Launch Readiness - Google Chat".
            FindLabelledChannel(text, "space: ", ref found);
        }

        if (text.Contains("Zulip", StringComparison.OrdinalIgnoreCase))
        {
            FindLabelledChannel(text, "stream: ", ref found);
            FindLabelledChannel(text, "channel ", ref found);
        }

    }

    /// <summary>Channels that chat applications write without "#": Mattermost's "~name", a Teams channel's slug.</summary>
    private static void FindAppChannels(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Contains('~') && text.Contains("Mattermost", StringComparison.OrdinalIgnoreCase))
        {
            FindTildeChannels(text, ref found);
        }

        if (text.EndsWith("Microsoft Teams", StringComparison.OrdinalIgnoreCase))
        {
            FindTeamsChannelSlug(text, ref found);
            FindTeamsChannelInParentheses(text, ref found);
        }

        if (text.Contains("Google Chat", StringComparison.OrdinalIgnoreCase))
        {
            FindGoogleChatSpace(text, ref found);
        }

        // A direct message's title names a user there, not a channel.
        if (text.IndexOfAny(s_messengerFirstChars) >= 0 && IsMessengerTitle(text) && !HasDmWord(text) && !HasDmSegment(text))
        {
            FindMessengerSlugs(text, ref found);
            FindLeadingChannelWord(text, ref found);
        }
    }

    private static readonly System.Buffers.SearchValues<char> s_messengerFirstChars = System.Buffers.SearchValues.Create("SDMTZREGWF");

    private static readonly WordSet s_messengers = WordSet.Of(
        ["Slack", "Teams", "Mattermost", "Discord", "Rocket.Chat", "Zulip", "Element", "Webex", "Twist", "Flock", "Chanty", "Revolt", "Chat", "Spaces", "Workplace"]);

    /// <summary>
    /// Whether a segment of the title is a team-chat application: "… - Slack", "… | Microsoft Teams", "Mattermost - …",
    /// "[Slack] …", "Engineering Mattermost", "Google Chat". A word in prose ("Discord server tips") is not.
    /// </summary>
    private static bool IsMessengerTitle(ReadOnlySpan<char> text)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<char> segment = text[bounds[i * 2]..bounds[(i * 2) + 1]].Trim("[]: ");
            int colon = segment.IndexOf(": ");
            ReadOnlySpan<char> head = colon > 0 ? segment[..colon] : segment;
            int bracket = segment.IndexOf(']');
            if (bracket > 0)
            {
                head = segment[..bracket];
            }

            int lastSpace = head.LastIndexOf(' ');
            ReadOnlySpan<char> last = head[(lastSpace + 1)..];
            if (!IsOneOf(last, s_messengers) || !char.IsUpper(last[0]))
            {
                continue;
            }

            // "Chat" and "Spaces" only as Google's ("Google Chat"); "Teams" alone or as Microsoft's; others alone or after a workspace word.
            ReadOnlySpan<char> before = lastSpace > 0 ? head[..lastSpace] : [];
            bool generic = last.Equals("Chat", StringComparison.Ordinal) || last.Equals("Spaces", StringComparison.Ordinal) || last.Equals("Workplace", StringComparison.Ordinal);
            if (generic ? before.EndsWith("Google", StringComparison.Ordinal) || before.EndsWith("Rocket", StringComparison.Ordinal) || before.EndsWith("Zoom Team", StringComparison.Ordinal) || before.EndsWith("Meta", StringComparison.Ordinal)
                : before.IsEmpty || before.EndsWith("Microsoft", StringComparison.Ordinal) || !before.Contains(' ') || head.Length <= 60)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a team-chat application's title, a segment written as a lower-case slug with a hyphen or underscore is a
    /// channel ("Slack - proj-apollo - Acme", "🔒 finance-leads - Slack", "Platform Team > infra-oncall | Microsoft
    /// Teams", "[Slack] deal-desk"); a single lower-case word stays (it may be a user or a page).
    /// </summary>
    private static void FindMessengerSlugs(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            // Pieces are split at segment separators, " > ", " › ", ": ", "[", "]", "(" and ")".
            while (i < text.Length && !IsSlugChar(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (IsSlugChar(text[i]) || (text[i] == '.' && IsSlugChar(At(text, i + 1)))))
            {
                i++;
            }

            int end = i;
            if (end - start < 3 || !IsPieceBoundary(text, start - 1, before: true) || !IsPieceBoundary(text, end, before: false))
            {
                continue;
            }

            ReadOnlySpan<char> name = text[start..end];
            if (name.IndexOfAny('-', '_') > 0 && name[^1] is not ('-' or '_') && name.IndexOf('.') < 0 && IsUserName(name)
                && !IsOneOf(name, s_notChannelSlugs) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Channel, 5);
            }
        }
    }

    private static bool HasDmWord(ReadOnlySpan<char> text)
    {
        for (int i = text.IndexOf("dm", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.Length > i + 1 ? IndexOfIgnoreCase(text, i + 1, "dm") : -1)
        {
            if (!char.IsLetter(At(text, i - 1)) && (!char.IsLetter(At(text, i + 2)) || At(text, i + 2) is 's' or 'S' && !char.IsLetter(At(text, i + 3))))
            {
                return true;
            }
        }

        return text.Contains("direct message", StringComparison.OrdinalIgnoreCase) || text.Contains("chat with", StringComparison.OrdinalIgnoreCase);
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<char> text, int from, string value)
    {
        int i = text[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase);
        return i < 0 ? -1 : from + i;
    }

    private static bool IsSlugChar(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_';

    // Interface words of chat applications written as slugs.
    private static readonly WordSet s_notChannelSlugs = WordSet.Of(["sign-in", "log-in", "e-mail", "add-ons", "add-on", "check-in", "follow-up", "set-up", "opt-in", "opt-out", "pop-out", "built-in", "co-op", "real-time", "one-on-one", "drop-down", "re-join"]);

    /// <summary>Whether the piece ends at a title segment's edge: the text's edge, a separator, a bracket, "(", " > ", ": ", an emoji.</summary>
    private static bool IsPieceBoundary(ReadOnlySpan<char> text, int index, bool before)
    {
        if (index < 0 || index >= text.Length)
        {
            return true;
        }

        char c = text[index];
        if (c is '[' or ']' or '(' or ')' or '|' or '·' or '—' or '–' or '•' or '›' or '»' or '>' || char.IsSurrogate(c) || c == '\uFE0F')
        {
            return true;
        }

        if (c == ':')
        {
            return !before;
        }

        if (c != ' ')
        {
            return false;
        }

        // A space: the next (or previous) non-space must be a separator.
        int j = before ? index - 1 : index + 1;
        while (j >= 0 && j < text.Length && text[j] == ' ')
        {
            j += before ? -1 : 1;
        }

        if (j < 0 || j >= text.Length)
        {
            return true;
        }

        char d = text[j];
        return d is '|' or '·' or '—' or '–' or '•' or '›' or '»' or '>' or '(' or ')' or '[' or ']' || char.IsSurrogate(d) || d == '\uFE0F'
            || (d == '-' && At(text, j + (before ? -1 : 1)) == ' ')
            || (before && d == ':');
    }

    /// <summary>Mattermost writes a channel as "~name": "~town-square - Acme - Mattermost".</summary>
    private static void FindTildeChannels(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int t = text.IndexOf('~'); t >= 0; t = IndexFrom(text, t + 1, "~"))
        {
            int end = t + 1;
            while (end < text.Length && (char.IsAsciiLetterLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '-' or '_'))
            {
                end++;
            }

            if (end - t >= 3 && !IsAlnum(At(text, t - 1)) && At(text, end) is ' ' or ')' && !found.Overlaps(t, end))
            {
                found.Add(t, end - t, PiiKind.Channel, 5);
            }
        }
    }

    /// <summary>
    /// Teams' "channel | team | Microsoft Teams": a first segment written as a slug ("backend-guild", "proj_apollo") names
    /// a channel; a capitalised word ("General") may be a page of the app and stays.
    /// </summary>
    private static void FindTeamsChannelSlug(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        int start = bounds[0];
        int end = bounds[1];
        int slash = text[start..end].LastIndexOf(" / ");
        if (n < 3 && slash < 0)
        {
            return;
        }

        if (slash >= 0)
        {
            // "Engineering / backend-guild": the team, then the channel.
            start += slash + 3;
        }

        ReadOnlySpan<char> name = text[start..end];
        if (name.Length is >= 3 and <= 50 && name.IndexOfAny('-', '_') > 0 && IsUserName(name) && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Channel, 5);
            return;
        }

        // "Works Council | Finance | Microsoft Teams", "Hiring Panel - Backend | People | Microsoft Teams": the channel as
        // shown, everything before the team, when neither is one of the app's own pages nor a person.
        if (slash < 0 && n >= 3)
        {
            int teamStart = bounds[(n - 2) * 2];
            int teamEnd = bounds[((n - 2) * 2) + 1];
            end = bounds[((n - 3) * 2) + 1];
            if (text[end..teamStart].IndexOf('|') >= 0 && text[bounds[1]..end].IndexOf('|') < 0 && !IsOneOf(text[teamStart..teamEnd], s_chatPages)
                && IsShownChannelName(text[start..end], requireCommonWords: false) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Channel, 5);
            }
        }
    }

    /// <summary>"kundensupport (Engineering) | Microsoft Teams": a channel and its team in parentheses.</summary>
    private static void FindTeamsChannelInParentheses(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        int start = bounds[0];
        int end = bounds[1];
        if (n != 2 || end - start < 5 || text[end - 1] != ')')
        {
            return;
        }

        int open = text[start..end].LastIndexOf(" (", StringComparison.Ordinal);
        if (open <= 0)
        {
            return;
        }

        ReadOnlySpan<char> team = text[(start + open + 2)..(end - 1)];
        end = start + open;
        // Teams shows channels as their owners named them; a capitalised word before "(…)" is as often a file's or a
        // meeting's state ("Roadmap (Draft)"), so only a lower-case name is read as a channel here.
        if (team.Length >= 2 && char.IsLower(text[start]) && char.IsUpper(team[0]) && !IsOneOf(team, s_chatPages) && !IsOneOf(team, s_teamsCallWords) && !IsDmSegment(team) && !IsOneOf(team, s_botWords)
            && IsShownChannelName(text[start..end], requireCommonWords: false) && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Channel, 5);
        }
    }

    private static readonly WordSet s_botWords = WordSet.Of(["Bot", "App", "Connector", "Workflow", "Webhook", "Integration"]);

    private static readonly WordSet s_teamsCallWords = WordSet.Of(["Call", "Meeting", "Chat", "External", "Guest", "Preview", "Work or school", "Personal", "Free", "Classic", "New", "Beta"]);

    /// <summary>"standup - Google Chat", "Google Chat – Quarterly Close": a space's name beside the application's.</summary>
    private static void FindGoogleChatSpace(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        if (n < 2)
        {
            return;
        }

        int start;
        int end;
        if (text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]].Equals("Google Chat", StringComparison.OrdinalIgnoreCase))
        {
            start = bounds[0];
            end = bounds[((n - 2) * 2) + 1];
        }
        else if (text[bounds[0]..bounds[1]].Equals("Google Chat", StringComparison.OrdinalIgnoreCase))
        {
            start = bounds[2];
            end = bounds[((n - 1) * 2) + 1];
        }
        else
        {
            return;
        }

        // Segments joined by " | " are the browser's or the account's, not the space's; "Name - Direct message" is a person's chat.
        if (text[start..end].IndexOf('|') < 0 && !HasDmSegment(text[start..end]) && IsShownChannelName(text[start..end], requireCommonWords: true) && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Channel, 5);
        }
    }

    // The pages and views of team-chat applications, which a title names where a channel would stand.
    private static readonly WordSet s_chatPages = WordSet.Of(
        ["Activity", "Chat", "Chats", "Teams", "Calendar", "Calls", "Files", "Apps", "Help", "Settings", "Assignments", "Planner", "Approvals",
         "Shifts", "Wiki", "Notifications", "Search", "Meet", "Meeting", "Meetings", "Community", "Communities", "OneDrive", "Tasks", "Lists",
         "Whiteboard", "Notes", "Posts", "Praise", "Updates", "Store", "Feedback", "Profile", "Saved", "Meeting chat", "New chat", "Loading",
         "Welcome", "Copilot", "People", "Contacts", "Voicemail", "Bookings", "Forms", "Home", "Discover", "Channels", "Manage team",
         "Join or create a team", "Sign in", "Join meeting", "Meeting details", "Recap", "Recording", "Transcript", "Attendance", "Inbox",
         "Threads", "Mentions", "Starred", "Spaces", "Direct messages", "Browse spaces", "Message requests", "Later", "Drafts", "Unreads",
         "Preferences", "Shortcuts", "Keyboard shortcuts", "Get started", "What's new", "Downloads", "Privacy", "Account", "Sign out", "Chat and channels"]);

    /// <summary>
    /// A channel's name as a chat application shows it: 2 to 50 characters of words or a slug, not one of the app's
    /// pages, no person's first name, no comma (a group chat's members). With <paramref name="requireCommonWords"/>
    /// (where a person's chat has the same title shape) one word must be an ordinary word, and an ambiguous first name
    /// before a family name is a person too ("Grace Hughes").
    /// </summary>
    private static bool IsShownChannelName(ReadOnlySpan<char> name, bool requireCommonWords)
    {
        if (name.Length is < 2 or > 50 || name.IndexOfAny(",()@#:") >= 0 || IsOneOf(name, s_chatPages) || ChatInterface.IsPage(name) || !HasLetter(name))
        {
            return false;
        }

        bool ambiguousFirst = false;
        bool ordinary = false;
        foreach (System.Range r in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[r];
            if (w.IsEmpty || w is "-" or "&" or "–")
            {
                continue;
            }

            bool lower = !char.IsUpper(w[0]);
            ordinary |= lower || Lexicon.IsCommonWord(w) || (w.Length > 3 && w[^1] == 's' && Lexicon.IsCommonWord(w[..^1])) || IsHyphenatedCommonWords(w);
            bool ambiguous = false;
            bool first = !lower && Lexicon.IsFirstName(w, out ambiguous);
            // A clear first name, or an ambiguous one before a family name ("Grace Hughes"), is a person's chat.
            if ((first && !ambiguous) || (requireCommonWords && ambiguousFirst && !lower && Lexicon.IsClearFamilyName(w)))
            {
                return false;
            }

            ambiguousFirst = first;

            foreach (char c in w)
            {
                if (!(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '&' or '\''))
                {
                    return false;
                }
            }
        }

        // Capitalised words none of which is an ordinary word read as a person's name ("Chidi Okafor").
        return ordinary || !requireCommonWords;
    }

    /// <summary>"Off-Topic", "Follow-Up": words joined by a hyphen, each an ordinary word.</summary>
    private static bool IsHyphenatedCommonWords(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1)
        {
            return false;
        }

        foreach (System.Range r in word.Split('-'))
        {
            if (!Lexicon.IsCommonWord(word[r]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The first segment of a team-chat title as one lower-case word ("general - Harbour Freight Mattermost",
    /// "random - Acme - Slack"): a channel; the app's pages and a direct message's user are not.
    /// </summary>
    private static void FindLeadingChannelWord(ReadOnlySpan<char> text, ref Findings found)
    {
        Span<int> bounds = stackalloc int[32];
        int n = ChatTitle.Segments(text, bounds);
        if (n < 2)
        {
            return;
        }

        // "● sales-apac - Acme Mattermost", "(3) random - Acme - Slack": the unread mark is the application's.
        int start = bounds[0] + Text.BadgeLength(text[bounds[0]..bounds[1]]);
        int end = bounds[1];
        if (start >= end)
        {
            return;
        }

        ReadOnlySpan<char> name = text[start..end];
        ReadOnlySpan<char> last = text[bounds[(n - 1) * 2]..bounds[((n - 1) * 2) + 1]];
        // Mattermost writes "channel - team Mattermost"; without a team ("System Console - Mattermost") the title is one of its pages.
        bool teamWritten = n >= 3 || last.Length > "Mattermost".Length;
        if (char.IsUpper(At(text, start)) && last.EndsWith("Mattermost", StringComparison.Ordinal) && teamWritten && !IsOneOf(name, s_messengers) && !IsDmSegment(name)
            && IsShownChannelName(name, requireCommonWords: true) && !found.Overlaps(start, end))
        {
            // Mattermost shows a channel's display name ("Town Square - Acme Mattermost").
            found.Add(start, end - start, PiiKind.Channel, 5);
            return;
        }

        if (name.Length is < 3 or > 40 || !char.IsAsciiLetterLower(name[0]) || IsOneOf(name, s_chatPages) || IsOneOf(name, s_messengers) || IsDmSegment(name)
            || IsOneOf(name, s_notChannelSlugs))
        {
            return;
        }

        foreach (char c in name)
        {
            if (!IsSlugChar(c))
            {
                return;
            }
        }

        if (!IsQuantity(name) && !found.Overlaps(start, end))
        {
            found.Add(start, end - start, PiiKind.Channel, 5);
        }
    }

    private static void FindLabelledChannel(ReadOnlySpan<char> text, string label, ref Findings found)
    {
        int channel = text.IndexOf(label, StringComparison.OrdinalIgnoreCase);
        if (channel >= 0 && !IsAlnum(At(text, channel - 1)))
        {
            int start = channel + label.Length;
            int end = start;
            while (end < text.Length && !IsSegmentSeparator(text, end))
            {
                end++;
            }

            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            if (end - start is >= 2 and <= 60 && At(text, start) != '#' && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Channel, 5);
            }
        }
    }


    private static void FindAtHandles(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '@' || IsAlnum(At(text, i - 1)) || At(text, i - 1) is '.' or '_' or '-' or '@' or '/' or '\\')
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && (IsAlnum(text[end]) || text[end] is '_' or '.' or '-') && end - i <= 40)
            {
                end++;
            }

            // A fediverse handle carries its instance (@jane@mastodon.social), a Matrix id its server (@jane:matrix.org).
            if ((At(text, end) == '@' && char.IsLetter(At(text, end + 1))) || (At(text, end) == ':' && IsServerAt(text, end + 1)))
            {
                end++;
                while (end < text.Length && (IsAlnum(text[end]) || text[end] is '.' or '-'))
                {
                    end++;
                }
            }

            while (end > i + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            ReadOnlySpan<char> name = text[(i + 1)..end];
            // "@home", "@work": a place in prose, not an account.
            // In a profile's "(@handle)" after the name, a word is the account ("Ana Park (@parks) / X").
            bool word = name.IndexOfAnyExceptInRange('a', 'z') < 0 && Lexicon.IsCommonWord(name) && !(At(text, i - 1) == '(' && At(text, end) == ')');
            if (name.Length < 2 || At(text, end) == '/' || IsOneOf(name, s_notHandles) || !HasLetter(name) || IsUnitOrDensity(name) || word || IsFileName(name) || IsDecorator(name)
                || IsAnnotation(text, i, end, name) || OrgDetector.IsPublicCompany(name) || found.Overlaps(i, end))
            {
                i = end - 1;
                continue;
            }

            found.Add(i, end - i, PiiKind.Handle, 5);
            i = end - 1;
        }
    }

    /// <summary>"matrix.org", "element.io": a server name with a dot after a Matrix id's colon.</summary>
    private static bool IsServerAt(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }

        ReadOnlySpan<char> server = text[start..end].TrimEnd('.');
        int dot = server.LastIndexOf('.');
        return server.Length >= 4 && char.IsAsciiLetter(server[0]) && dot > 0 && dot < server.Length - 2;
    }

    // What a decorator names after its module's dot: "@pytest.fixture", "@app.route", "@router.get", "@celery.task".
    private static readonly WordSet s_decoratorMembers = WordSet.Of(
        ["fixture", "mark", "route", "get", "post", "put", "patch", "delete", "head", "options", "websocket", "task", "command", "group",
         "callback", "listener", "on", "event", "setter", "getter", "deleter", "cache", "lru_cache", "cached_property", "register", "receiver",
         "validator", "function", "jit", "script", "parametrize", "skip", "skipif", "xfail", "asyncio", "usefixtures", "dataclass", "wraps",
         "contextmanager", "total_ordering", "singledispatch", "no_grad", "inference_mode", "api_view", "action", "middleware", "exception_handler",
         "before_request", "after_request", "errorhandler", "shared_task", "periodic_task", "hookimpl", "hookspec", "object", "mock", "patch.object",
         "expose", "tool", "step", "given", "when", "then", "field_validator", "model_validator", "root_validator", "computed_field"]);

    /// <summary>"pytest.fixture", "app.route": a module's decorator, not a dotted user name.</summary>
    private static bool IsDecorator(ReadOnlySpan<char> name)
    {
        int dot = name.IndexOf('.');
        return dot > 0 && s_decoratorMembers.Contains(name[(dot + 1)..]) || (dot > 0 && name[(dot + 1)..].IndexOf('.') > 0 && s_decoratorMembers.Contains(name[(dot + 1)..name.LastIndexOf('.')]));
    }

    /// <summary>"payload.json", "body.xml": a file after "@" (curl's "-d @payload.json"), not an account.</summary>
    private static bool IsFileName(ReadOnlySpan<char> name)
    {
        int dot = name.LastIndexOf('.');
        return dot > 0 && RepoDetector.IsFileExtension(name[(dot + 1)..]);
    }

    private static readonly WordSet s_codeKeywords = WordSet.Of(
        ["public", "private", "protected", "internal", "class", "interface", "void", "fun", "func", "def", "static", "final", "async", "lateinit", "val",
         "export", "var", "let", "const", "struct", "enum", "override", "open", "sealed", "abstract", "record", "data", "object", "suspend"]);

    /// <summary>
    /// A code annotation or attribute: "@SpringBootApplication", "@JsonProperty(\"id\")", "@MainActor": a PascalCase
    /// name of two or more humps, or any capitalised name followed by "(", where code starts or after a code word.
    /// </summary>
    private static bool IsAnnotation(ReadOnlySpan<char> text, int at, int end, ReadOnlySpan<char> name)
    {
        // A call right after the name is code whatever its case: "@app.route(\"/\")", "@pytest.mark.parametrize(".
        if (At(text, end) == '(')
        {
            return true;
        }

        if (!char.IsAsciiLetterUpper(name[0]) || name.IndexOfAny('.', '-') >= 0)
        {
            return false;
        }

        int humps = 0;
        for (int k = 1; k < name.Length; k++)
        {
            if (char.IsAsciiLetterUpper(name[k]) && char.IsAsciiLetterLower(name[k - 1]))
            {
                humps++;
            }
        }

        // Where code starts: the text's start, after an indent, a brace, a semicolon or another annotation.
        int b = at - 1;
        while (b >= 0 && text[b] is ' ' or '\t')
        {
            b--;
        }

        bool codeStart = b < 0 || text[b] is '{' or '}' or ';' or ')' or '[' or '>';
        bool endsCode = end >= text.Length || text[end] is '\n' or '\r'
            || (text[end] == ' ' && (At(text, end + 1) == '@' || IsOneOf(text[(end + 1)..WordEnd(text, end + 1)], s_codeKeywords)));
        // Before a declaration keyword one hump is not needed: "@Composable fun Greeting()", "@Inject lateinit var".
        bool beforeDeclaration = end < text.Length && text[end] == ' ' && IsOneOf(text[(end + 1)..WordEnd(text, end + 1)], s_codeKeywords);
        return codeStart && ((humps >= 1 && endsCode) || beforeDeclaration);
    }

    /// <summary>"2x", "3pm", "10px", "1h": a density, a time or a size after "@", not a handle.</summary>
    private static bool IsUnitOrDensity(ReadOnlySpan<char> name)
    {
        int digits = 0;
        while (digits < name.Length && char.IsAsciiDigit(name[digits]))
        {
            digits++;
        }

        return digits > 0 && IsOneOf(name[digits..], s_units);
    }

    private static bool HasLetter(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindChannels(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '#' || IsAlnum(At(text, i - 1)) || At(text, i - 1) is '&' or '#' or '/' or '_' || !char.IsLower(At(text, i + 1)))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && (char.IsLower(text[end]) || char.IsAsciiDigit(text[end]) || text[end] is '_' or '-' or '.') && end - i <= 80)
            {
                end++;
            }

            while (end > i + 1 && text[end - 1] is '.' or '-' or '_')
            {
                end--;
            }

            ReadOnlySpan<char> name = text[(i + 1)..end];
            // Upper case right after means a hashtag or code ("#DevOps", "#pragma once" is lower but a directive).
            bool upperFollows = char.IsUpper(At(text, end));
            bool colour = name.Length is 3 or 6 or 8 && name.IndexOfAnyExcept("0123456789abcdef") < 0;
            if (name.Length < 2 || upperFollows || colour || IsOneOf(name, s_directives) || found.Overlaps(i, end))
            {
                i = end - 1;
                continue;
            }

            // A Matrix room alias carries its server: "#ops:matrix.example.org".
            if (At(text, end) == ':' && IsServerAt(text, end + 1))
            {
                end++;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '-'))
                {
                    end++;
                }

                while (text[end - 1] is '.' or '-')
                {
                    end--;
                }
            }

            found.Add(i, end - i, PiiKind.Channel, 5);
            i = end - 1;
        }
    }

    /// <summary>"DM: aidenpark", "DM with aidenpark", "aidenpark - Direct message", "aidenpark (DM)".</summary>
    private static void FindDirectMessageUsers(ReadOnlySpan<char> text, ref Findings found)
    {
        if (IndexOfDmWord(text) < 0 && !HasDmSegment(text))
        {
            return;
        }

        Span<int> bounds = stackalloc int[32];
        int segments = Segments(text, bounds);
        for (int s = 0; s < segments; s++)
        {
            int start = bounds[s * 2];
            int end = bounds[(s * 2) + 1];
            ReadOnlySpan<char> segment = text[start..end];

            // Cue before the name, inside the segment: "DM: x", "DM with x", "Chat with x", also after an unread
            // badge or a status dot ("(3) DM: x", "[1] DM: x", "● DM: x").
            int nameStart = -1;
            if (s == 0)
            {
                int badge = BadgeLength(segment);
                start += badge;
                segment = segment[badge..];
            }

            foreach (string cue in s_dmCues)
            {
                if (segment.StartsWith(cue, StringComparison.OrdinalIgnoreCase))
                {
                    int after = cue.Length;
                    if (At(segment, after) == ':')
                    {
                        after++;
                    }

                    if (At(segment, after) == ' ' && after + 1 < segment.Length)
                    {
                        nameStart = start + after + 1;
                    }
                }
            }

            // Cue after: the segment before "Direct message" / "DM", or "x (DM)".
            bool cueAfter = (s + 1 < segments && IsDmSegment(text[bounds[(s + 1) * 2]..bounds[((s + 1) * 2) + 1]]))
                || (s > 0 && IsDmSegment(text[bounds[(s - 1) * 2]..bounds[((s - 1) * 2) + 1]]));
            if (segment.EndsWith("(DM)", StringComparison.OrdinalIgnoreCase))
            {
                end = start + segment.Length - 4;
                while (end > start && text[end - 1] == ' ')
                {
                    end--;
                }

                cueAfter = true;
            }

            int from = nameStart >= 0 ? nameStart : cueAfter ? start : -1;
            if (from < 0 || from >= end)
            {
                continue;
            }

            ReadOnlySpan<char> name = text[from..end];
            // A messenger's own word is never its user ("inbox | Inbox").
            if (IsUserName(name) && !IsDmSegment(name) && !found.Overlaps(from, end))
            {
                found.Add(from, end - from, PiiKind.Handle, 5);
            }
        }
    }

    private static bool HasDmSegment(ReadOnlySpan<char> text)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        for (int s = 0; s < n; s++)
        {
            if (IsDmSegment(text[bounds[s * 2]..bounds[(s * 2) + 1]]))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfDmWord(ReadOnlySpan<char> text)
    {
        int dm = text.IndexOf("dm", StringComparison.OrdinalIgnoreCase);
        if (dm >= 0)
        {
            return dm;
        }

        int direct = text.IndexOf("direct message", StringComparison.OrdinalIgnoreCase);
        return direct >= 0 ? direct : text.IndexOf("chat with", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDmSegment(ReadOnlySpan<char> segment) => IsOneOf(segment, s_dmSegments);

    // Segments that make the segment beside them the other party: a DM, or a messenger's own name.
    private static readonly WordSet s_dmSegments = WordSet.Of(
        ["Direct message", "Direct messages", "DM", "DMs", "Messages", "WhatsApp", "Signal", "Telegram", "Messenger", "iMessage", "Chat",
         "Discord", "Instagram", "Direct", "Inbox", "Conversation", "Private message", "PM", "Whisper", "Threema", "Wire", "Element", "Matrix",
         "Keybase", "Session", "Snapchat", "Kik", "Line", "WeChat", "Viber", "Skype"]);

    /// <summary>
    /// Whether the parentheses opened before <paramref name="start"/> hold a person's name: two or more capitalised
    /// words or one first name ("tomb3cker (Tom Becker)"), not a role ("admin (Administrator)").
    /// </summary>
    private static bool IsFullNameInParentheses(ReadOnlySpan<char> text, int start)
    {
        int close = text[start..].IndexOf(')');
        if (close <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> inside = text.Slice(start, close);
        if (IsUncasedLetter(inside[0]))
        {
            // A name in a script without case ("(राहुल जोशी)", "(최 민준)", "(石川 蓮)"): letters and spaces only.
            foreach (char c in inside)
            {
                if (!(IsUncasedLetter(c) || c == ' ' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
                {
                    return false;
                }
            }

            return inside.Length <= 24;
        }

        int space = inside.IndexOf(' ');
        if (space <= 0)
        {
            return Lexicon.IsFirstName(inside, out _);
        }

        if (IsExpansionOf(text, start - 1, inside))
        {
            return false;
        }

        // "Anouk van den Broek", "Ana de la Cruz": particles before the family name.
        int next = space + 1;
        while (next < inside.Length && char.IsLower(inside[next]))
        {
            int wordEnd = inside[next..].IndexOf(' ');
            if (wordEnd < 0 || !IsOneOf(inside.Slice(next, wordEnd), s_nameParticles))
            {
                return false;
            }

            next += wordEnd + 1;
        }

        return char.IsUpper(At(inside, next));
    }

    /// <summary>A letter of a script without upper and lower case (Devanagari, Hangul, Han, Arabic …).</summary>
    private static bool IsUncasedLetter(char c) => c >= 0x0590 && char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);

    /// <summary>"npm (Node Package Manager)", "gpg (GNU Privacy Guard)": the words' initials spell the word before them, an acronym's expansion.</summary>
    private static bool IsExpansionOf(ReadOnlySpan<char> text, int paren, ReadOnlySpan<char> inside)
    {
        int end = paren;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> word = text[start..end];
        if (word.Length is < 2 or > 6)
        {
            return false;
        }

        int matched = 0;
        foreach (System.Range r in inside.Split(' '))
        {
            ReadOnlySpan<char> w = inside[r];
            if (w.Length > 0 && matched < word.Length && char.ToLowerInvariant(w[0]) == char.ToLowerInvariant(word[matched]))
            {
                matched++;
            }
        }

        // Initials of a person's name ("jmd (Jane M. Doe)") start with a first name; an expansion with ordinary words.
        int space = inside.IndexOf(' ');
        return matched == word.Length && word.Length >= 3 && !Lexicon.IsFirstName(inside[..space], out _);
    }

    private static readonly WordSet s_nameParticles = WordSet.Of(
        ["van", "von", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "la", "le", "ter", "ten", "bin", "binti", "al", "el", "y", "zu", "af", "av"]);

    /// <summary>Whether a user name ends just before <paramref name="paren"/> (the "(" of "rose.carter (Rose Carter)").</summary>
    internal static bool IsUserNameBefore(ReadOnlySpan<char> text, int paren)
    {
        int end = paren;
        if (At(text, end - 1) == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && (char.IsAsciiLetterLower(text[start - 1]) || char.IsAsciiDigit(text[start - 1]) || text[start - 1] is '.' or '_' or '-'))
        {
            start--;
        }

        return end > start && !IsAlnum(At(text, start - 1)) && IsUserName(text[start..end])
            && (text[start..end].IndexOfAnyExceptInRange('a', 'z') >= 0 || StartsSegment(text, start));
    }

    /// <summary>
    /// Whether only spaces and symbols stand between <paramref name="start"/> and the segment's start: a profile title
    /// begins with the login ("tomb3cker (Tom Becker)"); a word inside a phrase ("Weekly sync (Dagny Solberg)") is none.
    /// </summary>
    private static bool StartsSegment(ReadOnlySpan<char> text, int start)
    {
        for (int i = start - 1; i >= 0; i--)
        {
            if (IsSegmentSeparator(text, i))
            {
                return true;
            }

            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A lower-case user name of 3 to 32 characters that is not a common word ("team", "general").</summary>
    internal static bool IsUserName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 3 or > 32 || !char.IsAsciiLetterLower(name[0]) && !char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        // "10.0.19045.4209 (Official Build)": a version has no letter.
        return name.IndexOfAnyInRange('a', 'z') >= 0 && !Lexicon.IsCommonWord(name) && !IsQuantity(name);
    }

    private static readonly WordSet s_userNameUnits = WordSet.Of(
        ["am", "pm", "px", "pt", "em", "kb", "mb", "gb", "tb", "st", "nd", "rd", "th", "k", "m", "x", "h", "s", "ms", "min", "hz", "khz",
         "mhz", "ghz", "fps", "p", "d", "w", "y", "mo", "yr", "hr", "hrs", "km", "mi", "kg", "lb", "lbs", "ml", "mm", "cm", "in", "ft"]);

    /// <summary>"3pm", "1080p", "42nd", "500mb", "12345": a time, size, ordinal or number, never a user name.</summary>
    private static bool IsQuantity(ReadOnlySpan<char> name)
    {
        int digits = 0;
        while (digits < name.Length && char.IsAsciiDigit(name[digits]))
        {
            digits++;
        }

        return digits == name.Length || (digits > 0 && s_userNameUnits.Contains(name[digits..]));
    }
}
