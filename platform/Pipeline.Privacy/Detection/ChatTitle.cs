using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// The segments of a team-chat application's title, split where <see cref="Text.IsSegmentSeparator"/> splits and also
/// at the separators chat clients put between a conversation, its workspace and the application (" :: ", " » ",
/// " › "), so that "Ada Okoro (DM) » Harbour Freight :: Slack" reads as conversation, workspace, application.
/// </summary>
internal static class ChatTitle
{
    /// <summary>Segments of <paramref name="text"/> as trimmed start and end pairs in <paramref name="bounds"/>; returns how many.</summary>
    public static int Segments(ReadOnlySpan<char> text, Span<int> bounds)
    {
        int count = 0;
        int start = 0;
        int max = bounds.Length / 2;
        int i = 0;
        while (i <= text.Length && count < max)
        {
            int width = i < text.Length && count < max - 1 ? SeparatorWidth(text, i) : 0;
            if (i < text.Length && width == 0)
            {
                i++;
                continue;
            }

            Text.AddTrimmedSegment(text, start, i, bounds, ref count);
            i += Math.Max(width, 1);
            start = i;
        }

        return count;
    }

    /// <summary>Whether the segment is the application's own name ("Slack", "Mattermost", "Google Chat", "Microsoft Teams").</summary>
    public static bool IsApp(ReadOnlySpan<char> segment, string app) => segment.Equals(app, StringComparison.OrdinalIgnoreCase);

    /// <summary>The workspace written before the application in one segment: "Harbour Freight Slack" gives "Harbour Freight".</summary>
    public static bool TryGluedWorkspace(ReadOnlySpan<char> segment, string app, out int length)
    {
        length = 0;
        if (segment.Length <= app.Length + 2 || !segment.EndsWith(app, StringComparison.Ordinal) || segment[^(app.Length + 1)] != ' ')
        {
            return false;
        }

        length = segment.Length - app.Length - 1;
        return char.IsUpper(segment[0]);
    }

    private static int SeparatorWidth(ReadOnlySpan<char> text, int i)
    {
        if (IsSegmentSeparator(text, i))
        {
            return 1;
        }

        char c = text[i];
        if (c is '»' or '›' && At(text, i - 1) == ' ' && At(text, i + 1) == ' ')
        {
            return 1;
        }

        return c == ':' && At(text, i + 1) == ':' && At(text, i - 1) == ' ' && At(text, i + 2) == ' ' ? 2 : 0;
    }
}
