using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

/// <summary>The person of one line: names as written, and the romanised names that mail and handles are made from.</summary>
internal sealed record SixthPerson(string Given, string Family, SixthCulture Culture, string LatinGiven, string LatinFamily)
{
    public string Full => Culture.FamilyFirst
        ? (Culture.NoSpace ? Family + Given : Family + " " + Given)
        : Given + " " + Family;
}

internal static partial class SixthForge
{
    private static SixthPerson NewPerson(GenerationContext c, SixthCulture? culture)
    {
        culture ??= c.Pick(SixthPoolsPeople.All);
        int g = c.Random.Next(culture.Given.Count);
        int f = c.Random.Next(culture.Family.Count);
        SixthCulture latin = culture.Romanised ?? culture;
        var person = new SixthPerson(culture.Given[g], culture.Family[f], culture,
            latin.Given[g % latin.Given.Count], latin.Family[f % latin.Family.Count]);
        c.FamilyState = person;
        return person;
    }

    private static SixthPerson CurrentOrNew(GenerationContext c, SixthCulture? culture) =>
        c.FamilyState as SixthPerson ?? NewPerson(c, culture);

    /// <summary>
    /// <c>{person}</c> a new person, full name in the culture's order; arguments: <c>given</c>, <c>initial</c>
    /// (<c>A. Okoro</c> or <c>Ada O.</c>), <c>dir</c> (<c>Okoro, Ada</c>), <c>glue_</c>/<c>glue-</c>/<c>glue.</c>
    /// (file names), <c>script</c> (a culture in its own script), <c>latin</c> (a romanised culture),
    /// <c>same</c> (the line's person again, full), <c>en</c> (an English name that is also a word).
    /// </summary>
    private static string Person(GenerationContext c, string? argument)
    {
        switch (argument)
        {
            case "same":
                return CurrentOrNew(c, null).Full;
            case "given":
                return NewPerson(c, null).Given;
            case "en":
                return NewPerson(c, SixthPoolsPeople.American).Full;
            case "engiven":
                return NewPerson(c, SixthPoolsPeople.American).Given;
            case "script":
                return NewPerson(c, PickWhere(c, k => k.Script)).Full;
            case "latin":
                return NewPerson(c, PickWhere(c, k => !k.Script)).Full;
            case "initial":
            {
                SixthPerson p = NewPerson(c, PickWhere(c, k => !k.Script && !k.FamilyFirst));
                return c.Random.Chance(0.5) ? $"{p.Given[0]}. {p.Family}" : $"{p.Given} {p.Family[0]}.";
            }
            case "dir":
            {
                SixthPerson p = NewPerson(c, c.Pick(SixthPoolsPeople.Western));
                return $"{p.Family}, {p.Given}";
            }
            case "glue_" or "glue-" or "glue.":
            {
                SixthPerson p = NewPerson(c, PickWhere(c, k => !k.Script && !k.FamilyFirst));
                char glue = argument[^1];
                return (p.Given + glue + p.Family).Replace(' ', glue);
            }
            default:
                return NewPerson(c, null).Full;
        }
    }

    private static SixthCulture PickWhere(GenerationContext c, Func<SixthCulture, bool> filter)
    {
        SixthCulture[] pool = Array.FindAll(SixthPoolsPeople.All, k => filter(k));
        return c.Pick(pool);
    }

    /// <summary>Latin letters with marks and the ASCII letters they are written as in mail and logins
    /// (the build runs with invariant globalization, so Unicode normalisation is not relied on).</summary>
    private static readonly (string Marked, string Plain)[] s_fold =
    [
        ("àáâãäåāăąạảấầẩẫậắằẳẵặ", "a"), ("çćč", "c"), ("ďđð", "d"), ("èéêëēėęěẹẻẽếềểễệ", "e"), ("ğ", "g"),
        ("ìíîïīıịỉĩ", "i"), ("ł", "l"), ("ñńň", "n"), ("òóôõöøōọỏốồổỗộơớờởỡợ", "o"), ("ř", "r"), ("śšş", "s"),
        ("ť", "t"), ("ùúûüūůụủũưứừửữự", "u"), ("ýÿỳỵỷỹ", "y"), ("źżž", "z"), ("ß", "ss"), ("æ", "ae"), ("þ", "th"),
    ];

    /// <summary>ASCII letters of a name, lower case, spaces and other characters dropped (mail and login forms).</summary>
    private static string Ascii(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (char upper in name)
        {
            char ch = char.ToLowerInvariant(upper);
            if (ch is >= 'a' and <= 'z')
            {
                text.Append(ch);
                continue;
            }
            foreach ((string marked, string plain) in s_fold)
            {
                if (marked.Contains(ch, StringComparison.Ordinal))
                {
                    text.Append(plain);
                    break;
                }
            }
        }
        return text.ToString();
    }

    /// <summary>Lower case with letters kept as written (non-ASCII local parts), spaces dropped.</summary>
    private static string Lower(string name) => name.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary><c>{email}</c> of the line's person (a company or public domain); <c>plus</c> with a plus tag,
    /// <c>native</c> keeping non-ASCII letters, <c>role</c> a role mailbox, <c>new</c> another person's.</summary>
    private static string Email(GenerationContext c, string? argument)
    {
        if (argument == "role")
        {
            return c.Pick(["billing", "ap", "hr", "payroll", "support", "accounts", "legal", "intake", "no-reply"]) + "@" + c.Pick(SixthPoolsParties.CompanyDomains);
        }
        SixthPerson p = argument == "new" ? NewPerson(c, null) : CurrentOrNew(c, null);
        string given = argument == "native" && !p.Culture.Script ? Lower(p.LatinGiven) : Ascii(p.LatinGiven);
        string family = argument == "native" && !p.Culture.Script ? Lower(p.LatinFamily) : Ascii(p.LatinFamily);
        string local = c.Random.Next(6) switch
        {
            0 => given + "." + family,
            1 => given[0] + family,
            2 => given + "_" + family + c.Random.Between(1, 99).ToString(CultureInfo.InvariantCulture),
            3 => given + "." + family[0],
            4 => family + "." + given,
            _ => given,
        };
        if (argument == "plus")
        {
            local += "+" + c.Pick(["bank", "hr", "receipts", "jobs", "tax", "crm"]);
        }
        string domain = c.Random.Chance(0.55) ? c.Pick(SixthPoolsParties.CompanyDomains) : c.Pick(SixthPoolsParties.PublicDomains);
        return local + "@" + domain;
    }

    /// <summary><c>{handle}</c> a login-style username of the line's person; <c>at</c> with <c>@</c>, <c>discord</c>
    /// with a discriminator, <c>fedi</c> a fediverse address, <c>bsky</c> a Bluesky handle, <c>reddit</c> <c>u/…</c>,
    /// <c>matrix</c> <c>@name:server</c>, <c>new</c> another person's.</summary>
    private static string Handle(GenerationContext c, string? argument)
    {
        SixthPerson p = argument == "new" ? NewPerson(c, null) : CurrentOrNew(c, null);
        string given = Ascii(p.LatinGiven);
        string family = Ascii(p.LatinFamily);
        string name = c.Random.Next(7) switch
        {
            0 => given + family[0],
            1 => given[0] + family,
            2 => given + "." + family,
            3 => given + "_" + family[..Math.Min(3, family.Length)],
            4 => given + c.Random.Between(7, 99).ToString(CultureInfo.InvariantCulture),
            5 => given + "-" + family,
            _ => family + given[0] + c.Random.Between(1, 9).ToString(CultureInfo.InvariantCulture),
        };
        return argument switch
        {
            "at" => "@" + name,
            "discord" => name.Replace('.', '_') + "#" + c.Random.Between(1, 9999).ToString("D4", CultureInfo.InvariantCulture),
            "fedi" => "@" + name.Replace('.', '_') + "@" + c.Pick(["mastodon.social", "hachyderm.io", "fosstodon.org", "mstdn.jp", "chaos.social"]),
            "bsky" => "@" + name.Replace('.', '-').Replace('_', '-') + ".bsky.social",
            "reddit" => "u/" + name.Replace('.', '_'),
            "matrix" => "@" + name + ":" + c.Pick(["matrix.org", "cobaltline.chat", "quillon.im"]),
            _ => name,
        };
    }
}
