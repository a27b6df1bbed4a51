namespace Pipeline.Redaction.Evaluation.Corpus;

/// <summary>
/// The four template families. <c>dev</c> is what the redactor's engineer may look at (with <c>--show-errors</c>);
/// <c>heldout</c> has different templates and different value pools and is only ever scored in aggregate;
/// <c>blind</c> was written by another engineer who read neither the redactor nor the other two families, draws from
/// its own generators and pools (<c>Generation/Blind</c>), has its own seed, and is also scored in aggregate only;
/// <c>fresh</c> was written later by yet another engineer who read none of the other three families' templates, pools
/// or generators (<c>Generation/Fresh</c>), with its own seed, and is scored in aggregate only like blind.
/// </summary>
internal static class CorpusFamily
{
    public const string Dev = "dev";
    public const string Heldout = "heldout";
    public const string Blind = "blind";
    public const string Fresh = "fresh";
}
