using System.Text.RegularExpressions;

namespace Pipeline.Capture.Gate;

/// <summary>
/// Scrubs a window title on the device before it leaves the source: e-mail addresses, URLs, file paths and long
/// numbers (account, phone, card, ticket numbers) become typed placeholders. The stream processor scrubs again;
/// this is the first of two layers, so it errs towards removing.
/// </summary>
public static partial class TitleScrubber
{
    /// <summary>Longest title kept; the rest is cut, since a title is a label, not a document.</summary>
    public const int MaxLength = 256;

    /// <summary>Returns <paramref name="title"/> with personal data replaced by placeholders.</summary>
    public static string Scrub(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        string s = title.Length > MaxLength ? title[..MaxLength] : title;
        s = Email().Replace(s, "<email>");
        s = Url().Replace(s, "<url>");
        s = UnixPath().Replace(s, "<path>");
        s = LongNumber().Replace(s, "<number>");
        return s;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:~|\B)/(?:[^/\s]+/)*[^/\s]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnixPath();

    [GeneratedRegex(@"\d[\d\s-]{2,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
