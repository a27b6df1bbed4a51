using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// Codec for <c>KeyMaterial</c>, the plaintext of a wrapped key. Single-object encoded like every other value, so the
/// processor reads material wrapped by an agent of another version by its fingerprint.
/// </summary>
public static class KeyMaterialCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.KeyMaterial";

    private const int Secret = 0;
    private const int Subject = 1;
    private const int Device = 2;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(["secret", "subject", "device"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    public static void Write(KeyMaterial value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        long max = AvroBodyWriter.MaxLongBytes + value.Secret.Length + AvroBodyWriter.MaxStringBytes(value.Subject)
            + 1 + (value.Device is null ? 0 : AvroBodyWriter.MaxStringBytes(value.Device));
        var writer = s_record.BeginWrite(output, max, "key material");
        writer.WriteBytes(value.Secret);
        writer.WriteString(value.Subject);
        writer.WriteOptionalString(value.Device);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out KeyMaterial? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out KeyMaterial? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        byte[] secret = [];
        string subject = "";
        string? device = null;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case Secret:
                    secret = reader.ReadBytes();
                    break;
                case Subject:
                    subject = reader.ReadString();
                    break;
                case Device:
                    device = reader.ReadBranch(step.Resolution!) is null ? null : reader.ReadString();
                    break;
                default:
                    reader.Skip(step.Writer);
                    break;
            }
        }

        if (!reader.TryEnd(out error))
        {
            return false;
        }

        value = new KeyMaterial(secret, subject, device);
        return true;
    }
}
