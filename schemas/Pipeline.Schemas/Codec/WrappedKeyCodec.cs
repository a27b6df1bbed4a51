using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Codec;

/// <summary>Codec for <c>WrappedKey</c> (keys topic values).</summary>
public static class WrappedKeyCodec
{
    /// <summary>The record's full name in the schemas.</summary>
    public const string RecordName = "pipeline.interaction.v1.WrappedKey";

    private const int Kind = 0;
    private const int KeyId = 1;
    private const int WrappingVersion = 2;
    private const int EphemeralKey = 3;
    private const int Nonce = 4;
    private const int Ciphertext = 5;
    private const int CreatedUs = 6;

    private static readonly SingleObjectRecord s_record = new(RecordName, new RecordShape(["kind", "key_id", "wrapping_version", "ephemeral_key", "nonce", "ciphertext", "created_us"]));

    /// <summary>The fingerprint this build writes (the current schema's).</summary>
    public static ulong Fingerprint => s_record.Fingerprint;

    /// <summary>Appends the single-object encoding (C3 01, fingerprint, body) of <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentException">The kind is outside the schema's symbols.</exception>
    public static void Write(WrappedKey value, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(output);
        if ((uint)value.Kind > (uint)WrappedKeyKind.PersonSecret)
        {
            ThrowHelper.InvalidValue("wrapped key kind outside the schema's symbols");
        }

        long max = 1 + AvroBodyWriter.MaxStringBytes(value.KeyId) + AvroBodyWriter.MaxIntBytes
            + (3 * AvroBodyWriter.MaxLongBytes) + value.EphemeralKey.Length + value.Nonce.Length + value.Ciphertext.Length + AvroBodyWriter.MaxLongBytes;
        var writer = s_record.BeginWrite(output, max, "wrapped key");
        writer.WriteSmall((int)value.Kind);
        writer.WriteString(value.KeyId);
        writer.WriteInt(value.WrappingVersion);
        writer.WriteBytes(value.EphemeralKey);
        writer.WriteBytes(value.Nonce);
        writer.WriteBytes(value.Ciphertext);
        writer.WriteLong(value.CreatedMicros);
        output.Advance(writer.Position);
    }

    /// <summary>Decodes a single-object encoded value written under any shipped version of the schema, with this thread's default context.</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, [NotNullWhen(true)] out WrappedKey? value, out DecodeError error) =>
        TryRead(input, DecodeContext.PerThread, out value, out error);

    /// <summary>Decodes a single-object encoded value with an explicit context (catalog, limits, string pool).</summary>
    public static bool TryRead(ReadOnlySpan<byte> input, DecodeContext context, [NotNullWhen(true)] out WrappedKey? value, out DecodeError error)
    {
        value = null;
        if (!s_record.TryBeginRead(input, context, out RecordPlan plan, out AvroBodyReader reader, out error))
        {
            return false;
        }

        WrappedKeyKind kind = default;
        string keyId = "";
        int version = 0;
        byte[] ephemeral = [], nonce = [], ciphertext = [];
        long created = 0;
        foreach (FieldStep step in plan.Steps)
        {
            switch (step.Target)
            {
                case Kind:
                    kind = (WrappedKeyKind)reader.ReadEnum(step.Resolution!);
                    break;
                case KeyId:
                    keyId = reader.ReadString();
                    break;
                case WrappingVersion:
                    version = reader.ReadInt();
                    break;
                case EphemeralKey:
                    ephemeral = reader.ReadBytes();
                    break;
                case Nonce:
                    nonce = reader.ReadBytes();
                    break;
                case Ciphertext:
                    ciphertext = reader.ReadBytes();
                    break;
                case CreatedUs:
                    created = reader.ReadLong();
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

        value = new WrappedKey(kind, keyId, version, ephemeral, nonce, ciphertext, created);
        return true;
    }
}
