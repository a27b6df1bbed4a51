namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindForge
{
    private static void AddPeople(Dictionary<string, ValueGenerator> g)
    {
        // A new person, as the culture writes the name (family-first cultures family name first).
        g["name"] = (c, _) => NewPerson(c, westernOnly: false).Full;
        // Given name first whatever the culture: how a Western app lays out a contact card.
        g["nameWestern"] = (c, _) => NewPerson(c, westernOnly: true).Full;
        // "Okonkwo, Chinedu": directories, Outlook's sender list, HR systems.
        g["nameLastFirst"] = (c, _) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: true);
            return p.Family + ", " + p.Given;
        };
        // "C. Okonkwo" and "Chinedu O.": an initial for one part of the name.
        g["nameInitial"] = (c, _) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: true);
            return c.Random.Chance(0.6) ? Initial(p.Given) + " " + p.Family : p.Given + " " + Initial(p.Family);
        };
        // Names that carry a hyphen in the given or family name (Anne-Sophie, Hoffmann-Lenz, Ji-woo).
        g["nameHyphen"] = (c, _) =>
        {
            for (int attempt = 0; attempt < 5000; attempt++)
            {
                BlindPerson p = NewPerson(c, westernOnly: false);
                if (p.Full.Contains('-', StringComparison.Ordinal))
                {
                    return p.Full;
                }
            }
            throw new InvalidOperationException("no hyphenated name in the blind cultures");
        };
        // A given name alone, as "1:1 X / Y" and "X's notes" write it.
        g["given"] = (c, _) =>
        {
            string previous = c.FamilyState is BlindPerson p ? p.Given : string.Empty;
            for (int attempt = 0; ; attempt++)
            {
                NameCulture culture = WesternCulture(c);
                string given = c.Pick(culture.Given);
                if (!string.Equals(given, previous, StringComparison.Ordinal) || attempt > 5)
                {
                    c.FamilyState = new BlindPerson(given, c.Pick(culture.Family), FamilyFirst: false);
                    return given;
                }
            }
        };
        g["native"] = (c, _) => c.Pick(BlindPools.NativeScriptNames);
        g["sameName"] = (c, _) => Current(c).Full;
        g["sameGiven"] = (c, _) => Current(c).Given;
        // Names glued into a file name: Given_Family, Family-Given, GivenFamily.
        g["nameGlued"] = (c, a) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: true);
            string glue = a ?? "_";
            bool familyFirst = c.Random.Chance(0.3);
            string glued = familyFirst ? p.Family + glue + p.Given : p.Given + glue + p.Family;
            return glued.Replace(" ", glue, StringComparison.Ordinal);
        };

        g["login"] = (c, _) => Login(c, CurrentOrNew(c));
        g["atLogin"] = (c, _) => "@" + Login(c, CurrentOrNew(c));
        g["redditUser"] = (c, _) => "u/" + Login(c, CurrentOrNew(c)).Replace('.', '_').Replace('-', '_');
        g["fediUser"] = (c, _) => "@" + Login(c, CurrentOrNew(c)).Replace('-', '_') + "@" + c.Pick(BlindPools.FediverseInstances);
        // A Matrix user id whole, sigil and homeserver: @login:server.
        g["matrixUser"] = (c, _) => "@" + Login(c, CurrentOrNew(c)).Replace('-', '.') + ":" + c.Pick(["matrix.org", "tchncs.de", "element.io", "mozilla.org"]);
        g["serviceLogin"] = (c, _) => c.Pick(BlindPools.ServiceLogins);

        g["email"] = (c, _) => Mailbox(c, NewPerson(c, westernOnly: false));
        g["emailOf"] = (c, _) => Mailbox(c, Current(c));
        g["emailUnicode"] = (c, _) => c.Pick(BlindPools.UnicodeLocalParts) + "@" + MailDomain(c);
        g["emailTagged"] = (c, _) =>
        {
            BlindPerson p = NewPerson(c, westernOnly: false);
            return Ascii(p.Given).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal)
                + "+" + c.Pick(BlindPools.PlusTags) + "@" + c.Pick(BlindPools.FreeMailDomains);
        };
        g["companyDomain"] = (c, _) => c.Pick(BlindPools.CompanyDomains);
        g["personSlug"] = (c, _) => Slug(CurrentOrNew(c));
    }

    private static string Initial(string name) => name[..1] + ".";

    private static NameCulture WesternCulture(GenerationContext c)
    {
        NameCulture culture;
        do
        {
            culture = c.Pick(BlindPools.Cultures);
        }
        while (culture.FamilyFirst);
        return culture;
    }

    private static BlindPerson NewPerson(GenerationContext c, bool westernOnly)
    {
        NameCulture culture = westernOnly ? WesternCulture(c) : c.Pick(BlindPools.Cultures);
        BlindPerson person = new(c.Pick(culture.Given), c.Pick(culture.Family), culture.FamilyFirst);
        c.FamilyState = person;
        return person;
    }

    private static BlindPerson Current(GenerationContext c) =>
        c.FamilyState is BlindPerson { Family.Length: > 0 } p ? p : NewPerson(c, westernOnly: false);

    private static BlindPerson CurrentOrNew(GenerationContext c) => c.FamilyState as BlindPerson ?? NewPerson(c, westernOnly: false);

    private static string Compact(string name) =>
        Ascii(name).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    private static string Slug(BlindPerson p) => Ascii(p.Given + " " + p.Family).Replace(' ', '-').Replace("--", "-", StringComparison.Ordinal);

    /// <summary>Logins people pick: with digits, dots, dashes and underscores in the places sites allow them.</summary>
    private static string Login(GenerationContext c, BlindPerson p)
    {
        string given = Compact(p.Given), family = Compact(p.Family);
        return c.Random.Next(8) switch
        {
            0 => given + family[..1] + c.Shape("%#"),
            1 => family + "." + given,
            2 => given + "-" + family,
            3 => given[..1] + family + c.Shape("#{2,4}"),
            4 => "the" + given + c.Shape("%"),
            5 => given + "_" + family[..Math.Min(3, family.Length)],
            6 => family + given[..1],
            _ => given + c.Shape("%#%#"),
        };
    }

    private static string Mailbox(GenerationContext c, BlindPerson p)
    {
        string given = Compact(p.Given), family = Compact(p.Family);
        string local = c.Random.Next(6) switch
        {
            0 => given + "." + family,
            1 => given[..1] + family,
            2 => family + "-" + given[..1],
            3 => given + "." + family[..1],
            4 => given + family + c.Shape("%#"),
            _ => given + "_" + family,
        };
        return local + "@" + MailDomain(c);
    }

    private static string MailDomain(GenerationContext c) =>
        c.Random.Chance(0.5) ? c.Pick(BlindPools.CompanyDomains) : c.Pick(BlindPools.FreeMailDomains);
}
