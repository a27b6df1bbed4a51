using System.Buffers;
using Avro;
using Avro.Generic;
using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Codec;

namespace Pipeline.Schemas.Tests;

/// <summary>Decodes into a fresh value or fails with a typed error: the shape every object codec's TryRead has.</summary>
internal delegate bool TryReadValue<T>(ReadOnlySpan<byte> input, out T? value, out DecodeError error);

/// <summary>
/// The checks every object codec must pass against Apache.Avro: same body bytes as its generic writer, readable
/// by its generic reader, able to read what it writes; and, on bad input, typed failure without exceptions.
/// </summary>
internal sealed class CodecConformance<T>(
    string recordName,
    Gen<T> values,
    Action<T, IBufferWriter<byte>> write,
    TryReadValue<T> tryRead,
    Func<RecordSchema, T, GenericRecord> toGeneric,
    Func<GenericRecord, T> fromGeneric,
    Action<T, T?> assertEqual)
    where T : class
{
    private static readonly Config s_config = Config.QuickThrowOnFailure.WithMaxTest(200);
    private readonly RecordSchema _schema = AvroReference.Schema(recordName);

    public void BodyEqualsApacheWriter() => Check.One(s_config, Prop.ForAll(values.ToArbitrary(), value =>
    {
        byte[] ours = AvroReference.Encode(value, write);
        Assert.Equal(AvroReference.WriteBody(_schema, toGeneric(_schema, value)), ours[10..]);
        Assert.Equal(0xC3, ours[0]);
        Assert.Equal(0x01, ours[1]);
        Assert.Equal(SchemaNormalization.ParsingFingerprint64(_schema), BitConverter.ToInt64(ours, 2));
    }));

    public void ApacheReaderReadsOurs() => Check.One(s_config, Prop.ForAll(values.ToArbitrary(), value =>
    {
        byte[] ours = AvroReference.Encode(value, write);
        assertEqual(value, fromGeneric(AvroReference.ReadBody(_schema, _schema, ours.AsSpan(10))));
    }));

    public void WeReadApacheOutput() => Check.One(s_config, Prop.ForAll(values.ToArbitrary(), value =>
    {
        byte[] framed = AvroReference.Frame(_schema, AvroReference.WriteBody(_schema, toGeneric(_schema, value)));
        Assert.True(tryRead(framed, out T? decoded, out DecodeError error), error.Detail);
        assertEqual(value, decoded);
    }));

    public void EveryTruncationFails(T sample)
    {
        byte[] bytes = AvroReference.Encode(sample, write);
        for (int length = 0; length < bytes.Length; length++)
        {
            Assert.False(tryRead(bytes.AsSpan(0, length), out _, out DecodeError error));
            Assert.Equal(DecodeErrorKind.Truncated, error.Kind);
        }

        Assert.False(tryRead([.. bytes, 0], out _, out DecodeError trailing));
        Assert.Equal(DecodeErrorKind.MalformedBody, trailing.Kind);
    }

    public void RandomBodiesNeverThrow()
    {
        Gen<byte[]> bodies = from n in Gen.Choose(0, 100) from b in Gen.ArrayOf(Gen.Choose(0, 255).Select(v => (byte)v), n) select b;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000), Prop.ForAll(bodies.ToArbitrary(), body =>
        {
            bool ok = tryRead(AvroReference.Frame(_schema, body), out T? value, out DecodeError error);
            Assert.True(ok ? value is not null : error.Detail.Length > 0);
        }));
    }
}
