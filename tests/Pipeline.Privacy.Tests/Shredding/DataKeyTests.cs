using System.Text;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class DataKeyTests
{
    private static readonly byte[] s_plaintext = Encoding.UTF8.GetBytes("Inbox (3) - alice@example.com - Thunderbird");
    private static readonly byte[] s_bound = "route r00a7, key, fingerprint"u8.ToArray();

    [Fact]
    public void Seal_ThenOpen_ReturnsThePlaintext()
    {
        using var key = DataKey.Generate();
        byte[] nonce = new byte[DataKey.NonceBytes];
        byte[] sealedBytes = new byte[s_plaintext.Length + DataKey.TagBytes];
        key.Seal(s_plaintext, s_bound, nonce, sealedBytes);
        byte[] opened = new byte[s_plaintext.Length];

        Assert.True(key.TryOpen(nonce, sealedBytes, s_bound, opened));
        Assert.Equal(s_plaintext, opened);
        Assert.Equal(-1, sealedBytes.AsSpan().IndexOf(s_plaintext.AsSpan(0, 8)));
    }

    [Fact]
    public void Seal_SamePlaintextTwice_FreshNonceAndCiphertext()
    {
        using var key = DataKey.Generate();
        (byte[] nonce1, byte[] sealed1) = Seal(key);
        (byte[] nonce2, byte[] sealed2) = Seal(key);

        Assert.NotEqual(nonce1, nonce2);
        Assert.NotEqual(sealed1, sealed2);
    }

    [Fact]
    public void TryOpen_OtherAssociatedData_FalseAndZeroed()
    {
        using var key = DataKey.Generate();
        (byte[] nonce, byte[] sealedBytes) = Seal(key);
        byte[] opened = new byte[s_plaintext.Length];

        Assert.False(key.TryOpen(nonce, sealedBytes, "route r00a8, key, fingerprint"u8, opened));
        Assert.All(opened, b => Assert.Equal(0, b));
    }

    [Fact]
    public void TryOpen_OneBitFlipped_False()
    {
        using var key = DataKey.Generate();
        (byte[] nonce, byte[] sealedBytes) = Seal(key);
        sealedBytes[3] ^= 1;

        Assert.False(key.TryOpen(nonce, sealedBytes, s_bound, new byte[s_plaintext.Length]));
    }

    [Fact]
    public void TryOpen_AnotherKey_False()
    {
        using var key = DataKey.Generate();
        using var other = DataKey.Generate();
        (byte[] nonce, byte[] sealedBytes) = Seal(key);

        Assert.False(other.TryOpen(nonce, sealedBytes, s_bound, new byte[s_plaintext.Length]));
    }

    [Fact]
    public void FromMaterial_CopiedKey_OpensWhatTheOriginalSealed()
    {
        using var key = DataKey.Generate();
        byte[] material = new byte[DataKey.KeyBytes];
        key.CopyKeyTo(material);
        using DataKey copy = DataKey.FromMaterial(key.Id, material);
        (byte[] nonce, byte[] sealedBytes) = Seal(key);

        Assert.True(copy.TryOpen(nonce, sealedBytes, s_bound, new byte[s_plaintext.Length]));
        Assert.True(DataKey.IsKeyId(key.Id));
    }

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef", 16)]
    [InlineData("not-an-id", 32)]
    [InlineData("0123456789ABCDEF0123456789ABCDEF", 32)]
    public void FromMaterial_BadIdOrLength_Throws(string id, int length) =>
        Assert.Throws<ArgumentException>(() => DataKey.FromMaterial(id, new byte[length]));

    private static (byte[] Nonce, byte[] Sealed) Seal(DataKey key)
    {
        byte[] nonce = new byte[DataKey.NonceBytes];
        byte[] sealedBytes = new byte[s_plaintext.Length + DataKey.TagBytes];
        key.Seal(s_plaintext, s_bound, nonce, sealedBytes);
        return (nonce, sealedBytes);
    }
}
