using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation;

internal static partial class ValueForge
{
    private static void AddNumbers(Dictionary<string, ValueGenerator> g)
    {
        g["phone"] = (c, _) => c.Random.Next(4) switch
        {
            0 => c.Shape(c.Pick(c.Pools.UsPhones)),
            1 => c.Shape(c.Pick(c.Pools.NationalPhones)),
            _ => c.Shape(c.Pick(c.Pools.InternationalPhones)),
        };
        g["phoneUs"] = (c, _) => c.Shape(c.Pick(c.Pools.UsPhones));
        g["phoneTollFree"] = (c, _) => c.Shape(c.Pick(c.Pools.TollFreePhones));
        g["phoneIntl"] = (c, _) => c.Shape(c.Pick(c.Pools.InternationalPhones));
        g["phoneNational"] = (c, _) => c.Shape(c.Pick(c.Pools.NationalPhones));
        // The ten bare digits a form or a verification screen shows: only the context says it is a phone.
        g["phoneCompact"] = (c, _) => c.Shape("%##%######");
        g["phoneDigits"] = (c, _) => c.Shape(c.Pick(c.Pools.DeepLinkDigits));
        g["phoneE164"] = (c, _) => "+" + c.Shape(c.Pick(c.Pools.DeepLinkDigits));

        g["card"] = (c, _) => Card(c, c.Pick(c.Pools.CardSeparators), valid: true);
        g["cardCompact"] = (c, _) => Card(c, string.Empty, valid: true);
        g["cardInvalid"] = (c, _) => Card(c, c.Pick(c.Pools.CardSeparators), valid: false);
        g["cardLast4"] = (c, _) => c.Pick(["•••• ", "**** ", "xxxx-", "ending in "]) + c.Shape("####");

        g["iban"] = (c, _) => Group4(Iban(c));
        g["ibanCompact"] = (c, _) => Iban(c);
        g["ibanLower"] = (c, _) => (c.Random.Chance(0.5) ? Group4(Iban(c)) : Iban(c)).ToLowerInvariant();

        g["ssn"] = (c, _) => Ssn(c, c.Pick(c.Pools.SsnSeparators));
        g["ssnDashed"] = (c, _) => Ssn(c, "-");
        g["ssnSpaced"] = (c, _) => Ssn(c, " ");
        g["ssnCompact"] = (c, _) => Ssn(c, string.Empty);
        // Part numbers and reference codes in the SSN's own 3-2-4 shape, and valid by its rules: only context tells them apart.
        g["partNumber"] = (c, _) => Ssn(c, "-");

        g["ipv4"] = (c, _) => c.Expand(c.Pick(c.Pools.Ipv4Patterns));
        g["ipv6"] = (c, _) => c.Expand(c.Pick(c.Pools.Ipv6Patterns));

        g["id"] = (c, a) =>
        {
            string kind = Required(a, "id");
            if (!c.Pools.IdShapes.TryGetValue(kind, out IReadOnlyList<string>? shapes))
            {
                throw new FormatException($"the {c.Pools.Family} pools have no {kind} identifiers");
            }
            return c.Shape(c.Pick(shapes));
        };
    }

    private static string Card(GenerationContext c, string separator, bool valid)
    {
        CardBrand brand = c.Pick(c.Pools.CardBrands);
        var digits = new StringBuilder(c.Pick(brand.Prefixes));
        while (digits.Length < brand.Length - 1)
        {
            digits.Append((char)('0' + c.Random.Next(10)));
        }
        char check = Checksums.LuhnCheckDigit(digits.ToString());
        if (!valid)
        {
            // Any other last digit fails the check.
            check = (char)('0' + ((check - '0' + 1 + c.Random.Next(9)) % 10));
        }
        digits.Append(check);
        string number = digits.ToString();
        return DigitGroups.Join(number, brand.Groups, separator);
    }

    private static string Iban(GenerationContext c)
    {
        IbanFormat format = c.Pick(c.Pools.Ibans);
        string bban = c.Shape(format.BbanShape);
        return format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
    }

    private static string Group4(string compact)
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

    /// <summary>A number the SSA could issue: area 001–899 but not 666, group 01–99, serial 0001–9999.</summary>
    private static string Ssn(GenerationContext c, string separator) =>
        UsSsn.Draw(c.Random).Format(separator);
}
