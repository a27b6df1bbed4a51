using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// E-mail addresses, with letters of any script in the local part and the domain. Not e-mails: image names with a
/// density suffix (<c>icon@2x.png</c>), SSH remotes (<c>git@host:org/repo</c>) and the second half of a fediverse
/// handle (<c>@jane@mastodon.social</c>, a handle).
/// </summary>
internal static class EmailDetector
{
    private static readonly Regex s_email = new(
        @"[\p{L}\p{N}._%+\-]+(?:'[\p{L}\p{N}._%+\-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}\-]*[\p{L}\p{N}])?)*\.\p{L}{2,24}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly WordSet s_fileExtensions = WordSet.Of(
        ["png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "tif", "tiff", "pdf", "heic", "avif", "psd", "ai", "eps", "sketch", "fig", "mp4", "mov",
         "txt", "csv", "tsv", "docx", "xlsx", "pptx", "odt", "ods", "eml", "msg", "vcf", "ics", "json", "xml", "log", "pst", "mbox"]);

    private static readonly System.Buffers.SearchValues<char> s_asciiLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly WordSet s_loginCommands = WordSet.Of(["ssh", "scp", "sftp", "rsync", "mosh", "ssh-copy-id", "telnet", "ftp"]);

    private static readonly WordSet s_internalTlds = WordSet.Of(["internal", "local", "localdomain", "lan", "prod", "staging", "corp", "home", "intranet", "private", "localhost"]);

    private static readonly Regex s_obfuscated = new(
        @"[\p{L}\p{N}._%+\-]+ ?(?:\[at\]|\(at\)|\{at\}| at |%40) ?[\p{L}\p{N}\-]+(?: ?(?:\[dot\]|\(dot\)|\{dot\}| dot |\.) ?[\p{L}\p{N}\-]+)*(?: ?(?:\[dot\]|\(dot\)|\{dot\}| dot |\.) ?)\p{L}{2,24}",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.Contains("%40", StringComparison.Ordinal) || text.Contains("at]", StringComparison.OrdinalIgnoreCase)
            || text.Contains("at)", StringComparison.OrdinalIgnoreCase) || text.Contains(" dot ", StringComparison.OrdinalIgnoreCase))
        {
            FindObfuscated(text, ref found);
        }

        if (!text.Contains('@'))
        {
            return;
        }

        foreach (ValueMatch m in s_email.EnumerateMatches(text))
        {
            ReadOnlySpan<char> email = text.Slice(m.Index, m.Length);
            // "ana@x.comの受信トレイ": a Latin top-level domain ends where text of another script runs on without a space.
            int lastDot = email.LastIndexOf('.');
            int cut = email[(lastDot + 1)..].IndexOfAnyExceptInRange('\0', '\u007F');
            if (cut >= 2 && email[(lastDot + 1)..][..cut].IndexOfAnyExcept(s_asciiLetters) < 0)
            {
                email = email[..(lastDot + 1 + cut)];
            }

            int at = email.IndexOf('@');
            ReadOnlySpan<char> domain = email[(at + 1)..];
            ReadOnlySpan<char> tld = domain[(domain.LastIndexOf('.') + 1)..];
            ReadOnlySpan<char> firstLabel = domain[..domain.IndexOf('.')];
            bool density = firstLabel.Length >= 2 && (firstLabel[^1] is 'x' or 'X') && firstLabel[..^1].IndexOfAnyExceptInRange('0', '9') < 0;
            bool sshRemote = At(text, m.Index + email.Length) == ':' && !char.IsWhiteSpace(At(text, m.Index + email.Length + 1));
            // "git@host" is a code host's SSH user; "ssh deploy@db-01.internal" a login on a machine.
            ReadOnlySpan<char> local = email[..at];
            bool login = local.Equals("git", StringComparison.OrdinalIgnoreCase) || LabelBefore(text, m.Index, s_loginCommands, 3) || IsOneOf(tld, s_internalTlds);
            if (!density && IsOneOf(tld, s_fileExtensions) && !sshRemote && !login && domain.Count('.') >= 2)
            {
                // "report-for-sam@example.org.pdf": a file named after an address keeps its extension out of it.
                int withoutExtension = email.Length - tld.Length - 1;
                ReadOnlySpan<char> rest = email[..withoutExtension];
                ReadOnlySpan<char> innerTld = rest[(rest.LastIndexOf('.') + 1)..];
                // "ana@example.com-notes.txt": the address ends where its top-level domain meets the file name's "-".
                int glue = innerTld.IndexOf('-');
                if (glue >= 2 && innerTld[..glue].IndexOfAnyExceptInRange('a', 'z') < 0)
                {
                    withoutExtension -= innerTld.Length - glue;
                    innerTld = innerTld[..glue];
                }

                if (innerTld.Length >= 2 && !IsOneOf(innerTld, s_fileExtensions) && innerTld.IndexOfAnyExceptInRange('a', 'z') < 0 && At(text, m.Index - 1) != '@')
                {
                    found.Add(m.Index, withoutExtension, PiiKind.Email, 8);
                }

                continue;
            }

            if (density || IsOneOf(tld, s_fileExtensions) || sshRemote || login || At(text, m.Index - 1) == '@' || IsUserInfo(text, m.Index))
            {
                continue;
            }

            // A WhatsApp id ("4915112345678@s.whatsapp.net", "…@c.us") is the person's phone number; the domain is the service's.
            if (local.Length is >= 8 and <= 15 && local.IndexOfAnyExceptInRange('0', '9') < 0
                && (domain.Equals("s.whatsapp.net", StringComparison.OrdinalIgnoreCase) || domain.Equals("c.us", StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(m.Index, at, PiiKind.Phone, 8);
                continue;
            }

            found.Add(m.Index, email.Length, PiiKind.Email, 8);
        }
    }

    /// <summary>In "scheme://user:password@host" and "scheme://user@host" the "local part" before "@" is a password or a login, not a mailbox.</summary>
    private static bool IsUserInfo(ReadOnlySpan<char> text, int index)
    {
        // "smb://jdoe@files.example.com/share", "ftp://anonymous@…": a login on the host the link opens.
        if (index >= 3 && text[(index - 3)..index].SequenceEqual("://"))
        {
            return true;
        }

        if (At(text, index - 1) != ':')
        {
            return false;
        }

        int tokenStart = index - 1;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        return text[tokenStart..index].Contains("://", StringComparison.Ordinal);
    }

    /// <summary>"jane [at] example [dot] com", "jane at example dot com", "jane%40example.com" (URL-encoded).</summary>
    private static void FindObfuscated(ReadOnlySpan<char> text, ref Findings found)
    {
        foreach (ValueMatch m in s_obfuscated.EnumerateMatches(text))
        {
            ReadOnlySpan<char> candidate = text.Slice(m.Index, m.Length);
            bool bracketed = candidate.IndexOfAny('[', '(', '{') >= 0 || candidate.Contains("%40", StringComparison.Ordinal);
            bool spelled = candidate.Contains(" at ", StringComparison.OrdinalIgnoreCase) && candidate.Contains(" dot ", StringComparison.OrdinalIgnoreCase);
            if ((bracketed || spelled) && !IsAlnum(At(text, m.Index - 1)) && !IsAlnum(At(text, m.Index + m.Length)))
            {
                found.Add(m.Index, m.Length, PiiKind.Email, 8);
            }
        }
    }
}
