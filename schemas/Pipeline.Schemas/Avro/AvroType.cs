namespace Pipeline.Schemas.Avro;

/// <summary>The Avro type of a schema node.</summary>
internal enum AvroType : byte
{
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Array,
    Map,
    Union,
    Fixed,
}
