namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

internal static partial class SixthForge
{
    /// <summary><c>{query}</c> a search value as a URL carries it: a person's name (<c>+</c> or <c>%20</c>), an
    /// e-mail (<c>%40</c>), a phrase; <c>{query:id}</c> an account or record id.</summary>
    private static string Query(GenerationContext c, string? argument)
    {
        if (argument == "id")
        {
            return c.Shape(c.Pick(["########", "cus_**************", "!!!!!!!!-!!!!-!!!!", "#######", "acct_****************"]));
        }
        SixthPerson p = NewPerson(c, Array.Find(SixthPoolsPeople.All, k => k.Name == "American")!);
        string g = p.LatinGiven, f = p.LatinFamily;
        return c.Random.Next(5) switch
        {
            0 => (g + "+" + f).Replace(' ', '+'),
            1 => (g + "%20" + f).Replace(" ", "%20", StringComparison.Ordinal),
            2 => "%22" + (g + "+" + f).Replace(' ', '+') + "%22",
            3 => Ascii(g) + "." + Ascii(f) + "%40" + c.Pick(SixthPoolsParties.PublicDomains),
            _ => (g + "+" + f + "+" + c.Pick(["linkedin", "phone", "address", "salary", "divorce"])).Replace(' ', '+'),
        };
    }

    private static string Slug(SixthPerson p, GenerationContext c)
    {
        string g = Ascii(p.LatinGiven), f = Ascii(p.LatinFamily);
        return c.Random.Next(3) switch
        {
            0 => g + "-" + f,
            1 => g + f,
            _ => g + "-" + f + "-" + c.Shape("!!!!!!"),
        };
    }

    /// <summary><c>{url:KIND}</c> a link that names a person or invites: <c>calendly</c>, <c>cal</c>, <c>hubspot</c>,
    /// <c>linkedin</c>, <c>zoom</c> (<c>/j/…?pwd=</c>), <c>meet</c>, <c>teams</c>, <c>discord</c>, <c>slack</c>,
    /// <c>whatsapp</c>, <c>telegram</c>, <c>signal</c>, <c>github</c> (a profile).</summary>
    private static string PersonalUrl(GenerationContext c, string? argument)
    {
        SixthPerson p = CurrentOrNew(c, null);
        bool scheme = c.Random.Chance(0.7);
        string url = argument switch
        {
            "calendly" => $"calendly.com/{Slug(p, c)}/{c.Pick(["30min", "15min", "intro-call", "discovery", "demo", "1-1"])}",
            "cal" => $"cal.com/{Slug(p, c)}/{c.Pick(["30", "meet", "consult"])}",
            "hubspot" => $"meetings.hubspot.com/{Slug(p, c)}",
            "linkedin" => $"www.linkedin.com/in/{Slug(p, c)}",
            "zoom" => $"{c.Pick(["us02web", "us06web", "zoom"])}.zoom.us/j/{c.Shape("%##########")}?pwd={c.Shape("*{32}")}",
            "meet" => $"meet.google.com/{c.Shape("&&&-&&&&-&&&").ToLowerInvariant()}",
            "teams" => $"teams.microsoft.com/l/meetup-join/19%3ameeting_{c.Shape("^{48}")}%40thread.v2/0",
            "discord" => $"discord.gg/{c.Shape("*{8}")}",
            "slack" => $"join.slack.com/t/{c.Pick(SixthPoolsParties.Workspaces).ToLowerInvariant().Replace(' ', '-').Replace('ō', 'o')}/shared_invite/zt-{c.Shape("~{11}")}-{c.Shape("^{22}")}",
            "whatsapp" => $"chat.whatsapp.com/{c.Shape("*{22}")}",
            "telegram" => $"t.me/+{c.Shape("^{16}")}",
            "signal" => $"signal.group/#{c.Shape("^{40}")}",
            "github" => $"github.com/{Handle(c, null).Replace('.', '-').Replace('_', '-')}",
            _ => throw new FormatException($"url kind {argument}"),
        };
        return scheme ? "https://" + url : url;
    }

    /// <summary><c>{repo}</c> an <c>owner/name</c>: <c>priv</c> of an invented organisation, <c>pub</c> a well-known one, default either.</summary>
    private static string Repo(GenerationContext c, string? argument) => argument switch
    {
        "pub" => c.Pick(SixthPoolsParties.PublicRepos),
        "priv" => c.Pick(SixthPoolsParties.PrivateRepos),
        _ => c.Random.Chance(0.7) ? c.Pick(SixthPoolsParties.PrivateRepos) : c.Pick(SixthPoolsParties.PublicRepos),
    };

    /// <summary><c>{org}</c> a private company with its legal form; <c>glue_</c>/<c>glue-</c> for file names; <c>short</c> without the legal form.</summary>
    private static string Org(GenerationContext c, string? argument)
    {
        string org = c.Pick(SixthPoolsParties.Orgs);
        return argument switch
        {
            "glue_" => org.Replace(", ", "_", StringComparison.Ordinal).Replace(' ', '_').Replace("&", "and", StringComparison.Ordinal).TrimEnd('.'),
            "glue-" => org.Replace(", ", "-", StringComparison.Ordinal).Replace(' ', '-').Replace("&", "and", StringComparison.Ordinal).TrimEnd('.'),
            "short" => c.Pick(SixthPoolsParties.Workspaces),
            _ => org,
        };
    }
}
