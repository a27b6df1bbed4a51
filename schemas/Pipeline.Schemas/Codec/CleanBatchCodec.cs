using System.Buffers;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>CleanBatch</c> (clean topic values): Avro single-object encoding, no per-event allocation either way.</summary>
public static class CleanBatchCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.CleanBatch";

    private static readonly SingleObjectRecord s_record = new(RecordName, BatchBody.Shape);

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">An event holds an enum value outside its schema's symbols or has no session id.</exception>
    public static void Write(EventBatch value, IBufferWriter<byte> output) => BatchBody.Write(value, true, s_record, output);

    /// <summary>Writes the single-object encoding into <paramref name="destination"/>; false (nothing written) when it does not fit.</summary>
    public static bool TryWrite(EventBatch value, Span<byte> destination, out int bytesWritten) =>
        BatchBody.TryWrite(value, true, s_record, destination, out bytesWritten);

    /// <summary>The exact length <see cref="Write"/> appends for <paramref name="value"/>.</summary>
    public static int GetEncodedLength(EventBatch value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return BatchBody.EncodedLength(value, true);
    }

    /// <summary>
    /// Decodes a single-object encoded value written under any shipped version of the schema into
    /// <paramref name="into"/> (cleared first, and left empty on failure), with this thread's default context.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> input, EventBatch into, out DecodeError error) =>
        BatchBody.TryRead(input, s_record, into, DecodeContext.PerThread, out error);

    /// <summary>As <see cref="TryRead(ReadOnlySpan{byte}, EventBatch, out DecodeError)"/>, with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, EventBatch into, DecodeContext context, out DecodeError error) =>
        BatchBody.TryRead(input, s_record, into, context, out error);
}
