using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Seventh;

/// <summary>The seventh family's numbers: phones by each country's usual writing, cards, IBANs, SSNs, IPs and personal
/// ids with their real check digits, and the look-alikes that must not pass for them.</summary>
internal static partial class SeventhForge
{
    /// <summary>A country's phone writings as <see cref="GenerationContext.Shape"/> shapes: national first, international after.</summary>
    private sealed record PhonePlan(string Country, string CallingCode, string[] National, string[] International);

    internal static readonly IReadOnlyList<string> PhoneCallingCodes;

    private static readonly PhonePlan[] s_phones =
    [
        new("us", "1", ["(%##) %##-####", "%##-%##-####", "%##.%##.####", "1-800-%##-####"], ["+1 %##-%##-####", "+1 (%##) %##-####", "+1 %## %## ####"]),
        new("gb", "44", ["07%## ######", "020 %### ####", "0161 %## ####"], ["+44 7%## ######", "+44 (0)20 %### ####", "0044 7%## ######"]),
        new("de", "49", ["0151 %#######", "030 %######", "089/%######"], ["+49 151 %#######", "+49 (0)30 %######", "0049 89 %######"]),
        new("fr", "33", ["06 ## ## ## ##", "07.##.##.##.##", "01 ## ## ## ##"], ["+33 6 ## ## ## ##", "+33 (0)1 ## ## ## ##"]),
        new("es", "34", ["6## ### ###", "91 ### ## ##"], ["+34 6## ## ## ##", "+34 91 ### ## ##"]),
        new("it", "39", ["3## ### ####", "06 #### ####"], ["+39 3## ### ####", "+39 06 #### ####"]),
        new("nl", "31", ["06-########", "020-%######"], ["+31 6 ########", "+31 (0)20 %######"]),
        new("br", "55", ["(11) 9####-####", "(21) 9####-####"], ["+55 11 9####-####", "+55 (21) 9####-####"]),
        new("mx", "52", ["55 #### ####", "33 #### ####"], ["+52 55 #### ####", "+52 1 33 #### ####"]),
        new("in", "91", ["098### #####", "022 %### ####"], ["+91 98### #####", "+91-9#########", "+91 22 %### ####"]),
        new("jp", "81", ["090-####-####", "03-####-####", "0120-###-###"], ["+81 90-####-####", "+81 3-####-####"]),
        new("kr", "82", ["010-####-####", "02-###-####"], ["+82 10-####-####", "+82 2-###-####"]),
        new("au", "61", ["04## ### ###", "(02) #### ####", "1300 ### ###"], ["+61 4## ### ###", "+61 2 #### ####"]),
        new("za", "27", ["08% ### ####", "021 ### ####"], ["+27 8% ### ####", "+27 21 ### ####"]),
        new("ng", "234", ["080% ### ####", "081% ### ####"], ["+234 80% ### ####", "+234 81% ### ####"]),
        new("ke", "254", ["07## ######", "0722 ######"], ["+254 7## ######", "+254 722 ######"]),
        new("se", "46", ["07#-### ## ##", "08-### ### ##"], ["+46 7# ### ## ##", "+46 8 ### ### ##"]),
        new("pl", "48", ["5## ### ###", "22 ### ## ##"], ["+48 5## ### ###", "+48 22 ### ## ##"]),
        new("tr", "90", ["05## ### ## ##", "0212 ### ## ##"], ["+90 5## ### ## ##", "+90 212 ### ## ##"]),
        new("ae", "971", ["05# ### ####", "04 ### ####"], ["+971 5# ### ####", "+971 4 ### ####"]),
        new("sg", "65", ["9### ####", "6### ####"], ["+65 9### ####", "+65 6### ####"]),
        new("ph", "63", ["0917 ### ####", "(02) 8### ####"], ["+63 917 ### ####", "+63 2 8### ####"]),
        new("ch", "41", ["07% ### ## ##", "044 ### ## ##"], ["+41 7% ### ## ##", "+41 44 ### ## ##"]),
        new("pt", "351", ["91# ### ###", "21# ### ###"], ["+351 91# ### ###", "+351 21# ### ###"]),
        new("ie", "353", ["08% ### ####", "01 ### ####"], ["+353 8% ### ####", "+353 1 ### ####"]),
    ];

    static SeventhForge()
    {
        PhoneCallingCodes = s_phones.Select(p => p.CallingCode).Distinct().ToArray();
    }

    /// <summary>A phone number: argument a country code (<c>de</c>), <c>intl</c>, <c>national</c>, <c>e164</c> (digits only,
    /// for deep links) or <c>plus</c> (<c>+</c> and digits); none picks a country and a writing.</summary>
    private static string Phone(GenerationContext c, string? arg)
    {
        PhonePlan plan = s_phones.FirstOrDefault(p => p.Country == arg) ?? c.Pick(s_phones);
        switch (arg)
        {
            case "e164":
            case "plus":
                // The (0) trunk is not dialled from abroad, and 00 is the international prefix, not part of the number.
                string written = c.Shape(c.Pick(plan.International)).Replace("(0)", string.Empty, StringComparison.Ordinal);
                string digits = new(written.Where(char.IsAsciiDigit).ToArray());
                if (digits.StartsWith("00", StringComparison.Ordinal))
                {
                    digits = digits[2..];
                }
                return arg == "plus" ? "+" + digits : digits;
            case "intl":
                return c.Shape(c.Pick(plan.International));
            case "national":
                return c.Shape(c.Pick(plan.National));
            default:
                return c.Shape(c.Random.Chance(0.5) ? c.Pick(plan.National) : c.Pick(plan.International));
        }
    }

    private static readonly CardBrand[] s_cards =
    [
        new("Visa", ["4"], 16, [4, 4, 4, 4]),
        new("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2720"], 16, [4, 4, 4, 4]),
        new("Amex", ["34", "37"], 15, [4, 6, 5]),
        new("Discover", ["6011", "644", "65"], 16, [4, 4, 4, 4]),
        new("JCB", ["3528", "3540", "3589"], 16, [4, 4, 4, 4]),
        new("Diners", ["36", "300", "305"], 14, [4, 6, 4]),
        new("UnionPay", ["62"], 16, [4, 4, 4, 4]),
        new("Mir", ["2200", "2204"], 16, [4, 4, 4, 4]),
        new("Maestro", ["6759", "5018"], 16, [4, 4, 4, 4]),
        new("RuPay", ["6521", "6522", "508"], 16, [4, 4, 4, 4]),
        new("Visa-19", ["4"], 19, [4, 4, 4, 4, 3]),
    ];

    private static string CardDigits(GenerationContext c, CardBrand brand)
    {
        var payload = new StringBuilder(c.Pick(brand.Prefixes));
        while (payload.Length < brand.Length - 1)
        {
            payload.Append((char)('0' + c.Random.Next(10)));
        }
        return payload.ToString() + Checksums.LuhnCheckDigit(payload.ToString());
    }

    private static string Separator(string? arg) => arg switch
    {
        "dash" => "-",
        "dot" => ".",
        "none" => string.Empty,
        _ => " ",
    };

    /// <summary>A Luhn-valid card of a real network, grouped by the argument (<c>space</c>, <c>dash</c>, <c>dot</c>, <c>none</c>).</summary>
    private static string Card(GenerationContext c, string? arg)
    {
        CardBrand brand = c.Pick(s_cards);
        return DigitGroups.Join(CardDigits(c, brand), brand.Groups, Separator(arg));
    }

    /// <summary>Sixteen digits grouped by four that fail Luhn (a reference, voucher or serial).</summary>
    private static string BadLuhn(GenerationContext c, string? arg)
    {
        string digits = CardDigits(c, s_cards[c.Random.Next(2)]);
        char wrong = (char)('0' + ((digits[^1] - '0' + c.Random.Between(1, 9)) % 10));
        return DigitGroups.Join(digits[..^1] + wrong, [4, 4, 4, 4], Separator(arg));
    }

    private static readonly IbanFormat[] s_ibans =
    [
        new("DE", "##################"), new("GB", "&&&&##############"), new("FR", "##########$$$$$$$$$$$##"),
        new("ES", "####################"), new("IT", "&##########$$$$$$$$$$$$"), new("NL", "&&&&##########"),
        new("BE", "############"), new("AT", "################"), new("CH", "#####$$$$$$$$$$$$"), new("PL", "########################"),
        new("PT", "#####################"), new("SE", "####################"), new("NO", "###########"), new("DK", "##############"),
        new("FI", "##############"), new("IE", "&&&&##############"), new("TR", "######$$$$$$$$$$$$$$$$"), new("SA", "##$$$$$$$$$$$$$$$$$$"),
        new("AE", "###################"), new("LU", "###$$$$$$$$$$$$$"), new("HU", "########################"), new("RO", "&&&&$$$$$$$$$$$$$$$$"),
    ];

    /// <summary>An IBAN with its mod-97 check digits: <c>grouped</c> (fours, spaces), <c>compact</c>, <c>lower</c>; none picks.</summary>
    private static string Iban(GenerationContext c, string? arg)
    {
        IbanFormat format = c.Pick(s_ibans);
        string bban = c.Shape(format.BbanShape);
        string iban = format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
        arg ??= c.Random.Chance(0.55) ? "grouped" : "compact";
        return arg switch
        {
            "grouped" => string.Join(' ', iban.Chunk(4).Select(g => new string(g))),
            "lower" => iban.ToLowerInvariant(),
            _ => iban,
        };
    }

    private static string Bic(GenerationContext c, string? arg) =>
        c.Shape("&&&&") + c.Pick(new[] { "DE", "FR", "GB", "NL", "ES", "IT", "CH" }) + c.Shape("$$") + (c.Random.Chance(0.5) ? c.Shape("$$$") : string.Empty);

    /// <summary>A US SSN by the issuing rules: argument the separator (<c>dash</c> by default, <c>space</c>, <c>none</c>).</summary>
    private static string Ssn(GenerationContext c, string? arg) =>
        UsSsn.Draw(c.Random).Format(arg switch { "space" => " ", "none" => string.Empty, _ => "-" });

    private static string Ip4(GenerationContext c, string? arg) => c.Random.Next(4) switch
    {
        0 => $"10.{c.Random.Next(256)}.{c.Random.Next(256)}.{c.Random.Between(1, 254)}",
        1 => $"192.168.{c.Random.Next(256)}.{c.Random.Between(1, 254)}",
        2 => $"172.{c.Random.Between(16, 31)}.{c.Random.Next(256)}.{c.Random.Between(1, 254)}",
        _ => $"{c.Pick(new[] { 34, 52, 81, 93, 141, 185, 203, 45, 62, 109 })}.{c.Random.Next(256)}.{c.Random.Next(256)}.{c.Random.Between(1, 254)}",
    };

    private static string Ip6(GenerationContext c, string? arg)
    {
        string G() => c.Random.Next(0x10000).ToString("x", CultureInfo.InvariantCulture);
        return c.Random.Next(4) switch
        {
            0 => $"2001:db8:{G()}:{G()}::{G()}",
            1 => $"fe80::{G()}:{G()}:{G()}:{G()}",
            2 => $"2a02:{G()}:{G()}:{G()}:{G()}:{G()}:{G()}:{G()}",
            _ => $"fd{c.Random.Next(256):x2}:{G()}:{G()}::{G()}",
        };
    }

    private static string Ip(GenerationContext c, string? arg) => c.Random.Chance(0.3) ? Ip6(c, arg) : Ip4(c, arg);

    private static string D(GenerationContext c, int n)
    {
        var b = new StringBuilder(n);
        for (int i = 0; i < n; i++)
        {
            b.Append((char)('0' + c.Random.Next(10)));
        }
        return b.ToString();
    }

    private static int[] Digits(string s) => s.Where(char.IsAsciiDigit).Select(ch => ch - '0').ToArray();

    /// <summary>A national or account id. With check digits: <c>dni</c>, <c>nie</c>, <c>cpf</c>, <c>bsn</c>, <c>pnr</c>
    /// (Swedish personnummer), <c>pesel</c>, <c>nhs</c>, <c>rut</c>, <c>nif</c> (Portugal), <c>rrn</c> (Belgium),
    /// <c>tckn</c>; without: <c>nino</c>, <c>passport</c>, <c>mrn</c>, <c>member</c>, <c>policy</c>, <c>customer</c>,
    /// <c>employee</c>, <c>student</c>, <c>stripe</c>, <c>account</c>, <c>loyalty</c>, <c>patient</c>, <c>tax</c> (a German Steuernummer).</summary>
    private static string NationalId(GenerationContext c, string? arg)
    {
        switch (arg)
        {
            case "dni":
            {
                int n = c.Random.Between(10_000_000, 99_999_999);
                return n.ToString(CultureInfo.InvariantCulture) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
            }
            case "nie":
            {
                int lead = c.Random.Next(3);
                int body = c.Random.Between(1_000_000, 9_999_999);
                int n = (lead * 10_000_000) + body;
                return "XYZ"[lead] + body.ToString(CultureInfo.InvariantCulture) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
            }
            case "cpf":
            {
                int[] d = Digits(D(c, 9));
                int s1 = 0, s2 = 0;
                for (int i = 0; i < 9; i++)
                {
                    s1 += d[i] * (10 - i);
                }
                int c1 = s1 * 10 % 11 % 10;
                for (int i = 0; i < 9; i++)
                {
                    s2 += d[i] * (11 - i);
                }
                s2 += c1 * 2;
                int c2 = s2 * 10 % 11 % 10;
                string all = string.Concat(d) + c1 + c2;
                return c.Random.Chance(0.7) ? $"{all[..3]}.{all[3..6]}.{all[6..9]}-{all[9..]}" : all;
            }
            case "bsn":
                while (true)
                {
                    int[] d = Digits(D(c, 8));
                    int sum = 0;
                    for (int i = 0; i < 8; i++)
                    {
                        sum += d[i] * (9 - i);
                    }
                    int check = sum % 11;
                    if (check <= 9 && d[0] + d[1] > 0)
                    {
                        return string.Concat(d) + check;
                    }
                }
            case "pnr":
            {
                string date = $"{c.Random.Between(50, 99):00}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}";
                string serial = D(c, 3);
                string payload = date + serial;
                return date + (c.Random.Chance(0.8) ? "-" : string.Empty) + serial + Checksums.LuhnCheckDigit(payload);
            }
            case "pesel":
            {
                string payload = $"{c.Random.Between(60, 99):00}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}" + D(c, 4);
                int[] w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
                int sum = 0;
                for (int i = 0; i < 10; i++)
                {
                    sum += (payload[i] - '0') * w[i];
                }
                return payload + ((10 - (sum % 10)) % 10);
            }
            case "nhs":
                while (true)
                {
                    int[] d = Digits(D(c, 9));
                    int sum = 0;
                    for (int i = 0; i < 9; i++)
                    {
                        sum += d[i] * (10 - i);
                    }
                    int check = 11 - (sum % 11);
                    if (check == 11)
                    {
                        check = 0;
                    }
                    if (check != 10)
                    {
                        string all = string.Concat(d) + check;
                        return $"{all[..3]} {all[3..6]} {all[6..]}";
                    }
                }
            case "rut":
            {
                int body = c.Random.Between(5_000_000, 25_999_999);
                int sum = 0, factor = 2;
                for (int n = body; n > 0; n /= 10)
                {
                    sum += n % 10 * factor;
                    factor = factor == 7 ? 2 : factor + 1;
                }
                int r = 11 - (sum % 11);
                string check = r == 11 ? "0" : r == 10 ? "K" : r.ToString(CultureInfo.InvariantCulture);
                return body.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.') + "-" + check;
            }
            case "nif":
            {
                string payload = c.Pick(new[] { "1", "2", "3" }) + D(c, 7);
                int sum = 0;
                for (int i = 0; i < 8; i++)
                {
                    sum += (payload[i] - '0') * (9 - i);
                }
                int check = 11 - (sum % 11);
                return payload + (check >= 10 ? 0 : check);
            }
            case "rrn":
            {
                string date = $"{c.Random.Between(55, 99):00}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}";
                string serial = $"{c.Random.Between(1, 997):000}";
                long number = long.Parse(date + serial, CultureInfo.InvariantCulture);
                int check = 97 - (int)(number % 97);
                return $"{date[..2]}.{date[2..4]}.{date[4..]}-{serial}.{check:00}";
            }
            case "tckn":
            {
                int[] d = new int[11];
                d[0] = c.Random.Between(1, 9);
                for (int i = 1; i < 9; i++)
                {
                    d[i] = c.Random.Next(10);
                }
                d[9] = ((((d[0] + d[2] + d[4] + d[6] + d[8]) * 7) - (d[1] + d[3] + d[5] + d[7])) % 10 + 10) % 10;
                d[10] = d.Take(10).Sum() % 10;
                return string.Concat(d);
            }
            case "nino":
                return c.Pick(new[] { "AB", "JK", "NP", "SW", "TL", "WR", "YH", "PE" }) + " " + D(c, 2) + " " + D(c, 2) + " " + D(c, 2) + " " + c.Pick(new[] { "A", "B", "C", "D" });
            case "passport":
                return c.Shape(c.Pick(new[] { "&########", "&&#######", "C01&&####", "#########" }));
            case "mrn":
                return c.Shape(c.Pick(new[] { "########", "MRN-#######", "##-###-###" }));
            case "member":
                return c.Shape(c.Pick(new[] { "&&&#########", "M########", "###-###-####" }));
            case "policy":
                return c.Shape(c.Pick(new[] { "POL-####-######", "&&#########", "####-#######-##" }));
            case "customer":
                return c.Shape(c.Pick(new[] { "C-#######", "########", "KD-######", "CUST######" }));
            case "employee":
                return c.Shape(c.Pick(new[] { "E######", "#####", "EMP-#####", "P#######" }));
            case "student":
                return c.Shape(c.Pick(new[] { "S#######", "20#######", "U########" }));
            case "stripe":
                return "cus_" + c.Shape("**************");
            case "account":
                return c.Shape(c.Pick(new[] { "########", "####-####-####", "###-######-#" }));
            case "loyalty":
                return c.Shape(c.Pick(new[] { "#### #### ####", "############", "&&-#########" }));
            case "patient":
                return c.Shape(c.Pick(new[] { "P-#######", "########", "PT######" }));
            case "tax":
                return c.Shape(c.Pick(new[] { "##/###/#####", "###/###/#####", "#%/###/####" })); // a German Steuernummer as ELSTER writes it
            default:
                throw new ArgumentException($"seventh: unknown id kind {arg}");
        }
    }

    /// <summary>A valid ISBN-13, hyphenated.</summary>
    private static string Isbn(GenerationContext c, string? arg)
    {
        string payload = "978" + c.Random.Between(0, 1) + D(c, 8);
        int sum = 0;
        for (int i = 0; i < 12; i++)
        {
            sum += (payload[i] - '0') * (i % 2 == 0 ? 1 : 3);
        }
        string all = payload + ((10 - (sum % 10)) % 10);
        return $"{all[..3]}-{all[3]}-{all[4..8]}-{all[8..12]}-{all[12]}";
    }

    /// <summary>A part or quote number in the SSN's 3-2-4 shape, valid by its rules.</summary>
    private static string PartNumber(GenerationContext c, string? arg) => UsSsn.Draw(c.Random).Format("-");

    /// <summary>A masked card: argument <c>dots</c>, <c>stars</c>, <c>x</c>; none picks.</summary>
    private static string Masked(GenerationContext c, string? arg)
    {
        string last = D(c, 4);
        return (arg ?? c.Pick(new[] { "dots", "stars", "x" })) switch
        {
            "dots" => "•••• " + last,
            "stars" => "**** **** **** " + last,
            _ => "XXXX-XXXX-XXXX-" + last,
        };
    }
}
