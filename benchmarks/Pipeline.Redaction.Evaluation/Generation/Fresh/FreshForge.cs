using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

/// <summary>
/// The fresh family's generators. They draw only from <see cref="FreshPools"/> and this code, never from the dev,
/// held-out or blind generators. The line's current person is kept in <see cref="GenerationContext.FamilyState"/>,
/// so an e-mail, handle or link after a name belongs to that name.
/// </summary>
internal static partial class FreshForge
{
    private static readonly string[] s_separators = [" - ", " — ", " | ", " · ", " – "];
    private static readonly string[] s_minutes = ["00", "05", "15", "20", "30", "40", "45", "50"];
    private static readonly string[] s_projectKeys = ["PAY", "OPS", "WEB", "INFRA", "MOB", "CRM", "DATA", "SEC", "HR", "FIN", "KASSE", "APP"];

    public static IReadOnlyDictionary<string, ValueGenerator> Generators { get; } = new Dictionary<string, ValueGenerator>(StringComparer.Ordinal)
    {
        ["sep"] = static (c, _) => c.Pick(s_separators),
        ["one"] = static (c, a) => c.Pick(Require(a, "one").Split('|')),
        ["n"] = static (c, a) => Number(c, Require(a, "n")),
        ["digits"] = static (c, a) => Digits(c, int.Parse(Require(a, "digits"), CultureInfo.InvariantCulture)),
        ["hex"] = static (c, a) => Hex(c, int.Parse(Require(a, "hex"), CultureInfo.InvariantCulture)),
        ["person"] = static (c, a) => Person(c, a),
        ["email"] = static (c, a) => Email(c, a),
        ["handle"] = static (c, a) => Handle(c, a),
        ["slug"] = static (c, _) => Slug(Current(c), c),
        ["phone"] = static (c, a) => Phone(c, a),
        ["card"] = static (c, a) => Card(c, a),
        ["cardbad"] = static (c, _) => CardFailingLuhn(c),
        ["iban"] = static (c, a) => Iban(c, a),
        ["ip"] = static (c, a) => Ip(c, a),
        ["ssn"] = static (c, a) => Ssn(c, a),
        ["secret"] = static (c, a) => Secret(c, Require(a, "secret")),
        ["jwt"] = static (c, _) => Jwt(c),
        ["uuid"] = static (c, _) => Uuid(c),
        ["org"] = static (c, a) => Org(c, a),
        ["repo"] = static (c, _) => $"{c.Pick(FreshPools.RepoOwners)}/{c.Pick(FreshPools.RepoNames)}",
        ["channel"] = static (c, _) => c.Pick(FreshPools.Channels),
        ["hashchannel"] = static (c, _) => "#" + c.Pick(FreshPools.Channels),
        ["address"] = static (c, _) => Address(c),
        ["place"] = static (c, _) => c.Pick(FreshPools.Places),
        ["id"] = static (c, a) => PersonalId(c, Require(a, "id")),
        ["url"] = static (c, a) => PersonalUrl(c, Require(a, "url")),
        ["query"] = static (c, a) => QueryValue(c, Require(a, "query")),
        ["ver"] = static (c, _) => $"{c.Random.Between(1, 24)}.{c.Random.Between(0, 40)}.{c.Random.Between(0, 19)}",
        ["ver4"] = static (c, _) => Version4(c),
        ["sha"] = static (c, a) => Hex(c, a is null ? 40 : int.Parse(a, CultureInfo.InvariantCulture)),
        ["digest"] = static (c, _) => "sha256:" + Hex(c, 64),
        ["date"] = static (c, a) => Date(c, a),
        ["time"] = static (c, _) => $"{c.Random.Between(7, 19):00}:{c.Pick(s_minutes)}",
        ["price"] = static (c, _) => Price(c),
        ["size"] = static (c, _) => Size(c),
        ["ticket"] = static (c, _) => $"{c.Pick(s_projectKeys)}-{c.Random.Between(12, 9999)}",
        ["order"] = static (c, _) => OrderNumber(c),
        ["tracking"] = static (c, _) => Tracking(c),
        ["partno"] = static (c, _) => $"{c.Random.Between(100, 899)}-{c.Random.Between(10, 99)}-{c.Random.Between(1000, 9999)}",
    };

    private static string Require(string? argument, string generator) =>
        argument ?? throw new FormatException($"generator {generator} needs an argument");

    /// <summary>A pooled address with its house numbers filled in (<c>{n:a-b}</c> in the pool's patterns).</summary>
    internal static string Address(GenerationContext c)
    {
        string pattern = c.Pick(FreshPools.Addresses);
        var text = new StringBuilder(pattern.Length);
        int i = 0;
        while (i < pattern.Length)
        {
            int open = pattern.IndexOf("{n:", i, StringComparison.Ordinal);
            if (open < 0)
            {
                text.Append(pattern, i, pattern.Length - i);
                break;
            }
            int close = pattern.IndexOf('}', open);
            text.Append(pattern, i, open - i);
            text.Append(Number(c, pattern[(open + 3)..close]));
            i = close + 1;
        }
        return text.ToString();
    }

    private static string Number(GenerationContext c, string range)
    {
        int dash = range.IndexOf('-', StringComparison.Ordinal);
        int min = int.Parse(range[..dash], CultureInfo.InvariantCulture);
        int max = int.Parse(range[(dash + 1)..], CultureInfo.InvariantCulture);
        return c.Random.Between(min, max).ToString(CultureInfo.InvariantCulture);
    }

    internal static string Digits(GenerationContext c, int count)
    {
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append((char)('0' + c.Random.Next(10)));
        }
        return text.ToString();
    }

    internal static string Hex(GenerationContext c, int count)
    {
        const string alphabet = "0123456789abcdef";
        var text = new StringBuilder(count);
        for (int i = 0; i < count; i++)
        {
            text.Append(alphabet[c.Random.Next(16)]);
        }
        return text.ToString();
    }

    private static string Uuid(GenerationContext c)
    {
        string h = Hex(c, 32);
        return $"{h[..8]}-{h[8..12]}-4{h[13..16]}-{"89ab"[c.Random.Next(4)]}{h[17..20]}-{h[20..]}";
    }

    private static string Version4(GenerationContext c) => c.Random.Next(4) switch
    {
        0 => $"{c.Random.Between(118, 133)}.0.{c.Random.Between(6000, 6999)}.{c.Random.Between(10, 220)}",
        1 => $"10.0.{c.Pick(new[] { 19045, 22631, 26100 })}.{c.Random.Between(1000, 5200)}",
        2 => $"{c.Random.Between(1, 9)}.{c.Random.Between(0, 9)}.{c.Random.Between(0, 9)}.{c.Random.Between(0, 99)}",
        _ => $"16.{c.Random.Between(70, 99)}.{c.Random.Between(24000, 25999)}.{c.Random.Between(10000, 20000)}",
    };

    private static readonly string[] s_monthsEn = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_monthsDe = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
    private static readonly string[] s_monthsFr = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] s_monthsPt = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"];

    private static string Date(GenerationContext c, string? format)
    {
        int y = c.Random.Between(2024, 2027);
        int m = c.Random.Between(1, 12);
        int d = c.Random.Between(1, 28);
        return (format ?? c.Pick(new[] { "iso", "de", "us", "en", "fr", "ja", "pt", "month" })) switch
        {
            "iso" => $"{y}-{m:00}-{d:00}",
            "de" => $"{d:00}.{m:00}.{y}",
            "us" => $"{m}/{d}/{y}",
            "en" => $"{s_monthsEn[m - 1]} {d}, {y}",
            "fr" => $"{d} {s_monthsFr[m - 1]} {y}",
            "ja" => $"{y}年{m}月{d}日",
            "pt" => $"{d} de {s_monthsPt[m - 1]} de {y}",
            "de-long" => $"{d}. {s_monthsDe[m - 1]} {y}",
            "month" => $"{s_monthsEn[m - 1]} {y}",
            "ym" => $"{y}-{m:00}",
            _ => throw new FormatException($"unknown date format {format}"),
        };
    }

    private static string Price(GenerationContext c)
    {
        int whole = c.Random.Between(3, 2400);
        int cents = c.Pick(new[] { 0, 49, 90, 95, 99 });
        return c.Random.Next(8) switch
        {
            0 => $"€{whole},{cents:00}",
            1 => $"${whole}.{cents:00}",
            2 => "¥" + (whole * 10).ToString("#,0", CultureInfo.InvariantCulture),
            3 => $"R$ {whole},{cents:00}",
            4 => "₹" + (whole * 10).ToString("#,0", CultureInfo.InvariantCulture),
            5 => $"{whole} kr",
            6 => $"{whole},{cents:00} €",
            _ => $"£{whole}.{cents:00}",
        };
    }

    private static string Size(GenerationContext c) => c.Random.Next(4) switch
    {
        0 => $"{c.Random.Between(1, 999)} KB",
        1 => $"{c.Random.Between(1, 99)}.{c.Random.Between(0, 9)} MB",
        2 => $"{c.Random.Between(1, 9)},{c.Random.Between(0, 9)} GB",
        _ => $"{c.Random.Between(100, 999)} MiB",
    };

    private static string OrderNumber(GenerationContext c) => c.Random.Next(4) switch
    {
        0 => $"{c.Random.Between(111, 114)}-{Digits(c, 7)}-{Digits(c, 7)}",
        1 => $"#{c.Random.Between(100000, 999999)}",
        2 => $"{c.Random.Between(2024, 2026)}-{Digits(c, 6)}",
        _ => $"A{Digits(c, 9)}",
    };

    private static string Tracking(GenerationContext c) => c.Random.Next(4) switch
    {
        0 => "1Z" + c.Shape("${16}"),
        1 => "00340434" + Digits(c, 12),
        2 => "3S" + c.Shape("&{4}") + Digits(c, 7),
        _ => "JJD" + Digits(c, 18),
    };
}
