namespace Pipeline.Schemas.Avro;

/// <summary>A record field: its name, type, doc and whether it declares a default.</summary>
internal sealed record AvroField(string Name, AvroSchema Schema, string? Doc, bool HasDefault);
