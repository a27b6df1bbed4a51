using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class SealingOptionsTests
{
    private static readonly string s_secret = Convert.ToBase64String(new byte[32]);
    private static readonly string s_publicKey = Convert.ToBase64String(ProcessingKeyRingTests.PublicKeyOf(ProcessingKeyRingTests.NewPrivateKey()));

    [Fact]
    public void FromConfiguration_NothingAndDevelopmentAllowed_DevelopmentKeys()
    {
        SealingOptions options = SealingOptions.FromConfiguration(null, null, null, null, null, allowDevelopmentKeys: true);

        Assert.Same(SealingOptions.Development, options);
        Assert.True(options.IsDevelopment);
    }

    [Fact]
    public void FromConfiguration_NothingAndNoDevelopment_RefusedWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => SealingOptions.FromConfiguration(null, null, null, null, null, allowDevelopmentKeys: false));

        Assert.Contains("no sealing keys configured", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void FromConfiguration_EverythingGiven_UsesIt()
    {
        SealingOptions options = SealingOptions.FromConfiguration(s_secret, 64, s_publicKey, "3", TimeSpan.FromHours(6), allowDevelopmentKeys: false);

        Assert.Equal(3, options.PublicKeyVersion);
        Assert.Equal(64, options.Routing.Buckets);
        Assert.Equal(TimeSpan.FromHours(6), options.DataKeyRotation);
        Assert.False(options.IsDevelopment);
        Assert.Equal(SealingOptions.DefaultRotation, SealingOptions.FromConfiguration(s_secret, null, s_publicKey, "3", null, false).DataKeyRotation);
    }

    [Theory]
    [InlineData(true, false, true, "go together")]
    [InlineData(true, true, false, "go together")]
    public void FromConfiguration_PartlyGiven_RefusedWithReason(bool secret, bool publicKey, bool version, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => SealingOptions.FromConfiguration(secret ? s_secret : null, null, publicKey ? s_publicKey : null, version ? "1" : null, null, true));
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "must be a positive whole number")]
    [InlineData("x", "must be a positive whole number")]
    public void FromConfiguration_BadVersion_RefusedWithReason(string version, string reason) =>
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => SealingOptions.FromConfiguration(s_secret, null, s_publicKey, version, null, false)).Message, StringComparison.Ordinal);

    [Fact]
    public void FromConfiguration_NotAP256PublicKey_RefusedWithReason()
    {
        string notAKey = Convert.ToBase64String(new byte[91]);

        var ex = Assert.Throws<ArgumentException>(() => SealingOptions.FromConfiguration(s_secret, null, notAKey, "1", null, false));

        Assert.Contains("P-256 public key", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(60 * 24 * 31)]
    public void Validate_RotationOutOfRange_RefusedWithReason(double minutes) =>
        Assert.Contains("DataKeyRotation", Assert.Throws<ArgumentException>(() => (SealingOptions.Development with { DataKeyRotation = TimeSpan.FromMinutes(minutes) }).Validate()).Message, StringComparison.Ordinal);
}
