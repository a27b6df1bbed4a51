using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindForge
{
    private static void AddNumbers(Dictionary<string, ValueGenerator> g)
    {
        g["phone"] = (c, _) => c.Shape(c.Random.Chance(0.45) ? c.Pick(BlindPools.NationalPhones) : c.Pick(BlindPools.InternationalPhones));
        g["phoneNational"] = (c, _) => c.Shape(c.Pick(BlindPools.NationalPhones));
        g["phoneIntl"] = (c, _) => c.Shape(c.Pick(BlindPools.InternationalPhones));
        g["phoneHotline"] = (c, _) => c.Shape(c.Pick(BlindPools.HotlinePhones));
        g["phoneDigits"] = (c, _) => c.Shape(c.Pick(BlindPools.E164Digits));
        g["phonePlus"] = (c, _) => "+" + c.Shape(c.Pick(BlindPools.E164Digits));
        // Ten digits with nothing to say they are a phone but the words around them (NANP: area and exchange 2–9).
        g["phoneBare"] = (c, _) => c.Shape("%##%######");

        g["card"] = (c, _) => Card(c, c.Pick([" ", " ", "-", "."]), valid: true);
        g["cardCompact"] = (c, _) => Card(c, string.Empty, valid: true);
        g["cardInvalid"] = (c, _) => Card(c, c.Pick([" ", "-", string.Empty]), valid: false);
        g["cardMasked"] = (c, _) => c.Pick(["•••• •••• •••• ", "XXXX-XXXX-XXXX-", "************", "···· ", "ending ", "last four "]) + c.Shape("####");
        g["cardBrand"] = (c, _) => c.Pick(["Visa", "Mastercard", "Amex", "Discover", "JCB", "UnionPay", "Diners Club", "Mir", "Elo", "RuPay", "Troy"]);

        g["iban"] = (c, _) => Grouped(Iban(c));
        g["ibanCompact"] = (c, _) => Iban(c);
        g["ibanLower"] = (c, _) => (c.Random.Chance(0.5) ? Grouped(Iban(c)) : Iban(c)).ToLowerInvariant();
        g["bic"] = (c, _) => c.Pick(BlindPools.Bics);

        g["ssn"] = (c, a) => Ssn(c, a ?? c.Pick(["-", "-", " "]));
        g["ssnCompact"] = (c, _) => Ssn(c, string.Empty);
        // Numbers in the SSN's 3-2-4 layout that are parts, lots and references: valid by the SSN rules too.
        g["partNo"] = (c, _) => Ssn(c, "-");

        g["ip4"] = (c, _) => c.Random.Next(5) switch
        {
            0 => Inv($"10.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}"),
            1 => Inv($"172.{c.Random.Between(16, 31)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}"),
            2 => Inv($"192.168.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}"),
            3 => Inv($"100.{c.Random.Between(64, 127)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}"),
            _ => Inv($"{c.Pick([34, 52, 81, 91, 139, 185, 203])}.{c.Random.Between(0, 255)}.{c.Random.Between(0, 255)}.{c.Random.Between(1, 254)}"),
        };
        g["ip6"] = (c, _) => c.Random.Next(4) switch
        {
            0 => "2001:db8:" + Hex4(c) + "::" + Hex4(c),
            1 => "fd" + c.Shape("!!") + ":" + Hex4(c) + ":" + Hex4(c) + "::" + Hex4(c),
            2 => "2a02:" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c),
            _ => "fe80::" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c) + ":" + Hex4(c),
        };

        g["id"] = (c, a) => Identifier(c, Required(a, "id"));
    }

    private static string Hex4(GenerationContext c) => c.Shape("!{1,4}").TrimStart('0') is { Length: > 0 } h ? h : "0";

    private static string Card(GenerationContext c, string separator, bool valid)
    {
        CardBrand brand = c.Pick(BlindPools.CardBrands);
        var digits = new StringBuilder(c.Pick(brand.Prefixes));
        while (digits.Length < brand.Length - 1)
        {
            digits.Append((char)('0' + c.Random.Next(10)));
        }
        char check = Checksums.LuhnCheckDigit(digits.ToString());
        if (!valid)
        {
            check = (char)('0' + ((check - '0' + 1 + c.Random.Next(9)) % 10));
        }
        digits.Append(check);
        string number = digits.ToString();
        return DigitGroups.Join(number, brand.Groups, separator);
    }

    private static string Iban(GenerationContext c)
    {
        IbanFormat format = c.Pick(BlindPools.Ibans);
        string bban = c.Shape(format.BbanShape);
        return format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
    }

    private static string Grouped(string compact)
    {
        var grouped = new StringBuilder(compact.Length + compact.Length / 4);
        for (int i = 0; i < compact.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                grouped.Append(' ');
            }
            grouped.Append(compact[i]);
        }
        return grouped.ToString();
    }

    /// <summary>An SSN the SSA could issue: area 001–899 except 666, group and serial not zero.</summary>
    private static string Ssn(GenerationContext c, string separator) =>
        UsSsn.Draw(c.Random).Format(separator);

    /// <summary>Identifiers of a person or their account, each in its issuer's layout (with check digits where it has them).</summary>
    private static string Identifier(GenerationContext c, string kind) => kind switch
    {
        "employee" => c.Shape(c.Pick(["E#{6}", "EMP-#{5}", "W%#{5}", "#{8}"])),
        "customer" => c.Shape(c.Pick(["C-#{7}", "CUST#{6}", "#{4}-#{4}-#{2}", "KD-#{6}"])),
        "patient" => c.Shape(c.Pick(["#{8}", "MRN-#{7}", "P%#{6}"])),
        "member" => c.Shape(c.Pick(["#{3} #{3} #{3}", "M#{9}", "#{12}"])),
        "policy" => c.Shape(c.Pick(["POL-#{8}", "&&#{9}", "#{3}-#{7}-#{2}"])),
        "account" => c.Shape(c.Pick(["#{10}", "#{4}-#{6}", "ACC-#{8}"])),
        "student" => c.Shape(c.Pick(["s#{7}", "20%#{6}", "U#{8}"])),
        "stripe" => c.Shape("cus_*{14}"),
        "passport" => c.Shape(c.Pick(["C&$$$$$$#", "&&#{7}", "#{9}", "&#{8}"])),
        "nino" => c.Shape(c.Pick(["&& ## ## ##", "&&######"])).Replace('D', 'A').Replace('F', 'B').Replace('I', 'C').Replace('Q', 'E').Replace('U', 'H').Replace('V', 'J').Replace('O', 'K') + " " + c.Pick(["A", "B", "C", "D"]),
        "sin" => LuhnNumber(c, 9, c.Random.Chance(0.5) ? " " : "-", [3, 3, 3], "%"),
        "personnummer" => Personnummer(c),
        "cpf" => Cpf(c),
        "dni" => Dni(c),
        "aadhaar" => c.Shape("%### #### ####"),
        "pan" => c.Shape("&&&P&####&"),
        "bsn" => Bsn(c),
        "loyalty" => c.Shape(c.Pick(["#{3} #{3} #{3} #{3}", "#{10}", "9#{17}"])),
        _ => throw new FormatException($"the blind family has no {kind} identifiers"),
    };

    private static string LuhnNumber(GenerationContext c, int length, string separator, int[] groups, string firstDigitShape)
    {
        var digits = new StringBuilder(c.Shape(firstDigitShape));
        while (digits.Length < length - 1)
        {
            digits.Append((char)('0' + c.Random.Next(10)));
        }
        digits.Append(Checksums.LuhnCheckDigit(digits.ToString()));
        var grouped = new StringBuilder();
        int at = 0;
        foreach (int size in groups)
        {
            if (at > 0)
            {
                grouped.Append(separator);
            }
            grouped.Append(digits.ToString(), at, size);
            at += size;
        }
        return grouped.ToString();
    }

    /// <summary>A Swedish personnummer YYMMDD-NNNC, its last digit the Luhn check over the other nine.</summary>
    private static string Personnummer(GenerationContext c)
    {
        string date = Inv($"{c.Random.Between(50, 99):00}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}");
        string serial = c.Shape("###");
        char check = Checksums.LuhnCheckDigit(date + serial);
        return date + "-" + serial + check;
    }

    /// <summary>A Brazilian CPF with its two mod-11 check digits.</summary>
    private static string Cpf(GenerationContext c)
    {
        int[] d = new int[11];
        for (int i = 0; i < 9; i++)
        {
            d[i] = c.Random.Next(10);
        }
        d[9] = CpfDigit(d, 9);
        d[10] = CpfDigit(d, 10);
        return Inv($"{d[0]}{d[1]}{d[2]}.{d[3]}{d[4]}{d[5]}.{d[6]}{d[7]}{d[8]}-{d[9]}{d[10]}");
    }

    private static int CpfDigit(int[] d, int count)
    {
        int sum = 0;
        for (int i = 0; i < count; i++)
        {
            sum += d[i] * (count + 1 - i);
        }
        int rest = sum * 10 % 11;
        return rest == 10 ? 0 : rest;
    }

    /// <summary>A Spanish DNI: eight digits and the letter of their remainder mod 23.</summary>
    private static string Dni(GenerationContext c)
    {
        int number = c.Random.Between(10_000_000, 99_999_999);
        return Inv($"{number}{"TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]}");
    }

    /// <summary>A Dutch BSN: nine digits passing the eleven-test.</summary>
    private static string Bsn(GenerationContext c)
    {
        while (true)
        {
            int[] d = new int[9];
            int sum = 0;
            for (int i = 0; i < 8; i++)
            {
                d[i] = i == 0 ? c.Random.Between(1, 9) : c.Random.Next(10);
                sum += d[i] * (9 - i);
            }
            // The last digit counts -1: sum - d8 must be divisible by 11.
            int last = sum % 11;
            if (last <= 9)
            {
                d[8] = last;
                var text = new StringBuilder(9);
                foreach (int digit in d)
                {
                    text.Append((char)('0' + digit));
                }
                return text.ToString();
            }
        }
    }
}
