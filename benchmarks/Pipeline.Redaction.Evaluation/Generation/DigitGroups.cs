using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>Prints a run of digits in groups (a card by its network's grouping, an account number in fours). Part of
/// the harness every family may use: it decides nothing about what a family plants.</summary>
internal static class DigitGroups
{
    /// <summary><paramref name="digits"/> cut into <paramref name="sizes"/> joined by <paramref name="separator"/>; an
    /// empty separator gives the digits back unchanged, and a last group longer than what is left takes the rest.</summary>
    public static string Join(string digits, IReadOnlyList<int> sizes, string separator)
    {
        if (separator.Length == 0)
        {
            return digits;
        }
        var text = new StringBuilder(digits.Length + (sizes.Count * separator.Length));
        int at = 0;
        foreach (int size in sizes)
        {
            if (at >= digits.Length)
            {
                break;
            }
            if (at > 0)
            {
                text.Append(separator);
            }
            text.Append(digits, at, Math.Min(size, digits.Length - at));
            at += size;
        }
        return text.ToString();
    }
}
