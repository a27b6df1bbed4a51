using System.Text;
using Avro;

namespace Pipeline.Schemas.Tests;

public sealed class AvroFingerprintTests
{
    [Fact]
    public void Compute_NoBytes_IsTheEmptyFingerprint() => Assert.Equal(AvroFingerprint.Empty, AvroFingerprint.Compute([]));

    [Theory]
    [InlineData("\"int\"")]
    [InlineData("\"string\"")]
    [InlineData("{\"type\":\"array\",\"items\":\"long\"}")]
    public void Compute_CanonicalForm_MatchesApacheRabinFingerprint(string json)
    {
        Schema schema = Schema.Parse(json);
        byte[] canonical = Encoding.UTF8.GetBytes(SchemaNormalization.ToParsingForm(schema));

        Assert.Equal(BitConverter.ToUInt64(SchemaNormalization.Fingerprint("CRC-64-AVRO", canonical)), AvroFingerprint.Compute(canonical));
    }

    [Fact]
    public void Compute_ArbitraryBytes_MatchesApacheCrc64Avro()
    {
        var random = new Random(11);
        for (int length = 0; length < 300; length++)
        {
            var data = new byte[length];
            random.NextBytes(data);
            Assert.Equal(BitConverter.ToUInt64(SchemaNormalization.Fingerprint("CRC-64-AVRO", data)), AvroFingerprint.Compute(data));
        }
    }

    [Fact]
    public void Compute_OneByteChanged_ChangesFingerprint() =>
        Assert.NotEqual(AvroFingerprint.Compute("\"int\""u8), AvroFingerprint.Compute("\"inu\""u8));
}
