using System.Security.Cryptography;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class ProcessingKeyRingTests
{
    private static readonly byte[] s_secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] s_bound = "r0001/k/0123"u8.ToArray();

    [Fact]
    public void TryUnwrap_WrappedForItsPublicKey_ReturnsTheSecret()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        using var publicKey = new ProcessingPublicKey(SealingOptions.Development.PublicKeyVersion, SealingOptions.Development.PublicKey);

        WrappedSecret wrapped = publicKey.Wrap(s_secret, s_bound);

        Assert.True(ring.TryUnwrap(wrapped, s_bound, out byte[]? secret));
        Assert.Equal(s_secret, secret);
        Assert.Equal(KeyAgreementPointBytes, wrapped.EphemeralKey.Length);
        Assert.Equal(-1, wrapped.Ciphertext.AsSpan().IndexOf(s_secret.AsSpan(0, 8)));
    }

    [Fact]
    public void Wrap_SameSecretTwice_FreshEphemeralKeys()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);

        WrappedSecret first = ring.Current.Wrap(s_secret, s_bound);
        WrappedSecret second = ring.Current.Wrap(s_secret, s_bound);

        Assert.NotEqual(first.EphemeralKey, second.EphemeralKey);
        Assert.NotEqual(first.Ciphertext, second.Ciphertext);
    }

    [Fact]
    public void TryUnwrap_MovedToAnotherRecord_False()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        WrappedSecret wrapped = ring.Current.Wrap(s_secret, s_bound);

        Assert.False(ring.TryUnwrap(wrapped, "r0002/k/0123"u8, out _));
    }

    [Fact]
    public void TryUnwrap_AnotherKeyPairsRing_False()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        WrappedSecret wrapped = ring.Current.Wrap(s_secret, s_bound);
        using var other = new ProcessingKeyRing(Options(new Dictionary<int, byte[]> { [1] = NewPrivateKey() }, current: 1));

        Assert.False(other.TryUnwrap(wrapped with { Version = 1 }, s_bound, out _));
        Assert.False(other.TryUnwrap(wrapped, s_bound, out _));
    }

    [Fact]
    public void TryUnwrap_DamagedEphemeralKey_False()
    {
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        WrappedSecret wrapped = ring.Current.Wrap(s_secret, s_bound);
        byte[] damaged = (byte[])wrapped.EphemeralKey.Clone();
        damaged[10] ^= 0xff;

        Assert.False(ring.TryUnwrap(wrapped with { EphemeralKey = damaged }, s_bound, out _));
        Assert.False(ring.TryUnwrap(wrapped with { EphemeralKey = new byte[7] }, s_bound, out _));
    }

    [Fact]
    public void TryUnwrap_TwoVersions_EachOpensItsOwn()
    {
        byte[] one = NewPrivateKey(), two = NewPrivateKey();
        using var ring = new ProcessingKeyRing(Options(new Dictionary<int, byte[]> { [1] = one, [2] = two }, current: 2));
        using var oldPublic = new ProcessingPublicKey(1, PublicKeyOf(one));

        Assert.True(ring.TryUnwrap(oldPublic.Wrap(s_secret, s_bound), s_bound, out _));
        Assert.True(ring.TryUnwrap(ring.Current.Wrap(s_secret, s_bound), s_bound, out _));
        Assert.Equal(2, ring.Current.Version);
    }

    private const int KeyAgreementPointBytes = 65;

    internal static byte[] NewPrivateKey()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKey();
    }

    internal static byte[] PublicKeyOf(byte[] pkcs8)
    {
        using var key = ECDiffieHellman.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return key.ExportSubjectPublicKeyInfo();
    }

    private static UnsealingOptions Options(Dictionary<int, byte[]> keys, int current) =>
        new() { Routing = new RoutingOptions { Secret = new byte[32] }, PrivateKeys = keys, CurrentVersion = current };
}
