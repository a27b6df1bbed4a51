namespace Pipeline.Redaction.Evaluation.Generation.Fresh;

/// <summary>One person of a fresh line: names as written and their ASCII forms for addresses and logins.</summary>
internal sealed record FreshPerson(string Given, string Family, bool FamilyFirst, string AsciiGiven, string AsciiFamily)
{
    /// <summary>The name as a title writes it, in the culture's order.</summary>
    public string Full => FamilyFirst ? $"{Family} {Given}" : $"{Given} {Family}";
}
