using System.Net;
using Pipeline.Redaction.Evaluation.Corpus;
using Pipeline.Redaction.Evaluation.Generation;

namespace Pipeline.Redaction.Evaluation.Tests;

/// <summary>Checks any family's lines as a corpus: offsets, overlaps, and that each planted value is a value of its
/// class. Shared by the family tests that use it; asserts nothing about the redactor.</summary>
internal static class FamilyCorpusAssertions
{
    /// <summary>The family's lines come out the same for its seed, and fewer than half of them again under the next seed.</summary>
    public static void SeedIsDeterministicAndAnotherSeedDiffers(IReadOnlyList<CorpusLine> lines, Func<ulong, IReadOnlyList<CorpusLine>> generate, ulong seed)
    {
        IReadOnlyList<CorpusLine> again = generate(seed);
        Assert.Equal(lines.Select(l => (l.Id, l.Text)), again.Select(l => (l.Id, l.Text)));
        Assert.Equal(lines.SelectMany(l => l.Spans), again.SelectMany(l => l.Spans));
        var other = generate(seed + 1).Select(l => l.Text).ToHashSet(StringComparer.Ordinal);
        int same = lines.Count(l => other.Contains(l.Text));
        Assert.True(same < lines.Count / 2, $"{same} of {lines.Count} lines equal under another seed");
    }

    /// <summary>Every span is a known label, inside its line, after the previous one, holding exactly its text, with
    /// no space at either end.</summary>
    public static void SpansLieInsideTheirLines(IEnumerable<CorpusLine> lines)
    {
        foreach (CorpusLine line in lines)
        {
            int previousEnd = 0;
            foreach (GoldSpan span in line.Spans)
            {
                Assert.True(GoldLabel.IsKnown(span.Label), $"{line.Id}: label {span.Label}");
                Assert.True(span.Start >= previousEnd, $"{line.Id}: spans overlap or are out of order");
                Assert.True(span.Start >= 0 && span.End <= line.Text.Length && span.Start < span.End, $"{line.Id}: [{span.Start},{span.End}) outside the line");
                Assert.Equal(span.Text, line.Text[span.Start..span.End]);
                Assert.False(char.IsWhiteSpace(span.Text[0]) || char.IsWhiteSpace(span.Text[^1]), $"{line.Id}: \"{span.Text}\" has surrounding space");
                previousEnd = span.End;
            }
        }
    }

    /// <summary>Cards pass Luhn, IBANs mod 97, IPs parse, SSNs follow the issuing rules, e-mails have one <c>@</c>
    /// and a dotted domain, phones hold 7–15 digits and end on one, repositories are <c>owner/name</c>.</summary>
    public static void PlantedValuesAreValidForTheirClass(IEnumerable<CorpusLine> lines)
    {
        foreach (CorpusLine line in lines)
        {
            foreach (GoldSpan span in line.Spans)
            {
                string v = span.Text;
                switch (span.Label)
                {
                    case GoldLabel.Card:
                        Assert.True(Checksums.PassesLuhn(v), $"{line.Id}: card {v} fails Luhn");
                        Assert.InRange(v.Count(char.IsAsciiDigit), 14, 19);
                        break;
                    case GoldLabel.Iban:
                        Assert.True(Checksums.IsValidIban(v), $"{line.Id}: IBAN {v} fails mod 97");
                        break;
                    case GoldLabel.Ip:
                        Assert.True(IPAddress.TryParse(v, out _), $"{line.Id}: {v} is not an IP address");
                        break;
                    case GoldLabel.Ssn:
                        string digits = new(v.Where(char.IsAsciiDigit).ToArray());
                        Assert.Equal(9, digits.Length);
                        int area = int.Parse(digits[..3], System.Globalization.CultureInfo.InvariantCulture);
                        Assert.True(area is > 0 and < 900 and not 666, $"{line.Id}: SSN area {area}");
                        Assert.NotEqual("00", digits[3..5]);
                        Assert.NotEqual("0000", digits[5..]);
                        break;
                    case GoldLabel.Email:
                        Assert.Equal(1, v.Count(ch => ch == '@'));
                        Assert.Contains('.', v[v.IndexOf('@', StringComparison.Ordinal)..]);
                        break;
                    case GoldLabel.Phone:
                        Assert.InRange(v.Count(char.IsAsciiDigit), 7, 15);
                        Assert.True(char.IsAsciiDigit(v[^1]), $"{line.Id}: phone {v} does not end on a digit");
                        break;
                    case GoldLabel.Repo:
                        Assert.Equal(1, v.Count(ch => ch == '/'));
                        break;
                }
            }
        }
    }
}
