using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

/// <summary>A country's numbering plan as the fifth family writes it: calling code, national forms (with the trunk
/// prefix where the plan has one) and international forms (<c>+</c> or <c>00</c>), as
/// <see cref="GenerationContext.Shape"/> shapes with <c>&lt;n&gt;</c> for repeats; <paramref name="Subscriber"/> is the
/// national significant number for E.164 digits in deep links.</summary>
internal sealed record FifthPhonePlan(string Iso, string Code, string[] National, string[] International, string Subscriber);

internal static partial class FifthForge
{
    private static string Shape(GenerationContext context, string shape) => context.Shape(shape.Replace('<', '{').Replace('>', '}'));

    private static class Numbers
    {
        private static FifthPhonePlan Plan(GenerationContext context, string? iso) => iso is null
            ? context.Pick(FifthPools.PhonePlans)
            : Array.Find(FifthPools.PhonePlans, p => p.Iso == iso) ?? throw new FormatException($"fifth phone plan {iso} does not exist");

        public static string Phone(GenerationContext context, string? iso, bool? international)
        {
            FifthPhonePlan plan = Plan(context, iso);
            bool intl = international ?? context.Random.Chance(0.5);
            return Shape(context, context.Pick(intl ? plan.International : plan.National));
        }

        /// <summary>Country code and national number, digits only, as deep links write them.</summary>
        public static string E164(GenerationContext context, string? iso)
        {
            FifthPhonePlan plan = Plan(context, iso);
            return plan.Code + Shape(context, plan.Subscriber);
        }

        public static string Card(GenerationContext context, string? brandName, bool valid)
        {
            CardBrand brand = brandName is null
                ? context.Pick(FifthPools.CardBrands)
                : FifthPools.CardBrands.First(b => b.Name == brandName);
            string prefix = context.Pick(brand.Prefixes);
            string payload = prefix + Digits(context, brand.Length - 1 - prefix.Length);
            char check = Checksums.LuhnCheckDigit(payload);
            if (!valid)
            {
                check = (char)('0' + ((check - '0' + context.Random.Between(1, 9)) % 10));
            }
            string number = payload + check;
            string separator = context.Pick([" ", " ", "-", ".", string.Empty]);
            return DigitGroups.Join(number, brand.Groups, separator);
        }

        /// <summary><c>{iban}</c> any country and layout; <c>{iban:FR}</c> one country; <c>{iban:glue}</c> compact,
        /// upper or lower case, for file names; <c>{iban:spaced}</c> grouped by four.</summary>
        public static string Iban(GenerationContext context, string? argument)
        {
            IbanFormat format = argument is { Length: 2 } && char.IsAsciiLetterUpper(argument[0])
                ? FifthPools.Ibans.First(f => f.Country == argument)
                : context.Pick(FifthPools.Ibans);
            string bban = Shape(context, format.BbanShape);
            string iban = format.Country + Checksums.IbanCheckDigits(format.Country, bban) + bban;
            string layout = argument is "glue" or "spaced" ? argument : context.Pick(["spaced", "spaced", "compact", "lower"]);
            switch (layout)
            {
                case "glue":
                    return context.Random.Chance(0.5) ? iban : iban.ToLowerInvariant();
                case "compact":
                    return iban;
                case "lower":
                    return Group(iban).ToLowerInvariant();
                default:
                    return Group(iban);
            }
        }

        private static string Group(string compact)
        {
            var text = new StringBuilder(compact.Length + 8);
            for (int i = 0; i < compact.Length; i++)
            {
                if (i > 0 && i % 4 == 0)
                {
                    text.Append(' ');
                }
                text.Append(compact[i]);
            }
            return text.ToString();
        }

        /// <summary>A US SSN valid by the issuing rules: area 001–899 but not 666, group and serial not zero.</summary>
        public static string Ssn(GenerationContext context, string? layout)
        {
            UsSsn ssn = UsSsn.Draw(context.Random);
            string separator = (layout ?? context.Pick(["dash", "dash", "space"])) switch
            {
                "plain" => string.Empty,
                "space" => " ",
                _ => "-",
            };
            return ssn.Format(separator);
        }

        public static string Ip4(GenerationContext context, string? kind)
        {
            var r = context.Random;
            switch (kind ?? context.Pick(["priv", "pub"]))
            {
                case "priv":
                    return r.Next(3) switch
                    {
                        0 => $"10.{r.Between(0, 255)}.{r.Between(0, 255)}.{r.Between(1, 254)}",
                        1 => $"192.168.{r.Between(0, 255)}.{r.Between(1, 254)}",
                        _ => $"172.{r.Between(16, 31)}.{r.Between(0, 255)}.{r.Between(1, 254)}",
                    };
                default:
                    int first;
                    do
                    {
                        first = r.Between(11, 223);
                    }
                    while (first is 127 or 172 or 192 or 100 or 169);
                    return $"{first}.{r.Between(0, 255)}.{r.Between(0, 255)}.{r.Between(1, 254)}";
            }
        }

        public static string Ip6(GenerationContext context)
        {
            var r = context.Random;
            string G() => r.Next(0x10000).ToString("x", CultureInfo.InvariantCulture);
            string head = context.Pick(["2001:db8", "2a02:" + G(), "2600:" + G(), "fd12:" + G(), "fe80:0:0:0", "2405:" + G()]);
            return r.Next(3) switch
            {
                0 => $"{head}::{G()}",
                1 => $"{head}:{G()}::{G()}:{G()}",
                _ => head + string.Concat(Enumerable.Range(0, 8 - head.Split(':').Length).Select(_ => ":" + G())),
            };
        }

        public static string Date(GenerationContext context, string? style)
        {
            var r = context.Random;
            int y = r.Between(2024, 2027), m = r.Between(1, 12), d = r.Between(1, 28);
            return (style ?? context.Pick(["iso", "de", "fr", "us", "ja"])) switch
            {
                "de" => $"{d:00}.{m:00}.{y}",
                "fr" => $"{d:00}/{m:00}/{y}",
                "us" => $"{m}/{d}/{y}",
                "ja" => $"{y}年{m}月{d}日",
                "ym" => $"{y}-{m:00}",
                "compact" => $"{y}{m:00}{d:00}",
                _ => $"{y}-{m:00}-{d:00}",
            };
        }

        /// <summary>Personal and account ids, with their check digits where the issuer defines them.</summary>
        public static string PersonalId(GenerationContext context, string kind)
        {
            var r = context.Random;
            switch (kind)
            {
                case "dni":
                {
                    int n = r.Between(10_000_000, 99_999_999);
                    return n.ToString(CultureInfo.InvariantCulture) + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
                }
                case "nie":
                {
                    int lead = r.Next(3), n = r.Between(1_000_000, 9_999_999);
                    return "XYZ"[lead] + n.ToString(CultureInfo.InvariantCulture) + "TRWAGMYFPDXBNJZSQVHLCKE"[(lead * 10_000_000 + n) % 23];
                }
                case "cpf":
                {
                    int[] d = new int[11];
                    for (int i = 0; i < 9; i++)
                    {
                        d[i] = r.Next(10);
                    }
                    d[9] = CpfDigit(d, 9);
                    d[10] = CpfDigit(d, 10);
                    string s = string.Concat(d);
                    return $"{s[..3]}.{s[3..6]}.{s[6..9]}-{s[9..]}";
                }
                case "pesel":
                {
                    int[] w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
                    string body = $"{r.Between(60, 99):00}{r.Between(1, 12):00}{r.Between(1, 28):00}{Digits(context, 4)}";
                    int sum = 0;
                    for (int i = 0; i < 10; i++)
                    {
                        sum += (body[i] - '0') * w[i];
                    }
                    return body + (char)('0' + ((10 - (sum % 10)) % 10));
                }
                case "tckn":
                {
                    int[] d = new int[11];
                    d[0] = r.Between(1, 9);
                    for (int i = 1; i < 9; i++)
                    {
                        d[i] = r.Next(10);
                    }
                    int odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
                    d[9] = (((odd * 7) - even) % 10 + 10) % 10;
                    d[10] = (odd + even + d[9]) % 10;
                    return string.Concat(d);
                }
                case "bsn":
                    while (true)
                    {
                        string body = Digits(context, 8, noLeadingZero: true);
                        int sum = 0;
                        for (int i = 0; i < 8; i++)
                        {
                            sum += (9 - i) * (body[i] - '0');
                        }
                        int check = sum % 11;
                        if (check < 10)
                        {
                            return body + (char)('0' + check);
                        }
                    }
                case "cnid":
                {
                    int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
                    string body = context.Pick(["110105", "310115", "440305", "510107", "330106"])
                        + $"{r.Between(1965, 2002)}{r.Between(1, 12):00}{r.Between(1, 28):00}" + Digits(context, 3);
                    int sum = 0;
                    for (int i = 0; i < 17; i++)
                    {
                        sum += (body[i] - '0') * w[i];
                    }
                    return body + "10X98765432"[sum % 11];
                }
                case "nir":
                {
                    string body = $"{r.Between(1, 2)}{r.Between(60, 99):00}{r.Between(1, 12):00}{r.Between(1, 95):00}{r.Between(1, 999):000}{r.Between(1, 999):000}";
                    long key = 97 - (long.Parse(body, CultureInfo.InvariantCulture) % 97);
                    return $"{body[0]} {body[1..3]} {body[3..5]} {body[5..7]} {body[7..10]} {body[10..13]} {key:00}";
                }
                case "mynumber":
                {
                    string body = Digits(context, 11, noLeadingZero: true);
                    int sum = 0;
                    for (int n = 1; n <= 11; n++)
                    {
                        int p = body[11 - n] - '0';
                        int q = n <= 6 ? n + 1 : n - 5;
                        sum += p * q;
                    }
                    int rem = sum % 11;
                    string all = body + (rem <= 1 ? 0 : 11 - rem).ToString(CultureInfo.InvariantCulture);
                    return $"{all[..4]} {all[4..8]} {all[8..]}";
                }
                case "rrn":
                {
                    int[] w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
                    string body = $"{r.Between(60, 99):00}{r.Between(1, 12):00}{r.Between(1, 28):00}{r.Between(1, 2)}{Digits(context, 5)}";
                    int sum = 0;
                    for (int i = 0; i < 12; i++)
                    {
                        sum += (body[i] - '0') * w[i];
                    }
                    return $"{body[..6]}-{body[6..]}{(11 - (sum % 11)) % 10}";
                }
                case "nhs":
                    while (true)
                    {
                        string body = Digits(context, 9, noLeadingZero: true);
                        int sum = 0;
                        for (int i = 0; i < 9; i++)
                        {
                            sum += (10 - i) * (body[i] - '0');
                        }
                        int check = 11 - (sum % 11);
                        if (check == 11)
                        {
                            check = 0;
                        }
                        if (check < 10)
                        {
                            string all = body + (char)('0' + check);
                            return $"{all[..3]} {all[3..6]} {all[6..]}";
                        }
                    }
                default:
                    if (!FifthPools.IdShapes.TryGetValue(kind, out string[]? shapes))
                    {
                        throw new FormatException($"fifth id kind {kind} does not exist");
                    }
                    return Shape(context, context.Pick(shapes));
            }
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
    }
}
