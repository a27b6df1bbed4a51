namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>A person the generator made up, kept for the rest of the line so "From: Ana Souza &lt;ana.souza@…&gt;"
/// agrees with itself.</summary>
internal sealed record PersonName(string Given, string Family)
{
    public string Full => Family.Length == 0 ? Given : Given + " " + Family;
}
