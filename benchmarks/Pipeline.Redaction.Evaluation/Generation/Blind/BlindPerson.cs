namespace Pipeline.Redaction.Evaluation.Generation.Blind;

/// <summary>The person a blind line names, kept for the rest of the line so a display name, its e-mail and its
/// handle agree. <paramref name="FamilyFirst"/>: the culture writes the family name first (Kovács Eszter).</summary>
internal sealed record BlindPerson(string Given, string Family, bool FamilyFirst)
{
    /// <summary>The name as its culture writes it.</summary>
    public string Full => FamilyFirst ? Family + " " + Given : Given + " " + Family;
}
