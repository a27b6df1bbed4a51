using System.Numerics;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>The check digits real card numbers and IBANs carry, so planted values are valid and negatives are not.</summary>
internal static class Checksums
{
    /// <summary>True when the digits of <paramref name="text"/> (other characters ignored) pass the Luhn check.</summary>
    public static bool PassesLuhn(string text)
    {
        int sum = 0;
        bool doubleIt = false;
        int digits = 0;
        for (int i = text.Length - 1; i >= 0; i--)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                continue;
            }
            int d = c - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
            digits++;
        }
        return digits > 0 && sum % 10 == 0;
    }

    /// <summary>The digit that completes <paramref name="payload"/> (digits only) to a Luhn-valid number.</summary>
    public static char LuhnCheckDigit(string payload)
    {
        for (char candidate = '0'; candidate <= '9'; candidate++)
        {
            if (PassesLuhn(payload + candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("unreachable: one of ten digits completes every payload");
    }

    /// <summary>The two ISO 13616 check digits of an IBAN with country <paramref name="country"/> and BBAN <paramref name="bban"/>.</summary>
    public static string IbanCheckDigits(string country, string bban)
    {
        BigInteger value = Mod97Number(bban + country + "00");
        int check = 98 - (int)(value % 97);
        return check.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="iban"/> (spaces ignored, any case) has a valid mod-97 checksum.</summary>
    public static bool IsValidIban(string iban)
    {
        string compact = iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length < 15 || compact.Length > 34)
        {
            return false;
        }
        string rearranged = compact[4..] + compact[..4];
        foreach (char c in rearranged)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }
        return Mod97Number(rearranged) % 97 == 1;
    }

    private static BigInteger Mod97Number(string alphanumeric)
    {
        var digits = new System.Text.StringBuilder(alphanumeric.Length * 2);
        foreach (char c in alphanumeric)
        {
            char u = char.ToUpperInvariant(c);
            if (u is >= 'A' and <= 'Z')
            {
                digits.Append((u - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                digits.Append(u);
            }
        }
        return BigInteger.Parse(digits.ToString(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
