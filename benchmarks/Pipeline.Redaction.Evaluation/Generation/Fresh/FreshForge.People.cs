using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshForge
{
    /// <summary>
    /// A new person, written by mode: <c>full</c> (default), <c>given</c>, <c>glued</c> (<c>Given_Family</c>),
    /// <c>dotted</c> (<c>Given.Family</c>), <c>dir</c> (<c>Family, Given</c>), <c>initial</c> (<c>G. Family</c>);
    /// <c>mode@culture</c> picks the culture (<c>full@ja-native</c>).
    /// </summary>
    private static string Person(GenerationContext c, string? argument)
    {
        string mode = argument ?? "full";
        string? culture = null;
        int at = mode.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            string[] choices = mode[(at + 1)..].Split(',');
            culture = choices[c.Random.Next(choices.Length)];
            mode = mode[..at];
        }
        FreshPerson p = NewPerson(c, culture, latinOnly: mode is "glued" or "dotted" or "initial");
        c.FamilyState = p;
        return mode switch
        {
            "full" => p.Full,
            "given" => p.Given,
            "glued" => $"{p.Given}_{p.Family}".Replace(' ', '_'),
            "dotted" => $"{p.Given}.{p.Family}".Replace(' ', '.'),
            "dir" => $"{p.Family}, {p.Given}",
            "initial" => $"{p.Given[0]}. {p.Family}",
            _ => throw new FormatException($"unknown person mode {mode}"),
        };
    }

    internal static FreshPerson NewPerson(GenerationContext c, string? cultureKey, bool latinOnly = false)
    {
        FreshCulture culture;
        if (cultureKey is not null)
        {
            culture = FindCulture(cultureKey);
        }
        else
        {
            do
            {
                culture = c.Pick(FreshPools.Cultures);
            }
            while (latinOnly && (culture.Key.EndsWith("-native", StringComparison.Ordinal) || culture.Key is "ru" or "gr"));
        }
        string given;
        string family;
        if (culture.Whole is { } whole)
        {
            string[] parts = c.Pick(whole).Split(';');
            given = parts[0];
            family = parts[1];
            if (latinOnly && (given.Contains('|', StringComparison.Ordinal) || family.Contains('|', StringComparison.Ordinal)))
            {
                return NewPerson(c, cultureKey, latinOnly);
            }
        }
        else
        {
            given = c.Pick(culture.Given);
            family = c.Pick(culture.Family);
            if (culture.SecondFamily > 0 && c.Random.Chance(culture.SecondFamily))
            {
                string second = c.Pick(culture.Family);
                if (second != family)
                {
                    family = $"{family} {second}";
                }
            }
        }
        (string givenShown, string givenAscii) = Split(given);
        (string familyShown, string familyAscii) = Split(family);
        return new FreshPerson(givenShown, familyShown, culture.FamilyFirst, givenAscii, familyAscii);
    }

    private static FreshCulture FindCulture(string key)
    {
        foreach (FreshCulture culture in FreshPools.Cultures)
        {
            if (culture.Key == key)
            {
                return culture;
            }
        }
        throw new FormatException($"unknown culture {key}");
    }

    private static (string Shown, string Ascii) Split(string entry)
    {
        int bar = entry.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? (entry, ToAscii(entry)) : (entry[..bar], entry[(bar + 1)..]);
    }

    // Invariant globalization (Directory.Build.props) leaves string.Normalize without decomposition data, so the
    // letters of the pools are folded by this table: each character of Accented becomes the one at its index.
    private const string Accented = "ÅÇÉÍÓÖØàáâãäåçèéêëíðñóöøüăąĐıłńŞşơưạầắặễịứ";
    private const string Folded = "ACEIOOOaaaaaaceeeeidnooouaaDilnSsouaaaaeiu";

    /// <summary>The name as a mailbox or login would spell it: no diacritics, no apostrophes.</summary>
    internal static string ToAscii(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            int at = Accented.IndexOf(ch, StringComparison.Ordinal);
            if (at >= 0)
            {
                folded.Append(Folded[at]);
                continue;
            }
            folded.Append(ch switch
            {
                '\'' => string.Empty,
                'Þ' => "Th",
                'ß' => "ss",
                'æ' => "ae",
                _ => ch.ToString(),
            });
        }
        return folded.ToString();
    }

    private static FreshPerson Current(GenerationContext c)
    {
        if (c.FamilyState is FreshPerson p)
        {
            return p;
        }
        FreshPerson fresh = NewPerson(c, null);
        c.FamilyState = fresh;
        return fresh;
    }

    private static string Lower(string ascii) => ascii.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    /// <summary>The line's person's mailbox: <c>personal</c>, <c>work</c> or either (no argument).</summary>
    private static string Email(GenerationContext c, string? kind)
    {
        FreshPerson p = Current(c);
        string g = Lower(p.AsciiGiven);
        string f = Lower(p.AsciiFamily);
        bool work = kind switch
        {
            "work" => true,
            "personal" => false,
            _ => c.Random.Chance(0.5),
        };
        string local = c.Random.Next(7) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g[0]}.{f}",
            2 => $"{g}{f}{c.Random.Between(1, 99)}",
            3 => $"{g}_{f}",
            4 => $"{f}.{g}",
            5 => work ? $"{g[0]}{f}" : $"{g}+{c.Pick(new[] { "bank", "shop", "news", "steuer" })}",
            _ => $"{g}-{f}",
        };
        // A Latin name keeps its accents in the mailbox now and then (jürgen.müller@…), as some providers allow.
        if (!work && p.Given != p.AsciiGiven && IsLatin(p.Given) && IsLatin(p.Family) && c.Random.Chance(0.25))
        {
            local = $"{p.Given.ToLowerInvariant()}.{p.Family.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal)}";
        }
        string domain = work ? c.Pick(FreshPools.WorkMailDomains) : c.Pick(FreshPools.PersonalMailDomains);
        return $"{local}@{domain}";
    }

    private static bool IsLatin(string text)
    {
        foreach (char ch in text)
        {
            if (ch > '\u024F')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The line's person's login: <c>sigil</c> (<c>@lena.hoffmann</c>, default), <c>bare</c>, <c>discord</c>
    /// (<c>name#1234</c>), <c>fedi</c> (<c>@name@instance</c>), <c>bsky</c>, <c>reddit</c> (<c>u/name</c>).
    /// </summary>
    private static string Handle(GenerationContext c, string? kind)
    {
        FreshPerson p = Current(c);
        string g = Lower(p.AsciiGiven);
        string f = Lower(p.AsciiFamily);
        string login = c.Random.Next(6) switch
        {
            0 => $"{g}.{f}",
            1 => $"{g}{f[0]}",
            2 => $"{g[0]}{f}",
            3 => $"{g}_{f}{c.Random.Between(1, 99)}",
            4 => $"{f}{g[0]}{c.Random.Between(70, 99)}",
            _ => $"{g}-{f[..Math.Min(3, f.Length)]}",
        };
        return kind switch
        {
            null or "sigil" => "@" + login,
            "bare" => login,
            "discord" => $"{login.Replace(".", "_", StringComparison.Ordinal)}#{c.Random.Between(1000, 9999)}",
            "fedi" => $"@{login.Replace(".", "_", StringComparison.Ordinal)}@{c.Pick(new[] { "mastodon.social", "chaos.social", "fosstodon.org", "mstdn.jp", "mas.to" })}",
            "bsky" => $"@{login.Replace(".", "", StringComparison.Ordinal)}.bsky.social",
            "reddit" => $"u/{login.Replace(".", "_", StringComparison.Ordinal)}",
            _ => throw new FormatException($"unknown handle kind {kind}"),
        };
    }

    private static string Slug(FreshPerson p, GenerationContext c)
    {
        string g = Lower(p.AsciiGiven);
        string f = ToAscii(p.AsciiFamily).ToLowerInvariant().Replace(' ', '-');
        return c.Random.Chance(0.5) ? $"{g}-{f}" : $"{g}{f}";
    }

    /// <summary>An invented company; <c>glued</c> writes it as a file name would (<c>Brunnhof_Logistik_GmbH</c>).</summary>
    private static string Org(GenerationContext c, string? mode)
    {
        string org = c.Pick(FreshPools.Orgs);
        if (mode == "glued")
        {
            if (!IsLatin(org))
            {
                return Org(c, mode);
            }
            return org.Replace(", ", "_", StringComparison.Ordinal).Replace(" & ", "_", StringComparison.Ordinal).Replace(' ', '_');
        }
        return org;
    }
}
