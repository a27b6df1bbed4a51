using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

internal static partial class FreshForge
{
    /// <summary>Phone shapes by country (<c>#</c> digit, <c>%</c> digit 2–9), from each numbering plan's usual writing.</summary>
    private static readonly Dictionary<string, string[]> s_phones = new(StringComparer.Ordinal)
    {
        ["de"] = ["+49 15%# #######", "+49 (0)30 %#######", "0171 %######", "+49 89 %######", "030 %#######", "0049 40 %#######"],
        ["fr"] = ["+33 6 ## ## ## ##", "06 ## ## ## ##", "07.##.##.##.##", "+33 (0)1 ## ## ## ##", "01 4# ## ## ##"],
        ["es"] = ["+34 6## ### ###", "6## ## ## ##", "91 ### ## ##", "+34 93 ### ## ##"],
        ["nl"] = ["+31 6 ########", "06-########", "020 %## ####", "+31 (0)10 %## ####"],
        ["jp"] = ["090-####-####", "080-####-####", "+81 90-####-####", "03-####-####", "+81 6 ####-####"],
        ["in"] = ["+91 9#### #####", "+91 8#### #####", "098### #####", "+91-22-%###-####", "080 %### ####"],
        ["br"] = ["+55 11 9####-####", "(11) 9####-####", "(21) 3###-####", "+55 (31) 9####-####"],
        ["se"] = ["+46 70 ### ## ##", "070-### ## ##", "08-### ### ##", "+46 8 ### ### ##"],
        ["no"] = ["+47 4## ## ###", "9## ## ###", "+47 22 ## ## ##"],
        ["dk"] = ["+45 2# ## ## ##", "3# ## ## ##", "+45 40 ## ## ##"],
        ["fi"] = ["+358 40 ### ####", "050 ### ####", "09 #### ####", "+358 9 #### ####"],
        ["us"] = ["(%##) %##-####", "+1 %##-%##-####", "%##.%##.####", "1-800-%##-####"],
        ["uk"] = ["+44 7### ######", "07### ######", "+44 20 7### ####", "0161 %## ####"],
        ["it"] = ["+39 3## ### ####", "347 ### ####", "02 #### ####"],
        ["ch"] = ["+41 79 ### ## ##", "044 ### ## ##"],
        ["at"] = ["+43 664 #######", "+43 1 %######"],
        ["pl"] = ["+48 5## ### ###", "+48 22 ### ## ##"],
        ["ke"] = ["+254 7## ######", "07## ######"],
        ["ng"] = ["+234 80# ### ####", "080# ### ####"],
        ["au"] = ["+61 4## ### ###", "(02) %### ####", "04## ### ###"],
        ["mx"] = ["+52 55 #### ####", "+52 1 33 #### ####"],
    };

    private static readonly string[] s_phoneCountries = [.. s_phones.Keys];

    private static readonly string[] s_e164 =
        ["4915%#######", "336########", "346########", "316########", "8190########", "919#########", "55119########", "4670#######", "447%########"];

    /// <summary>A phone number of a country (argument: country key, or <c>e164</c> for the bare digits of a deep link).</summary>
    private static string Phone(GenerationContext c, string? country)
    {
        if (country == "e164")
        {
            return c.Shape(c.Pick(s_e164));
        }
        string key = country is null ? c.Pick(s_phoneCountries) : c.Pick(country.Split(','));
        return c.Shape(c.Pick(s_phones[key]));
    }

    private static readonly CardBrand[] s_cards =
    [
        new("Visa", ["4"], 16, [4, 4, 4, 4]),
        new("Mastercard", ["51", "52", "53", "54", "55", "2221", "2720"], 16, [4, 4, 4, 4]),
        new("Amex", ["34", "37"], 15, [4, 6, 5]),
        new("Discover", ["6011", "644", "65"], 16, [4, 4, 4, 4]),
        new("JCB", ["3528", "3566", "3589"], 16, [4, 4, 4, 4]),
        new("Diners", ["36", "38"], 14, [4, 6, 4]),
        new("UnionPay", ["62"], 16, [4, 4, 4, 4]),
        new("Elo", ["636368", "504175", "451416"], 16, [4, 4, 4, 4]),
        new("RuPay", ["6521", "6522", "508"], 16, [4, 4, 4, 4]),
        new("Maestro", ["6759", "5018"], 16, [4, 4, 4, 4]),
        new("Mir", ["2200", "2204"], 16, [4, 4, 4, 4]),
    ];

    /// <summary>A Luhn-valid card number of a real issuer range: <c>compact</c>, or grouped with spaces, dashes or none.</summary>
    private static string Card(GenerationContext c, string? mode)
    {
        CardBrand brand = c.Pick(s_cards);
        string number = CardDigits(c, brand);
        char? separator = mode == "compact" ? null : c.Pick(new char?[] { ' ', ' ', '-', null });
        return DigitGroups.Join(number, brand.Groups, separator?.ToString() ?? string.Empty);
    }

    private static string CardDigits(GenerationContext c, CardBrand brand)
    {
        string prefix = c.Pick(brand.Prefixes);
        string payload = prefix + Digits(c, brand.Length - prefix.Length - 1);
        return payload + Checksums.LuhnCheckDigit(payload);
    }

    /// <summary>Sixteen digits in card grouping that fail Luhn: a reference or serial, not a card.</summary>
    private static string CardFailingLuhn(GenerationContext c)
    {
        string number = CardDigits(c, s_cards[0]);
        char last = (char)('0' + ((number[^1] - '0' + 1 + c.Random.Next(8)) % 10));
        return DigitGroups.Join(number[..^1] + last, [4, 4, 4, 4], " ");
    }

    private static readonly IbanFormat[] s_ibans =
    [
        new("DE", "#{18}"), new("FR", "30004#{18}"), new("FR", "20041#{18}"), new("ES", "2100#{16}"), new("ES", "0049#{16}"),
        new("NL", "ABNA0#{9}"), new("NL", "INGB000#{7}"), new("NL", "RABO0#{9}"), new("BE", "#{12}"), new("IT", "&#{10}#{12}"),
        new("AT", "#{16}"), new("CH", "00#{15}"), new("SE", "#{20}"), new("NO", "#{11}"), new("DK", "#{14}"), new("FI", "#{14}"),
        new("PL", "#{24}"), new("PT", "0035#{17}"), new("IE", "AIBK93#{8}"), new("GB", "NWBK60#{8}"), new("BR", "#{23}C1"),
    ];

    /// <summary>An IBAN with correct mod-97 check digits: grouped by four (default), <c>compact</c> or <c>lower</c> (compact, lower case).</summary>
    private static string Iban(GenerationContext c, string? mode)
    {
        IbanFormat format = c.Pick(s_ibans);
        bool byCountry = mode is not null && mode.Length >= 2 && char.IsUpper(mode[0]);
        if (byCountry)
        {
            string country = c.Pick(mode!.Split(','));
            IbanFormat[] formats = Array.FindAll(s_ibans, f => f.Country == country);
            format = formats.Length > 0 ? c.Pick(formats) : throw new FormatException($"no IBAN format for {country}");
        }
        string bban = c.Shape(format.BbanShape);
        string iban = format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
        if (mode == "compact" || byCountry && c.Random.Chance(0.3))
        {
            return iban;
        }
        if (mode == "lower")
        {
            return iban.ToLowerInvariant();
        }
        var grouped = new StringBuilder(iban.Length + 8);
        for (int i = 0; i < iban.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }
            grouped.Append(iban[i]);
        }
        return grouped.ToString();
    }

    /// <summary>An address: <c>priv</c> (RFC 1918), <c>pub</c>, <c>v6</c>, or any (no argument).</summary>
    private static string Ip(GenerationContext c, string? kind)
    {
        kind ??= c.Pick(new[] { "priv", "pub", "v6" });
        return kind switch
        {
            "priv" => c.Random.Next(3) switch
            {
                0 => $"10.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
                1 => $"192.168.{c.Random.Between(0, 20)}.{c.Random.Between(2, 254)}",
                _ => $"172.{c.Random.Between(16, 31)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
            },
            "pub" => $"{c.Pick(new[] { 31, 46, 62, 78, 85, 91, 103, 149, 177, 185, 201, 217 })}.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}",
            "v6" => c.Random.Chance(0.5)
                ? $"2a02:{Hex(c, 4)}:{Hex(c, 3)}:{Hex(c, 2)}::{Hex(c, 1)}{Hex(c, 3)}"
                : $"2001:db8:{Hex(c, 4)}:{Hex(c, 4)}:{Hex(c, 4)}:{Hex(c, 4)}:{Hex(c, 4)}:{Hex(c, 4)}",
            _ => throw new FormatException($"unknown ip kind {kind}"),
        };
    }

    /// <summary>A US SSN by the issuing rules (area 001–899 but 666, group and serial not zero): <c>dash</c> (default), <c>space</c>, <c>bare</c>.</summary>
    private static string Ssn(GenerationContext c, string? mode)
    {
        string separator = mode switch
        {
            "space" => " ",
            "bare" => string.Empty,
            _ => "-",
        };
        return UsSsn.Draw(c.Random).Format(separator);
    }

    /// <summary>An identifier of a person or their account, with its issuer's check digit where it has one.</summary>
    private static string PersonalId(GenerationContext c, string kind) => kind switch
    {
        "emp" => c.Random.Next(3) switch
        {
            0 => "E" + Digits(c, 6),
            1 => "EMP-" + Digits(c, 5),
            _ => "10" + Digits(c, 5),
        },
        "cust" => c.Random.Next(3) switch
        {
            0 => "CUST-" + Digits(c, 8),
            1 => "KD-" + Digits(c, 7),
            _ => "C" + Digits(c, 9),
        },
        "mrn" => c.Random.Between(1000000, 99999999).ToString(CultureInfo.InvariantCulture),
        "passport" => c.Random.Next(3) switch
        {
            0 => "C" + c.Shape("$$$$$$$$").Replace('O', '0').Replace('I', '1'),
            1 => c.Shape("&") + Digits(c, 7),
            _ => c.Shape("&&") + Digits(c, 7),
        },
        "steuerid" => SteuerId(c),
        "nir" => Nir(c),
        "dni" => Dni(c),
        "bsn" => Bsn(c),
        "cpf" => Cpf(c),
        "personnummer" => Personnummer(c),
        "hetu" => Hetu(c),
        "pan" => c.Shape("&&&P&") + Digits(c, 4) + c.Shape("&"),
        "nhs" => Nhs(c),
        "stripe" => "cus_" + c.Shape("*{14}"),
        "member" => c.Random.Chance(0.5) ? "M-" + Digits(c, 7) : Digits(c, 4) + " " + Digits(c, 4) + " " + Digits(c, 4),
        "policy" => c.Random.Chance(0.5) ? "POL-" + Digits(c, 9) : "VS" + Digits(c, 10),
        "account" => Digits(c, 10),
        "student" => "s" + Digits(c, 7),
        "cpr" => $"{c.Random.Between(1, 28):00}{c.Random.Between(1, 12):00}{c.Random.Between(50, 99)}-{Digits(c, 4)}",
        _ => throw new FormatException($"unknown id kind {kind}"),
    };

    private static string SteuerId(GenerationContext c)
    {
        string body = c.Random.Between(1, 9).ToString(CultureInfo.InvariantCulture) + Digits(c, 9);
        int product = 10;
        foreach (char ch in body)
        {
            int sum = (ch - '0' + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }
            product = sum * 2 % 11;
        }
        int check = 11 - product;
        return body + (check == 10 ? 0 : check).ToString(CultureInfo.InvariantCulture);
    }

    private static string Nir(GenerationContext c)
    {
        string body = $"{c.Random.Between(1, 2)}{c.Random.Between(60, 99)}{c.Random.Between(1, 12):00}{c.Random.Between(1, 95):00}{c.Random.Between(1, 999):000}{c.Random.Between(1, 999):000}";
        long key = 97 - long.Parse(body, CultureInfo.InvariantCulture) % 97;
        return $"{body[0]} {body[1..3]} {body[3..5]} {body[5..7]} {body[7..10]} {body[10..13]} {key:00}";
    }

    private static string Dni(GenerationContext c)
    {
        int number = c.Random.Between(10000000, 79999999);
        return number.ToString(CultureInfo.InvariantCulture) + "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23];
    }

    private static string Bsn(GenerationContext c)
    {
        while (true)
        {
            string body = c.Random.Between(1, 6).ToString(CultureInfo.InvariantCulture) + Digits(c, 7);
            int sum = 0;
            for (int i = 0; i < 8; i++)
            {
                sum += (body[i] - '0') * (9 - i);
            }
            int last = sum % 11;
            if (last <= 9)
            {
                return body + last.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    private static string Cpf(GenerationContext c)
    {
        string d = Digits(c, 9);
        int first = CpfDigit(d, 10);
        int second = CpfDigit(d + first.ToString(CultureInfo.InvariantCulture), 11);
        return $"{d[..3]}.{d[3..6]}.{d[6..9]}-{first}{second}";
    }

    private static int CpfDigit(string digits, int weight)
    {
        int sum = 0;
        foreach (char ch in digits)
        {
            sum += (ch - '0') * weight--;
        }
        int rest = sum * 10 % 11;
        return rest == 10 ? 0 : rest;
    }

    private static string Personnummer(GenerationContext c)
    {
        string body = $"{c.Random.Between(50, 99)}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}{Digits(c, 3)}";
        return $"{body[..6]}-{body[6..]}{Checksums.LuhnCheckDigit(body)}";
    }

    private static string Hetu(GenerationContext c)
    {
        string date = $"{c.Random.Between(1, 28):00}{c.Random.Between(1, 12):00}{c.Random.Between(50, 99)}";
        string individual = c.Random.Between(2, 899).ToString("000", CultureInfo.InvariantCulture);
        long number = long.Parse(date + individual, CultureInfo.InvariantCulture);
        return $"{date}-{individual}{"0123456789ABCDEFHJKLMNPRSTUVWXY"[(int)(number % 31)]}";
    }

    private static string Nhs(GenerationContext c)
    {
        while (true)
        {
            string body = c.Random.Between(4, 9).ToString(CultureInfo.InvariantCulture) + Digits(c, 8);
            int sum = 0;
            for (int i = 0; i < 9; i++)
            {
                sum += (body[i] - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 10)
            {
                continue;
            }
            string full = body + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            return $"{full[..3]} {full[3..6]} {full[6..]}";
        }
    }
}
