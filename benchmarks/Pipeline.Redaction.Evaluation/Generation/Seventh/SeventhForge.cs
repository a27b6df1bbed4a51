using System.Globalization;

namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>
/// The seventh family's own generators. Every seventh template names only these (<see cref="Generators"/>), so none of
/// its values come from another family's code or pools; the shared harness helpers (<see cref="Checksums"/>,
/// <see cref="UsSsn"/>, <see cref="DigitGroups"/>) only check and format.
/// </summary>
internal static partial class SeventhForge
{
    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = new Dictionary<string, ValueGenerator>(StringComparer.Ordinal)
    {
        // text around the values
        ["sep"] = (c, _) => c.Pick(new[] { " - ", " — ", " | ", " · ", " – ", " - ", " — " }),
        ["one"] = (c, a) => c.Pick((a ?? string.Empty).Split('|')),
        ["num"] = Number,
        ["shape"] = (c, a) => c.Shape(a ?? "#"),
        ["hex"] = Hex,
        ["uuid"] = UuidGen,
        ["badge"] = (c, _) => c.Random.Chance(0.35) ? $"({c.Random.Between(1, 42)}) " : string.Empty,
        ["date"] = Date,
        ["time"] = (c, _) => $"{c.Random.Between(0, 23):00}:{c.Random.Between(0, 59):00}",
        ["price"] = Price,
        ["ver4"] = (c, _) => $"{c.Random.Between(1, 130)}.{c.Random.Between(0, 9)}.{c.Random.Between(0, 9999)}.{c.Random.Between(0, 999)}",
        ["semver"] = (c, _) => $"{c.Random.Between(0, 24)}.{c.Random.Between(0, 19)}.{c.Random.Between(0, 30)}",
        ["isbn"] = Isbn,
        ["partno"] = PartNumber,
        ["badluhn"] = BadLuhn,
        ["masked"] = Masked,
        ["bic"] = Bic,
        ["setting"] = HarmlessSetting,
        ["flight"] = (c, _) => c.Pick(new[] { "LH", "BA", "AF", "KL", "IB", "TK", "EK", "QF", "NH", "UA", "DL", "LA" }) + " " + c.Random.Between(10, 9899),
        ["order"] = (c, _) => c.Shape(c.Pick(new[] { "###-#######-#######", "#########", "ORD-######", "W#########", "#%%%%####" })),
        ["ticket"] = (c, _) => c.Pick(new[] { "PAY", "OPS", "HR", "CLM", "INC", "SUP", "LAB", "TAX" }) + "-" + c.Random.Between(10, 99999),
        ["tracking"] = (c, _) => c.Shape(c.Pick(new[] { "1Z$$$$$$##########", "JJD00####%#######", "&&#########&&", "############" })),
        ["city"] = (c, _) => c.Pick(new[] { "Lisbon", "Osaka", "Nairobi", "Rotterdam", "Kraków", "Porto Alegre", "Leeds", "Adelaide", "Izmir", "Pune", "Valparaíso", "Tampere" }),
        // people
        ["person"] = Person,
        ["given"] = Given,
        ["same"] = Same,
        ["dir"] = Directory,
        ["glued"] = Glued,
        ["native"] = Native,
        ["login"] = Login,
        ["handle"] = Handle,
        ["discord"] = (c, _) => Login(c, "new").Replace('.', '_') + "#" + c.Shape("####"),
        ["matrix"] = (c, a) => Handle(c, "new") + ":" + c.Pick(new[] { "matrix.org", "element.io", "chat.kestrel-freight.com" }),
        ["fedi"] = (c, a) => Handle(c, "new") + "@" + c.Pick(new[] { "mastodon.social", "fosstodon.org", "mstdn.jp", "social.coop" }),
        ["email"] = Email,
        ["newemail"] = NewEmail,
        // numbers
        ["phone"] = Phone,
        ["card"] = Card,
        ["iban"] = Iban,
        ["ssn"] = Ssn,
        ["ip"] = Ip,
        ["ip4"] = Ip4,
        ["ip6"] = Ip6,
        ["id"] = NationalId,
        // secrets
        ["key"] = Key,
        ["envname"] = EnvName,
        ["envval"] = EnvValue,
        // parties and links
        ["org"] = Org,
        ["workspace"] = Workspace,
        ["repo"] = Repo,
        ["channel"] = Channel,
        ["address"] = Address,
        ["shortaddr"] = ShortAddress,
        ["purl"] = PersonalUrl,
        ["qv"] = QueryValue,
    };

    /// <summary>An integer in the argument's range <c>a-b</c> (1–99 without one).</summary>
    private static string Number(GenerationContext c, string? arg)
    {
        int lo = 1, hi = 99;
        if (arg is not null)
        {
            string[] parts = arg.Split('-');
            lo = int.Parse(parts[0], CultureInfo.InvariantCulture);
            hi = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        return c.Random.Between(lo, hi).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A date: <c>iso</c> (2026-03-14), <c>compact</c> (20260314), <c>eu</c> (14.03.2026), <c>us</c> (03/14/2026), <c>long</c> (14 Mar 2026).</summary>
    private static string Date(GenerationContext c, string? arg)
    {
        var date = new DateTime(2024, 1, 1).AddDays(c.Random.Next(1000));
        return (arg ?? c.Pick(new[] { "iso", "eu", "long" })) switch
        {
            "compact" => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            "eu" => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
            "us" => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture),
            "long" => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            "month" => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static string Price(GenerationContext c, string? arg)
    {
        int whole = c.Random.Between(3, 4999);
        int cents = c.Random.Next(100);
        return c.Random.Next(6) switch
        {
            0 => $"${whole}.{cents:00}",
            1 => $"{whole},{cents:00} €",
            2 => $"£{whole}.{cents:00}",
            3 => $"¥{whole * 10:#,0}",
            4 => $"R$ {whole},{cents:00}",
            _ => $"₹{whole * 7:#,0}",
        };
    }
}
