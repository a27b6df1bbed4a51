using System.Buffers;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// One record type's single-object framing, shared by its codec's writer and reader: the fingerprint this build
/// writes (the current schema's), the header before the body, and on read the header check and the resolution plan
/// for the writer's version. Each codec keeps only its fields. Reading and writing through this type produce exactly
/// the bytes the codecs wrote by hand before (the byte-pinned codec tests say so).
/// </summary>
internal sealed class SingleObjectRecord
{
    /// <summary>The record of <paramref name="recordName"/> in the shipped catalog, read into the fields of <paramref name="shape"/>.</summary>
    public SingleObjectRecord(string recordName, RecordShape shape)
    {
        Name = recordName;
        Shape = shape;
        Fingerprint = SchemaCatalog.Shipped.Current(recordName).Fingerprint;
    }

    /// <summary>The record's full name in the schemas.</summary>
    public string Name { get; }

    /// <summary>The reader's fields, in the order the codec numbers them.</summary>
    public RecordShape Shape { get; }

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public ulong Fingerprint { get; }

    /// <summary>
    /// A writer over room for the header and at most <paramref name="maxBody"/> bytes of body in
    /// <paramref name="output"/>, the header already written. The caller writes the body and then advances
    /// <paramref name="output"/> by the writer's position.
    /// </summary>
    /// <exception cref="ArgumentException">The value would be larger than a span can hold; the message names <paramref name="what"/>.</exception>
    public AvroBodyWriter BeginWrite(IBufferWriter<byte> output, long maxBody, string what)
    {
        long max = SingleObject.HeaderLength + maxBody;
        if (max > int.MaxValue)
        {
            ThrowHelper.InvalidValue(what + " too large");
        }

        return BeginWrite(output.GetSpan((int)max));
    }

    /// <summary>A writer over <paramref name="destination"/>, the header already written.</summary>
    public AvroBodyWriter BeginWrite(Span<byte> destination)
    {
        var writer = new AvroBodyWriter(destination);
        SingleObject.WriteHeader(ref writer, Fingerprint);
        return writer;
    }

    /// <summary>
    /// Checks the header of <paramref name="input"/> (marker, a shipped fingerprint of this record) and gives the plan
    /// that reads the writer's version into <see cref="Shape"/> and a reader over the body.
    /// </summary>
    /// <returns>False, with the reason in <paramref name="error"/>, when the header does not fit.</returns>
    public bool TryBeginRead(ReadOnlySpan<byte> input, DecodeContext context, out RecordPlan plan, out AvroBodyReader reader, out DecodeError error)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.TryBeginRead(input, Name, Shape, out plan, out error))
        {
            reader = default;
            return false;
        }

        reader = new AvroBodyReader(input[SingleObject.HeaderLength..], context.Limits);
        return true;
    }
}
