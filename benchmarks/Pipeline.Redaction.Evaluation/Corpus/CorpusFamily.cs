namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>
/// The two template families. <c>dev</c> is what the redactor's engineer may look at (with <c>--show-errors</c>);
/// <c>heldout</c> has different templates and different value pools and is only ever scored in aggregate.
/// </summary>
internal static class CorpusFamily
{
    public const string Dev = "dev";
    public const string Heldout = "heldout";
}
