namespace Pipeline.Schemas.Codec;

/// <summary>
/// What a hand-written decoder can fill for one record: field names in the order of the decoder's constants,
/// and the shape of nested records by field name (e.g. the items of <c>events</c>).
/// </summary>
internal sealed class RecordShape(string[] fieldNames, Dictionary<string, RecordShape>? nested = null)
{
    public string[] FieldNames { get; } = fieldNames;

    public RecordShape? Nested(string fieldName) =>
        nested is not null && nested.TryGetValue(fieldName, out RecordShape? shape) ? shape : null;

    public int IndexOf(string fieldName) => Array.IndexOf(FieldNames, fieldName);
}
