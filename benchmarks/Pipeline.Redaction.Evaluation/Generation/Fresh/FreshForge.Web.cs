namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshForge
{
    /// <summary>A link that names a person or invites to a private place (the whole link is the URL span).</summary>
    private static string PersonalUrl(GenerationContext c, string kind)
    {
        FreshPerson p = Current(c);
        string slug = Slug(p, c);
        return kind switch
        {
            "calendly" => $"https://calendly.com/{slug}/{c.Pick(new[] { "30min", "15min", "intro-call", "1-1", "kennenlernen" })}",
            "linkedin" => c.Random.Chance(0.5) ? $"https://www.linkedin.com/in/{slug}-{Hex(c, 6)}/" : $"linkedin.com/in/{slug}",
            "zoom" => $"https://{c.Pick(new[] { "", "us02web.", "us06web.", "eu01web." })}zoom.us/j/{c.Random.Between(81, 99)}{Digits(c, 9)}?pwd={c.Shape("*{32}")}",
            "meet" => $"https://meet.google.com/{c.Shape("&&&").ToLowerInvariant()}-{c.Shape("&&&&").ToLowerInvariant()}-{c.Shape("&&&").ToLowerInvariant()}",
            "teams" => $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{c.Shape("*{48}")}%40thread.v2/0",
            "discord" => $"{c.Pick(new[] { "https://discord.gg/", "discord.gg/", "https://discord.com/invite/" })}{c.Shape("*{8}")}",
            "slack" => $"https://join.slack.com/t/{c.Pick(FreshPools.RepoOwners)}/shared_invite/zt-{c.Shape("~{11}")}-{c.Shape("^{22}")}",
            "calcom" => $"https://cal.com/{slug}/{c.Pick(new[] { "30min", "quick-chat", "demo" })}",
            "xing" => $"https://www.xing.com/profile/{ToAscii(p.AsciiGiven).Replace(' ', '_')}_{ToAscii(p.AsciiFamily).Replace(' ', '_')}",
            "github" => $"https://github.com/{Handle(c, "bare").Replace(".", "-", StringComparison.Ordinal)}",
            "whereby" => $"https://whereby.com/{slug}",
            "hubspot" => $"https://meetings.hubspot.com/{slug}",
            "webex" => $"https://{c.Pick(new[] { "brunnhof", "tamarindlabs", "oostkade", "parvati" })}.webex.com/meet/{Handle(c, "bare").Replace(".", "", StringComparison.Ordinal)}",
            "doodle" => $"https://doodle.com/meeting/participate/id/{c.Shape("*{8}")}",
            "whatsappgroup" => $"https://chat.whatsapp.com/{c.Shape("*{22}")}",
            _ => throw new FormatException($"unknown url kind {kind}"),
        };
    }

    /// <summary>The value of a query parameter that carries personal content: a search for a person or place, or an account id.</summary>
    private static string QueryValue(GenerationContext c, string kind)
    {
        switch (kind)
        {
            case "name":
            {
                FreshPerson p = NewPerson(c, null, latinOnly: true);
                c.FamilyState = p;
                string name = $"{p.AsciiGiven}+{p.AsciiFamily}".Replace(' ', '+');
                return c.Random.Next(3) switch
                {
                    0 => name.ToLowerInvariant(),
                    1 => $"%22{name}%22",
                    _ => $"{name.ToLowerInvariant()}+{c.Pick(new[] { "telefon", "linkedin", "adresse", "email", "contact", "instagram" })}",
                };
            }
            case "address":
                return Address(c).Replace(", ", "%2C+", StringComparison.Ordinal).Replace(' ', '+');
            case "health":
                return c.Pick(new[] { "hausarzt+termin+", "dermatologue+", "psiquiatra+", "fertility+clinic+", "hiv+test+" })
                    + c.Pick(FreshPools.Places).Replace(' ', '+').ToLowerInvariant();
            case "account":
                return FreshForge.Digits(c, c.Random.Between(6, 10));
            case "customer":
                return c.Random.Chance(0.5) ? "cus_" + c.Shape("*{14}") : "CUST-" + Digits(c, 8);
            default:
                throw new FormatException($"unknown query kind {kind}");
        }
    }
}
