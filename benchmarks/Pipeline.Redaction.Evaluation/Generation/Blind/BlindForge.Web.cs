namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindForge
{
    private static void AddWeb(Dictionary<string, ValueGenerator> g)
    {
        g["repo"] = (c, _) => c.Pick(BlindPools.RepoOwners) + "/" + c.Pick(BlindPools.RepoNames);
        g["repoName"] = (c, _) => c.Pick(BlindPools.RepoNames);
        g["repoOwner"] = (c, _) => c.Pick(BlindPools.RepoOwners);
        g["channel"] = (c, _) => c.Pick(BlindPools.Channels);
        g["channelBare"] = (c, _) => c.Pick(BlindPools.Channels)[1..];
        g["plainChannel"] = (c, _) => c.Pick(BlindPools.PlainChannels);
        g["org"] = (c, _) => c.Pick(BlindPools.Orgs);
        g["orgGlued"] = (c, a) => c.Pick(BlindPools.Orgs).TrimEnd('.').Replace(" & ", "_", StringComparison.Ordinal)
            .Replace(", ", "_", StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", a ?? "_", StringComparison.Ordinal)
            .Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        g["workspace"] = (c, _) => c.Pick(BlindPools.Workspaces);
        g["address"] = (c, _) => Expand(c, c.Pick(BlindPools.Addresses));
        g["addressShort"] = (c, _) => Expand(c, c.Pick(BlindPools.ShortAddresses));
        g["search"] = (c, _) => QueryEncode(c, c.Pick(BlindPools.PersonalSearches));
        g["accountParam"] = (c, _) => c.Shape(c.Pick(["#{5,9}", "*{10}", "usr_*{12}", "!{24}"]));

        // Links that are themselves the identifier of a person, or an invitation.
        g["bookingUrl"] = (c, _) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: false);
            return c.Pick(["https://", "https://", ""]) + c.Random.Next(4) switch
            {
                0 => "calendly.com/" + Slug(p) + "/" + c.Pick(["45min", "intro", "office-hours", "quick-chat"]),
                1 => "savvycal.com/" + Compact(p.Given) + "/" + c.Pick(["chat", "30", "interview"]),
                2 => "tidycal.com/" + Compact(p.Given) + Compact(p.Family)[..1],
                _ => "outlook.office.com/bookwithme/user/" + c.Shape("!{32}") + "@" + c.Pick(BlindPools.CompanyDomains) + "/meetingtype/" + c.Shape("^{22}"),
            };
        };
        g["profileUrl"] = (c, _) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: false);
            return c.Random.Next(5) switch
            {
                0 => "https://www.linkedin.com/in/" + Slug(p) + "-" + c.Shape("#{3,9}"),
                1 => "https://www.xing.com/profile/" + Ascii(p.Given).Replace(' ', '_') + "_" + Ascii(p.Family).Replace(' ', '_'),
                2 => "https://www.instagram.com/" + Login(c, p).Replace('-', '_') + "/",
                3 => "https://keybase.io/" + Compact(p.Given) + Compact(p.Family)[..1],
                _ => "https://about.me/" + Compact(p.Given) + Compact(p.Family),
            };
        };
        g["inviteUrl"] = (c, _) => c.Random.Next(6) switch
        {
            0 => "https://discord.com/invite/" + c.Shape("*{8}"),
            1 => "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + c.Shape("^{48}") + "%40thread.v2/0",
            2 => "https://" + c.Pick(["acme", "ironhill", "pinecrest"]) + ".webex.com/meet/" + Compact(NewPerson(c, westernOnly: true).Given),
            3 => "https://whereby.com/" + Compact(NewPerson(c, westernOnly: true).Family) + "-room",
            4 => "https://doodle.com/meeting/participate/id/" + c.Shape("~{8}"),
            _ => "https://zoom.us/j/" + c.Shape("%#{9,10}") + "?pwd=" + c.Shape("*{27}.1"),
        };
        g["zoomUrl"] = (c, _) => c.Random.Next(3) switch
        {
            0 => "https://us0" + c.Shape("%") + "web.zoom.us/j/" + c.Shape("%#{9,10}") + "?pwd=" + c.Shape("*{27}.1"),
            1 => "https://zoom.us/my/" + Compact(NewPerson(c, westernOnly: true).Given) + "." + Compact(((BlindPerson)c.FamilyState!).Family),
            _ => "https://" + c.Pick(["kestrelworks", "ironhill", "pinecrest"]) + ".zoom.us/j/" + c.Shape("%#{10}"),
        };
        g["meetUrl"] = (c, _) => c.Pick(["https://", ""]) + "meet.google.com/" + Lower(c, 3) + "-" + Lower(c, 4) + "-" + Lower(c, 3);
        g["signalLink"] = (c, _) => "https://signal.group/#" + c.Shape("^{60}");
    }

    private static string Lower(GenerationContext c, int count)
    {
        var letters = new char[count];
        for (int i = 0; i < count; i++)
        {
            letters[i] = (char)('a' + c.Random.Next(26));
        }
        return new string(letters);
    }

    /// <summary>A typed search as a browser puts it in the address bar: <c>+</c> or <c>%20</c> for spaces, UTF-8 percent-encoding for other letters.</summary>
    private static string QueryEncode(GenerationContext c, string terms)
    {
        bool plus = c.Random.Chance(0.6);
        var encoded = new System.Text.StringBuilder(terms.Length * 2);
        foreach (char ch in terms)
        {
            if (ch == ' ')
            {
                encoded.Append(plus ? "+" : "%20");
            }
            else if (ch < 128 && (char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.' or '_'))
            {
                encoded.Append(ch);
            }
            else
            {
                foreach (byte b in System.Text.Encoding.UTF8.GetBytes(ch.ToString()))
                {
                    encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }
        }
        return encoded.ToString();
    }
}
