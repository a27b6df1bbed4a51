namespace Pipeline.Redaction.Evaluation.Generation;

internal static partial class ValueForge
{
    private static void AddPeople(Dictionary<string, ValueGenerator> g)
    {
        // A new person, full name as the culture writes it.
        g["person"] = (c, _) => NewPerson(c).Full;
        // The person already named on this line (or a new one): "tomb3cker (Tom Becker)".
        g["samePerson"] = (c, _) => CurrentPerson(c).Full;
        g["given"] = (c, _) =>
        {
            NameCulture culture = WesternOrder(c);
            string given = c.Pick(culture.Given);
            // "1:1 Priya / Priya" is not a meeting anyone has: draw again once when the line already named this person.
            if (c.Person is { } previous && string.Equals(previous.Given, given, StringComparison.Ordinal))
            {
                culture = WesternOrder(c);
                given = c.Pick(culture.Given);
            }
            c.Person = new PersonName(given, string.Empty);
            return given;
        };
        g["personUnderscore"] = (c, _) => Glue(NewPerson(c), "_");
        g["personDash"] = (c, _) => Glue(NewPerson(c), "-");
        g["personNative"] = (c, _) => c.Pick(c.Pools.NativeScriptNames);
        g["handle"] = (c, _) => Handle(c, CurrentOrNewPerson(c));
        g["atHandle"] = (c, _) => "@" + Handle(c, CurrentOrNewPerson(c));
        g["redditUser"] = (c, _) => "u/" + Handle(c, CurrentOrNewPerson(c)).Replace('.', '_');
        g["fediHandle"] = (c, _) => "@" + Handle(c, CurrentOrNewPerson(c)) + "@" + c.Pick(c.Pools.FediverseInstances);
        g["bskyHandle"] = (c, _) => "@" + Handle(c, CurrentOrNewPerson(c)).Replace('_', '-') + ".bsky.social";
        g["discordTag"] = (c, _) => Handle(c, CurrentOrNewPerson(c)) + "#" + c.Shape("%###");
        g["email"] = (c, _) => Email(c, NewPerson(c));
        g["emailOfPerson"] = (c, _) => Email(c, CurrentPerson(c));
        g["emailUnicode"] = (c, _) => c.Pick(c.Pools.UnicodeLocalParts) + "@" + Domain(c);
        g["emailPlus"] = (c, _) =>
        {
            PersonName p = NewPerson(c);
            return Fold(p.Given).Replace(" ", string.Empty, StringComparison.Ordinal) + "+" + c.Pick(c.Pools.PlusTags) + "@" + Domain(c);
        };
        g["slug"] = (c, _) => Slug(CurrentOrNewPerson(c));
    }

    private static NameCulture WesternOrder(GenerationContext c)
    {
        NameCulture culture;
        do
        {
            culture = c.Pick(c.Pools.Cultures);
        }
        while (culture.FamilyFirst);
        return culture;
    }

    private static PersonName NewPerson(GenerationContext c)
    {
        NameCulture culture = c.Pick(c.Pools.Cultures);
        string given = c.Pick(culture.Given);
        string family = c.Pick(culture.Family);
        // A second family name now and then (Maria Cruz Lopez): names are not always two words.
        if (!culture.FamilyFirst && c.Random.Chance(0.08))
        {
            string second = c.Pick(culture.Family);
            if (!string.Equals(second, family, StringComparison.Ordinal))
            {
                family = family + " " + second;
            }
        }
        PersonName person = culture.FamilyFirst ? new PersonName(family, given) : new PersonName(given, family);
        c.Person = person;
        return person;
    }

    private static PersonName CurrentPerson(GenerationContext c) => c.Person is { Family.Length: > 0 } p ? p : NewPerson(c);

    private static PersonName CurrentOrNewPerson(GenerationContext c) => c.Person ?? NewPerson(c);

    private static string Glue(PersonName person, string glue) =>
        (person.Given + glue + person.Family).Replace(" ", glue, StringComparison.Ordinal);

    private static string Slug(PersonName person) =>
        Fold(person.Full).Replace(' ', '-');

    private static string Handle(GenerationContext c, PersonName person)
    {
        string given = Fold(person.Given).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        string family = Fold(person.Family).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (family.Length == 0)
        {
            family = c.Shape("##");
        }
        return c.Random.Next(7) switch
        {
            0 => given + family,
            1 => given + "." + family,
            2 => given + "_" + family[0],
            3 => given + c.Shape("%#"),
            4 => given[0] + family,
            5 => family + given[0] + c.Shape("#"),
            _ => given + "_" + family,
        };
    }

    private static string Email(GenerationContext c, PersonName person)
    {
        string given = Fold(person.Given).Replace(" ", string.Empty, StringComparison.Ordinal);
        string family = Fold(person.Family).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (family.Length == 0)
        {
            family = "x";
        }
        string local = c.Random.Next(6) switch
        {
            0 => given + "." + family,
            1 => given[0] + "." + family,
            2 => given + family,
            3 => given + "_" + family + c.Shape("##"),
            4 => given,
            _ => family + "." + given,
        };
        return local + "@" + Domain(c);
    }

    private static string Domain(GenerationContext c) =>
        c.Random.Chance(0.55) ? c.Pick(c.Pools.CompanyDomains) : c.Pick(c.Pools.FreeMailDomains);
}
