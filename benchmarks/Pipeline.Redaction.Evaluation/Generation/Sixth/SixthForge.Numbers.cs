using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Sixth;

internal static partial class SixthForge
{
    /// <summary>
    /// <c>{phone}</c> any country, any form; <c>{phone:FORM}</c> or <c>{phone:CC/FORM}</c> with FORM one of
    /// <c>nat</c>, <c>intl</c>, <c>00</c>, <c>e164</c> (digits only, deep links), <c>plus164</c> (<c>tel:</c>),
    /// <c>any</c>; <c>{phone:tollfree}</c> a US toll-free line.
    /// </summary>
    private static string Phone(GenerationContext c, string? argument)
    {
        if (argument == "tollfree")
        {
            return c.Shape(c.Pick(SixthPoolsNumbers.TollFree));
        }
        string form = argument ?? "any";
        SixthPhonePlan plan;
        int slash = form.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            string country = form[..slash];
            plan = Array.Find(SixthPoolsNumbers.Phones, p => p.Country == country) ?? throw new FormatException($"no sixth phone plan {country}");
            form = form[(slash + 1)..];
        }
        else
        {
            plan = c.Pick(SixthPoolsNumbers.Phones);
        }
        if (form == "any")
        {
            form = c.Pick(["nat", "intl", "intl", "00"]);
        }
        return form switch
        {
            "nat" => c.Shape(c.Pick(plan.National)),
            "intl" => c.Shape(c.Pick(plan.International)),
            "00" => "00" + c.Shape(c.Pick(plan.International))[1..].Replace(" (0)", " ", StringComparison.Ordinal),
            "e164" => c.Shape(plan.E164),
            "plus164" => "+" + c.Shape(plan.E164),
            _ => throw new FormatException($"phone form {form}"),
        };
    }

    private static string CardDigits(GenerationContext c, CardBrand brand)
    {
        var digits = new StringBuilder(c.Pick(brand.Prefixes));
        while (digits.Length < brand.Length - 1)
        {
            digits.Append((char)('0' + c.Random.Next(10)));
        }
        return digits.Append(Checksums.LuhnCheckDigit(digits.ToString())).ToString();
    }

    /// <summary><c>{card}</c> a Luhn-valid number of any network; <c>{card:SEP}</c> grouped by <c>space</c>,
    /// <c>dash</c>, <c>dot</c> or <c>none</c>; <c>{card:brand=NAME}</c> of one network.</summary>
    private static string Card(GenerationContext c, string? argument)
    {
        CardBrand brand = argument is not null && argument.StartsWith("brand=", StringComparison.Ordinal)
            ? Array.Find(SixthPoolsNumbers.Cards, b => b.Name == argument[6..]) ?? throw new FormatException(argument)
            : c.Pick(SixthPoolsNumbers.Cards);
        string digits = CardDigits(c, brand);
        string sep = argument switch
        {
            "space" => " ",
            "dash" => "-",
            "dot" => ".",
            "none" => string.Empty,
            _ => c.Pick([" ", " ", "-", ".", string.Empty]),
        };
        return DigitGroups.Join(digits, brand.Groups, sep);
    }

    /// <summary><c>{badcard}</c> a 16-digit number grouped by four that fails Luhn (a reference, a serial).</summary>
    private static string BadCard(GenerationContext c, string? argument)
    {
        string digits = CardDigits(c, SixthPoolsNumbers.Cards[c.Random.Next(2)]);
        char wrong = (char)('0' + ((digits[^1] - '0' + c.Random.Between(1, 9)) % 10));
        digits = digits[..^1] + wrong;
        return DigitGroups.Join(digits, [4, 4, 4, 4], argument == "dash" ? "-" : " ");
    }

    /// <summary><c>{iban}</c> with mod-97 check digits; <c>spaced</c>, <c>compact</c>, <c>lower</c>, <c>lowerspaced</c>.</summary>
    private static string Iban(GenerationContext c, string? argument)
    {
        IbanFormat format = c.Pick(SixthPoolsNumbers.Ibans);
        string bban = c.Shape(format.BbanShape);
        string iban = format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
        string style = argument ?? c.Pick(["spaced", "compact", "compact", "lower"]);
        string spaced = DigitGroups.Join(iban, Enumerable.Repeat(4, (iban.Length + 3) / 4).ToArray(), " ");
        return style switch
        {
            "spaced" => spaced,
            "lower" => iban.ToLowerInvariant(),
            "lowerspaced" => spaced.ToLowerInvariant(),
            _ => iban,
        };
    }

    /// <summary><c>{ssn}</c> valid by the issuing rules; <c>dash</c>, <c>space</c>, <c>none</c>.</summary>
    private static string Ssn(GenerationContext c, string? argument)
    {
        string separator = (argument ?? "dash") switch
        {
            "space" => " ",
            "none" => string.Empty,
            _ => "-",
        };
        return UsSsn.Draw(c.Random).Format(separator);
    }

    /// <summary><c>{ip}</c> IPv4 public-looking; <c>priv</c> RFC 1918; <c>v6</c> full or compressed IPv6.</summary>
    private static string Ip(GenerationContext c, string? argument)
    {
        string B(int lo, int hi) => c.Random.Between(lo, hi).ToString(CultureInfo.InvariantCulture);
        switch (argument)
        {
            case "priv":
                return c.Random.Next(3) switch
                {
                    0 => $"10.{B(0, 255)}.{B(0, 255)}.{B(1, 254)}",
                    1 => $"192.168.{B(0, 255)}.{B(1, 254)}",
                    _ => $"172.{B(16, 31)}.{B(0, 255)}.{B(1, 254)}",
                };
            case "v6":
            {
                string H() => c.Random.Next(65536).ToString("x", CultureInfo.InvariantCulture);
                return c.Random.Next(3) switch
                {
                    0 => $"2001:db8:{H()}:{H()}::{H()}",
                    1 => $"fe80::{H()}:{H()}:{H()}:{H()}",
                    _ => $"2a02:{H()}:{H()}:{H()}:{H()}:{H()}:{H()}:{H()}",
                };
            }
            default:
                return $"{B(11, 223)}.{B(0, 255)}.{B(0, 255)}.{B(1, 254)}";
        }
    }

    /// <summary><c>{id:KIND}</c> a personal or account identifier's value (the label is the template's).</summary>
    private static string Identifier(GenerationContext c, string? argument) => argument switch
    {
        "emp" => c.Shape(c.Pick(["E-######", "EMP######", "#######", "HR-####-###", "W######"])),
        "cust" => c.Shape(c.Pick(["CUST-######", "C#########", "########", "AC-###-####"])),
        "stripe" => "cus_" + c.Shape("**************"),
        "mrn" => c.Shape(c.Pick(["########", "MRN-#######", "##-###-###", "A########"])),
        "member" => c.Shape(c.Pick(["&&&#########", "W#########", "###-##-####-#", "MBR########"])),
        "policy" => c.Shape(c.Pick(["PL-####-####", "&&#########", "POL########"])),
        "acct" => c.Shape(c.Pick(["####-######", "##########", "ACC-########"])),
        "client" => c.Shape(c.Pick(["#####-###", "CL-######", "C-#####"])),
        "student" => c.Shape(c.Pick(["S#######", "########", "U#######"])),
        "passport" => c.Shape(c.Pick(["&########", "&&#######", "#########"])),
        "npi" => c.Shape("1#########"),
        "loyalty" => c.Shape(c.Pick(["#### #### ####", "&&########"])),
        "aws" => c.Shape(c.Pick(["############", "####-####-####"])),
        "azure" => Uuid(c),
        "tax" => c.Shape(c.Pick(["##-#######", "## ### ### ###", "&&#########"])),
        "user" => c.Shape(c.Pick(["########", "u_~~~~~~~~~~", "#######"])),
        _ => throw new FormatException($"id kind {argument}"),
    };

    /// <summary>
    /// <c>{fake:KIND}</c> look-alikes for negatives: <c>ver4</c> four-part versions, <c>ver3</c>, <c>build</c>,
    /// <c>ticket</c> issue keys, <c>part</c> part numbers in the SSN shape, <c>order</c>, <c>track</c> parcels,
    /// <c>isbn</c>, <c>cve</c>, <c>flight</c>, <c>date</c>, <c>time</c>, <c>price</c>, <c>masked</c> masked cards,
    /// <c>colour</c>, <c>invoice</c>, <c>docket</c>, <c>res</c> resolutions, <c>kb</c>.
    /// </summary>
    private static string LookAlike(GenerationContext c, string? argument)
    {
        string N(int lo, int hi) => c.Random.Between(lo, hi).ToString(CultureInfo.InvariantCulture);
        return argument switch
        {
            "ver4" => $"{N(1, 24)}.{N(0, 12)}.{N(0, 30)}.{N(0, 9999)}",
            "ver3" => $"{N(0, 9)}.{N(0, 40)}.{N(0, 20)}",
            "build" => N(1000, 99999),
            "ticket" => c.Pick(["PAY", "OPS", "SUP", "INFRA", "HR", "FIN", "CRM", "SRE", "WEB"]) + "-" + N(10, 9999),
            "part" => $"{N(100, 899)}-{N(10, 99)}-{N(1000, 9999)}",
            "order" => c.Shape(c.Pick(["###-#######-#######", "#########", "SO-######", "W##########"])),
            "track" => c.Shape(c.Pick(["1Z$$$$$$##########", "##############", "JJD##############", "&&#########&&"])),
            "isbn" => c.Shape(c.Pick(["978-#-###-#####-#", "978-##-####-###-#", "979-#-##-######-#"])),
            "cve" => $"CVE-20{N(19, 26)}-{N(1000, 49999)}",
            "flight" => c.Pick(["LH", "BA", "AF", "UA", "NH", "QF", "EK", "KL", "SQ"]) + " " + N(10, 2999),
            "date" => c.Pick([$"2026-{c.Random.Between(1, 12):D2}-{N(10, 28)}", $"{N(10, 28)}.{N(10, 12)}.2026", $"{N(1, 12)}/{N(1, 28)}/2026", $"{N(1, 28)} Nov 2026"]),
            "time" => $"{N(0, 23):D2}:{N(10, 59)}",
            "price" => c.Pick(["$", "€", "£", "¥", "CHF "]) + N(1, 9999) + "." + N(10, 99),
            "masked" => c.Pick(["•••• ", "**** ", "ending in ", "xxxx-xxxx-xxxx-", "···· "]) + N(1000, 9999),
            "colour" => "#" + c.Shape("!!!!!!").ToUpperInvariant(),
            "invoice" => c.Shape(c.Pick(["INV-2026-####", "#######", "F2026/####"])),
            "docket" => c.Shape(c.Pick(["#:2%-cv-#####", "2026-CV-#####", "HC-2026-######"])),
            "res" => c.Pick(["1920x1080", "2560x1440", "3840x2160", "1280x720"]),
            "kb" => "KB" + N(4000000, 5999999),
            _ => throw new FormatException($"look-alike {argument}"),
        };
    }
}
