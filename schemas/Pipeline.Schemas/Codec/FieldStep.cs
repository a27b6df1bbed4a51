using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas.Codec;

/// <summary>One writer field: <see cref="Target"/> is the decoder's field constant, or -1 to skip <see cref="Writer"/>.</summary>
internal sealed class FieldStep(int target, AvroSchema writer, Resolution? resolution)
{
    public int Target { get; } = target;

    public AvroSchema Writer { get; } = writer;

    public Resolution? Resolution { get; } = resolution;
}
