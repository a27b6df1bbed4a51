namespace Pipeline.Redaction.Evaluation.Generation;

internal static partial class ValueForge
{
    private static void AddWeb(Dictionary<string, ValueGenerator> g)
    {
        g["repo"] = (c, _) => c.Pick(c.Pools.RepoOwners) + "/" + c.Pick(c.Pools.RepoNames);
        g["repoName"] = (c, _) => c.Pick(c.Pools.RepoNames);
        g["channel"] = (c, _) => c.Pick(c.Pools.Channels);
        g["plainChannel"] = (c, _) => c.Pick(c.Pools.PlainChannels);
        g["org"] = (c, _) => c.Pick(c.Pools.Orgs);
        g["orgGlued"] = (c, _) => c.Pick(c.Pools.Orgs).TrimEnd('.').Replace(" & ", "_", StringComparison.Ordinal).Replace(", ", "_", StringComparison.Ordinal).Replace(' ', '_');
        g["address"] = (c, _) => c.Expand(c.Pick(c.Pools.AddressPatterns));
        g["addressShort"] = (c, _) => c.Expand(c.Pick(c.Pools.ShortAddressPatterns));
        g["appHost"] = (c, _) => c.Pick(c.Pools.AppHosts);
        g["tokenPath"] = (c, _) => c.Pick(c.Pools.TokenPaths);
        g["search"] = (c, _) =>
        {
            string terms = c.Pick(c.Pools.Searches);
            return c.Random.Chance(0.6) ? terms.Replace(' ', '+') : terms.Replace(" ", "%20", StringComparison.Ordinal);
        };
        g["queryId"] = (c, _) => c.Shape(c.Random.Chance(0.5) ? "*{8,12}" : "%#{5,8}");

        // Links that are themselves the identifier: a person's page, an invitation.
        g["calendlyUrl"] = (c, _) => Scheme(c) + "calendly.com/" + Slug(NewPerson(c)) + "/" + c.Pick(["30min", "15min", "intro-call", "coffee-chat", "1-1"]);
        g["calUrl"] = (c, _) => Scheme(c) + "cal.com/" + Slug(NewPerson(c)) + c.Pick(["", "/15min", "/discovery"]);
        g["linkedinUrl"] = (c, _) => Scheme(c) + "linkedin.com/in/" + Slug(NewPerson(c)) + "-" + c.Shape("!{6,8}");
        g["facebookUrl"] = (c, _) =>
        {
            PersonName p = NewPerson(c);
            return "https://www.facebook.com/" + Fold(p.Given).Replace(" ", string.Empty, StringComparison.Ordinal) + "." + Fold(p.Family).Replace(" ", string.Empty, StringComparison.Ordinal) + "." + c.Shape("%#");
        };
        // GitHub user names hold letters, digits and hyphens only.
        g["githubProfileUrl"] = (c, _) => "https://github.com/" + Handle(c, NewPerson(c)).Replace('.', '-').Replace('_', '-');
        g["discordInvite"] = (c, _) => Scheme(c) + "discord.gg/" + c.Shape("*{7,10}");
        g["whatsappInvite"] = (c, _) => "https://chat.whatsapp.com/" + c.Shape("*{22}");
        g["telegramInvite"] = (c, _) => "https://t.me/+" + c.Shape("^{16}");
        g["zoomJoin"] = (c, _) => "https://us0" + c.Shape("%") + "web.zoom.us/j/" + c.Shape("%#{9,10}") + "?pwd=" + c.Shape("*{32}");
        g["meetUrl"] = (c, _) => "https://meet.google.com/" + Letters(c, 3) + "-" + Letters(c, 4) + "-" + Letters(c, 3);
        g["slackInvite"] = (c, _) => "https://join.slack.com/t/" + c.Pick(c.Pools.RepoOwners) + "/shared_invite/zt-" + c.Shape("~{11}-^{22}");
    }

    private static string Scheme(GenerationContext c) => c.Pick(["https://", "https://", ""]);

    private static string Letters(GenerationContext c, int count)
    {
        var letters = new char[count];
        for (int i = 0; i < count; i++)
        {
            letters[i] = (char)('a' + c.Random.Next(26));
        }
        return new string(letters);
    }
}
