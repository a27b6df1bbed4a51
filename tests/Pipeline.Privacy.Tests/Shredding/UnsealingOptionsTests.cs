using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class UnsealingOptionsTests
{
    private static readonly string s_secret = Convert.ToBase64String(new byte[32]);
    private static readonly byte[] s_key1 = ProcessingKeyRingTests.NewPrivateKey();
    private static readonly byte[] s_key2 = ProcessingKeyRingTests.NewPrivateKey();

    [Fact]
    public void FromConfiguration_NothingAndDevelopmentAllowed_DevelopmentKeys()
    {
        UnsealingOptions options = UnsealingOptions.FromConfiguration(null, null, new Dictionary<string, string?>(), null, allowDevelopmentKeys: true);

        Assert.Same(UnsealingOptions.Development, options);
        Assert.True(options.IsDevelopment);
    }

    [Fact]
    public void FromConfiguration_NothingAndNoDevelopment_RefusedWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(null, null, new Dictionary<string, string?>(), null, allowDevelopmentKeys: false));

        Assert.Contains("no unsealing keys configured", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_TwoVersions_UsesCurrentVersion()
    {
        var keys = new Dictionary<string, string?> { ["1"] = Convert.ToBase64String(s_key1), ["2"] = Convert.ToBase64String(s_key2) };

        UnsealingOptions options = UnsealingOptions.FromConfiguration(s_secret, null, keys, "2", false);

        Assert.Equal(2, options.CurrentVersion);
        Assert.Equal(s_key1, options.PrivateKeys[1]);
        Assert.Contains("set Shredding:CurrentVersion", Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(s_secret, null, keys, null, false)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "must be a positive whole number")]
    [InlineData("one", "must be a positive whole number")]
    public void FromConfiguration_BadVersion_RefusedWithReason(string version, string reason) =>
        Assert.Contains(reason, Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(s_secret, null,
            new Dictionary<string, string?> { [version] = Convert.ToBase64String(s_key1) }, null, false)).Message, StringComparison.Ordinal);

    [Fact]
    public void FromConfiguration_NotAPrivateKey_RefusedWithoutQuotingIt()
    {
        string garbage = Convert.ToBase64String(new byte[138]);

        var ex = Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(s_secret, null, new Dictionary<string, string?> { ["1"] = garbage }, null, false));

        Assert.Contains("must be a P-256 private key", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(garbage, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_CurrentVersionNotConfigured_RefusedWithReason() =>
        Assert.Contains("names no configured private key", Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(s_secret, null,
            new Dictionary<string, string?> { ["1"] = Convert.ToBase64String(s_key1) }, "4", false)).Message, StringComparison.Ordinal);

    [Fact]
    public void FromConfiguration_KeysWithoutRoutingSecret_RefusedWithReason() =>
        Assert.Contains("go together", Assert.Throws<ArgumentException>(() => UnsealingOptions.FromConfiguration(null, null,
            new Dictionary<string, string?> { ["1"] = Convert.ToBase64String(s_key1) }, null, true)).Message, StringComparison.Ordinal);
}
