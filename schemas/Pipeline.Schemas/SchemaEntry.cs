using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas;

/// <summary>One shipped version of one record schema.</summary>
/// <param name="RecordName">The record's full name, e.g. <c>pipeline.interaction.v1.InteractionBatch</c>.</param>
/// <param name="Version">1 for the first release; the current file gets the next number while it differs from every release.</param>
/// <param name="IsReleased">Whether a copy of this version is kept under <c>schemas/released</c>.</param>
/// <param name="IsCurrent">Whether this is the version the codec writes.</param>
/// <param name="Fingerprint">CRC-64-AVRO of <paramref name="CanonicalForm"/>, as carried in single-object encoding.</param>
/// <param name="CanonicalForm">The Parsing Canonical Form.</param>
/// <param name="Json">The schema file as shipped, docs included.</param>
public sealed record SchemaEntry(
    string RecordName,
    int Version,
    bool IsReleased,
    bool IsCurrent,
    ulong Fingerprint,
    string CanonicalForm,
    string Json)
{
    internal AvroSchema Schema { get; init; } = null!;
}
