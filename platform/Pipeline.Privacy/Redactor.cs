using System.Buffers;
using Pipeline.Privacy.Detection;

namespace Pipeline.Privacy;

/// <summary>
/// Replaces personal and secret data in free text (window titles, application names, URLs) with typed placeholders
/// such as <c>&lt;EMAIL&gt;</c> or <c>&lt;PERSON&gt;</c>, and keeps every other word. Candidates are found with
/// non-backtracking regular expressions and hand-written scanners (linear time in the text, whatever it holds), then
/// confirmed by checksums (Luhn, IBAN mod 97), libphonenumber's per-country metadata, value ranges, word lists (first
/// names, common English words) and the context around them, because precision matters as much as recall: "Quarterly
/// Report Q3 - final.xlsx" keeps its words and "Jordan" stays a country. Each detector runs only when the text holds
/// what it needs (digits, "@", "/", a capitalised word …). Results are cached by input, so a title seen again costs
/// one lookup and no allocation. Not thread-safe: each processing loop owns one.
/// </summary>
public sealed class Redactor
{
    /// <summary>Texts longer than this are cut before scanning; window titles and URLs are far shorter.</summary>
    public const int MaxTextLength = 4096;

    // Most titles hold a handful of findings; a text with more than this is treated as entirely sensitive.
    private const int MaxFindings = 64;

    // Titles repeat (every focus change back to the same window); 10,000 distinct ones bound the cache to a few MB.
    private const int CacheCapacity = 10_000;
    private const int MaxCachedLength = 512;

    // Priorities ride beside the caller's buffer; beyond this many findings they are rented.
    private const int MaxStackFindings = 256;

    private const string WholeTextPlaceholder = "<REDACTED>";


    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);

    /// <summary>
    /// The text with every finding replaced by its placeholder; the same instance when nothing was found (no
    /// allocation), or the cached result when the text was seen before.
    /// </summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        if (_cache.TryGetValue(text, out string? cached))
        {
            return cached;
        }

        string result = RedactUncached(text);
        if (text.Length <= MaxCachedLength)
        {
            if (_cache.Count >= CacheCapacity)
            {
                _cache.Clear();
            }

            // Only texts that changed are worth the memory of a second copy; the rest are their own result.
            _cache[text] = ReferenceEquals(result, text) ? text : result;
        }

        return result;
    }

    /// <summary>The placeholder text of <paramref name="kind"/>: its name in upper snake case in angle brackets, e.g. <c>&lt;URL_QUERY&gt;</c>.</summary>
    public static string Placeholder(PiiKind kind) => kind switch
    {
        PiiKind.Email => "<EMAIL>",
        PiiKind.Card => "<CARD>",
        PiiKind.Phone => "<PHONE>",
        PiiKind.Iban => "<IBAN>",
        PiiKind.Ip => "<IP>",
        PiiKind.Ssn => "<SSN>",
        PiiKind.Secret => "<SECRET>",
        PiiKind.UrlQuery => "<URL_QUERY>",
        PiiKind.Person => "<PERSON>",
        PiiKind.Handle => "<HANDLE>",
        PiiKind.Channel => "<CHANNEL>",
        PiiKind.Repo => "<REPO>",
        PiiKind.Address => "<ADDRESS>",
        PiiKind.Org => "<ORG>",
        PiiKind.Id => "<ID>",
        PiiKind.Url => "<URL>",
        _ => WholeTextPlaceholder,
    };

    /// <summary>
    /// Finds what <see cref="Redact"/> would replace, in order and without overlaps. Returns how many findings were
    /// written to <paramref name="findings"/>, or -1 when there are more than it holds.
    /// </summary>
    public static int Find(ReadOnlySpan<char> text, Span<Redaction> findings)
    {
        byte[]? rented = null;
        Span<byte> priorities = findings.Length <= MaxStackFindings
            ? stackalloc byte[MaxStackFindings]
            : (rented = ArrayPool<byte>.Shared.Rent(findings.Length));
        Span<int> claims = stackalloc int[Findings.ClaimsLength];
        try
        {
            var found = new Findings(findings, priorities[..findings.Length], claims);
            Detect(text, ref found);
            return found.Overflowed ? -1 : found.Resolve();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Runs the detectors in order of how sure they are (keys and URLs first, names last), each only when one pass
    /// over the characters (<see cref="TextFeatures"/>) says the text has what it looks for, so that later detectors
    /// can leave alone what earlier ones claimed and a plain title pays only for the word detectors.
    /// </summary>
    private static void Detect(ReadOnlySpan<char> text, ref Findings found)
    {
        TextFeatures f = TextFeatureScan.Of(text);
        if (f == TextFeatures.None)
        {
            // Lower-case words and spaces only: nothing any detector looks for but a spelled-out address.
            if (text.Contains(" dot ", StringComparison.Ordinal) && text.Contains(" at ", StringComparison.Ordinal))
            {
                EmailDetector.Find(text, ref found);
            }

            return;
        }

        const TextFeatures KeyShapes = TextFeatures.Digit | TextFeatures.Underscore | TextFeatures.GluedHyphen | TextFeatures.Equals;
        if ((f & KeyShapes) != 0)
        {
            SecretDetector.FindKeys(text, ref found);
        }

        if ((f & (TextFeatures.Colon | TextFeatures.Slash)) != 0 || ((f & TextFeatures.Dot) != 0 && text.Contains("www.", StringComparison.OrdinalIgnoreCase)))
        {
            UrlDetector.Find(text, ref found);
        }

        if ((f & (TextFeatures.Equals | TextFeatures.Colon | TextFeatures.GluedHyphen | TextFeatures.Digit)) != 0)
        {
            SecretDetector.FindNamed(text, ref found);
        }

        if ((f & (TextFeatures.At | TextFeatures.Bracket | TextFeatures.Paren | TextFeatures.Percent)) != 0 || text.Contains(" dot ", StringComparison.OrdinalIgnoreCase))
        {
            EmailDetector.Find(text, ref found);
        }

        if ((f & TextFeatures.Digit) != 0)
        {
            NumberDetector.Find(text, ref found);
            PhoneDetector.Find(text, ref found);
            AddressDetector.Find(text, ref found);
        }

        HandleDetector.Find(text, f, ref found);
        if ((f & TextFeatures.Slash) != 0)
        {
            RepoDetector.Find(text, ref found);
        }

        if ((f & (TextFeatures.Digit | TextFeatures.Underscore)) != 0)
        {
            IdDetector.Find(text, ref found);
        }

        if ((f & (TextFeatures.Capitalised | TextFeatures.NonAsciiLetter)) != 0)
        {
            OrgDetector.Find(text, ref found);
        }

        if ((f & (TextFeatures.Capitalised | TextFeatures.NonAsciiLetter | TextFeatures.Underscore | TextFeatures.GluedHyphen)) != 0)
        {
            PersonDetector.Find(text, ref found);
        }
    }

    private static string RedactUncached(string text)
    {
        ReadOnlySpan<char> span = text.AsSpan(0, Math.Min(text.Length, MaxTextLength));
        Span<Redaction> findings = stackalloc Redaction[MaxFindings];
        int count = Find(span, findings);
        if (count < 0)
        {
            return WholeTextPlaceholder;
        }

        if (count == 0)
        {
            return span.Length == text.Length ? text : new string(span);
        }

        int length = span.Length;
        for (int i = 0; i < count; i++)
        {
            length += Placeholder(findings[i].Kind).Length - findings[i].Length;
        }

        char[]? rented = null;
        Span<char> output = length <= 1024 ? stackalloc char[1024] : (rented = ArrayPool<char>.Shared.Rent(length));
        int at = 0;
        int from = 0;
        for (int i = 0; i < count; i++)
        {
            Redaction r = findings[i];
            span[from..r.Start].CopyTo(output[at..]);
            at += r.Start - from;
            string placeholder = Placeholder(r.Kind);
            placeholder.CopyTo(output[at..]);
            at += placeholder.Length;
            from = r.End;
        }

        span[from..].CopyTo(output[at..]);
        at += span.Length - from;
        string result = new(output[..at]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>A known issuer prefix, the issuer's length range and a valid Luhn check digit.</summary>
    internal static bool IsCard(ReadOnlySpan<char> candidate) => NumberDetector.IsCard(candidate);

    /// <summary>ISO 13616 mod 97 (either case).</summary>
    internal static bool IsValidIban(ReadOnlySpan<char> iban) => NumberDetector.IsValidIban(iban);

    /// <summary>Whether a URL path segment or query value looks machine-generated and secret.</summary>
    internal static bool IsTokenLike(ReadOnlySpan<char> value) => UrlDetector.IsTokenLike(value);
}
