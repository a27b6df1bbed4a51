namespace Pipeline.Schemas.Codec;

/// <summary>
/// The steps that read one record written under one writer schema: for each writer field in order, either the
/// decoder field it fills (with how to resolve its type) or a skip. Reader fields the writer lacks are left at
/// their defaults, which the decoders start from.
/// </summary>
internal sealed class RecordPlan(FieldStep[] steps, int minBytes, bool inOrder)
{
    public FieldStep[] Steps { get; } = steps;

    /// <summary>
    /// The writer's fields are exactly the reader's, which are the first of the decoder's fields in the decoder's order, with the same types and
    /// symbols: the usual case (data written by this build), which a decoder may read straight through.
    /// </summary>
    public bool InOrder { get; } = inOrder;

    /// <summary>The fewest bytes one such record can take on the wire; bounds array counts by remaining input.</summary>
    public int MinBytes { get; } = minBytes;
}
