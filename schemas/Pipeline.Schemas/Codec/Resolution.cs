using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas.Codec;

/// <summary>How a value written under one schema is read as another: compiled once per writer version.</summary>
internal sealed class Resolution
{
    public required AvroSchema Writer { get; init; }

    public required AvroSchema Reader { get; init; }

    /// <summary>Writer enum index to reader enum index; <see cref="NoSymbol"/> where the reader has neither the symbol nor a default.</summary>
    public byte[]? EnumMap { get; init; }

    /// <summary>
    /// Writer union branch to reader branch index (or 0 when the reader is not a union), -1 where the branch
    /// cannot be read; the branch's own resolution is in <see cref="BranchResolutions"/>.
    /// </summary>
    public int[]? BranchTargets { get; init; }

    public Resolution?[]? BranchResolutions { get; init; }

    /// <summary>For a reader union and a non-union writer: which reader branch the value lands in.</summary>
    public int ReaderBranch { get; init; } = -1;

    /// <summary>Array items or map values.</summary>
    public Resolution? Items { get; init; }

    /// <summary>For records: the field plan.</summary>
    public RecordPlan? Record { get; init; }

    public const byte NoSymbol = byte.MaxValue;
}
