using System.Text.RegularExpressions;
using Pipeline.Privacy;

namespace Pipeline.Capture.Gate;

/// <summary>
/// Scrubs a window title on the device before it leaves the source. First the same <see cref="Redactor"/> the stream
/// processor runs (e-mail, card, phone, IBAN, IP, SSN, secrets and URL parts become <c>&lt;EMAIL&gt;</c>, ...), so the
/// lake sees one set of placeholders; then, because this is the first of two layers and errs towards removing,
/// file paths (<c>&lt;PATH&gt;</c>) and any remaining run of four or more digits (<c>&lt;NUMBER&gt;</c>: account,
/// ticket or customer numbers the checksums do not recognise).
/// </summary>
public static partial class TitleScrubber
{
    /// <summary>Longest title kept; the rest is cut, since a title is a label, not a document.</summary>
    public const int MaxLength = 256;

    // The redactor caches by text and is not thread-safe: one per thread.
    [ThreadStatic]
    private static Redactor? t_redactor;

    /// <summary>Returns <paramref name="title"/> with personal data replaced by placeholders.</summary>
    public static string Scrub(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        string s = title.Length > MaxLength ? title[..MaxLength] : title;
        s = (t_redactor ??= new Redactor()).Redact(s);
        s = UnixPath().Replace(s, "<PATH>");
        s = LongNumber().Replace(s, "<NUMBER>");
        return s;
    }

    [GeneratedRegex(@"(?:~|\B)/(?:[^/\s<>]+/)*[^/\s<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex UnixPath();

    [GeneratedRegex(@"\d(?:[\s-]?\d){3,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();
}
