using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Tests;

/// <summary>The one binding of the crypto-shredding keys: what agents seal with, what processors and erasure open with.</summary>
public sealed class ShreddingConfigurationTests
{
    private static readonly string s_routing = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly (byte[] Private, byte[] Public) s_pair = NewPair();
    private static readonly byte[] s_private = s_pair.Private;
    private static readonly byte[] s_public = s_pair.Public;

    [Fact]
    public void Sealing_AgentKeys_ParsedBySealingOptions()
    {
        SealingOptions options = ShreddingConfiguration.Sealing(Configuration(new()
        {
            ["Shredding:RoutingSecret"] = s_routing,
            ["Shredding:RoutingBuckets"] = "64",
            ["Shredding:PublicKey"] = Convert.ToBase64String(s_public),
            ["Shredding:PublicKeyVersion"] = "2",
            ["Shredding:DataKeyRotation"] = "06:00:00",
        }), developmentKeysByDefault: false);

        Assert.Equal((2, 64, TimeSpan.FromHours(6)), (options.PublicKeyVersion, options.Routing.Buckets, options.DataKeyRotation));
        Assert.False(options.IsDevelopment);
    }

    [Fact]
    public void Unsealing_ProcessorKeys_ParsedByUnsealingOptions()
    {
        UnsealingOptions options = ShreddingConfiguration.Unsealing(Configuration(new()
        {
            ["Shredding:RoutingSecret"] = s_routing,
            ["Shredding:PrivateKeys:2"] = Convert.ToBase64String(s_private),
        }), developmentKeysByDefault: false);

        Assert.Equal(2, options.CurrentVersion);
        Assert.Equal(s_private, options.PrivateKeys[2]);
    }

    [Theory]
    [InlineData(false, null, false)]
    [InlineData(true, null, true)]
    [InlineData(true, "false", false)]
    [InlineData(false, "true", true)]
    public void Sealing_NothingConfigured_DevelopmentKeysOnlyWhereAllowed(bool byDefault, string? flag, bool allowed)
    {
        var values = new Dictionary<string, string?>();
        if (flag is not null)
        {
            values["Shredding:AllowDevelopmentKeys"] = flag;
        }

        if (allowed)
        {
            Assert.Same(SealingOptions.Development, ShreddingConfiguration.Sealing(Configuration(values), byDefault));
            Assert.Same(UnsealingOptions.Development, ShreddingConfiguration.Unsealing(Configuration(values), byDefault));
        }
        else
        {
            Assert.StartsWith("no sealing keys configured", Assert.Throws<CliException>(() => ShreddingConfiguration.Sealing(Configuration(values), byDefault)).Message, StringComparison.Ordinal);
            Assert.StartsWith("no unsealing keys configured", Assert.Throws<CliException>(() => ShreddingConfiguration.Unsealing(Configuration(values), byDefault)).Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Shredding:AllowDevelopmentKeys", "yes", "configuration Shredding:AllowDevelopmentKeys 'yes' must be true or false")]
    [InlineData("Shredding:RoutingBuckets", "many", "configuration Shredding:RoutingBuckets 'many' must be a whole number")]
    [InlineData("Shredding:DataKeyRotation", "daily", "configuration Shredding:DataKeyRotation 'daily' must be a duration")]
    [InlineData("Shredding:Key", "x", "configuration section Shredding has no key 'Key'")]
    public void Sealing_BadValue_OneLineReason(string key, string value, string reason)
    {
        CliException error = Assert.Throws<CliException>(() => ShreddingConfiguration.Sealing(Configuration(new() { [key] = value }), developmentKeysByDefault: true));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Unsealing_PrivateKeyNotAKey_RefusedWithoutQuotingIt()
    {
        string garbage = Convert.ToBase64String(new byte[120]);

        CliException error = Assert.Throws<CliException>(() => ShreddingConfiguration.Unsealing(Configuration(new()
        {
            ["Shredding:RoutingSecret"] = s_routing,
            ["Shredding:PrivateKeys:1"] = garbage,
        }), developmentKeysByDefault: false));

        Assert.Equal("Shredding:PrivateKeys:1 must be a P-256 private key (PKCS#8, base64 DER)", error.Message);
    }

    private static (byte[] Private, byte[] Public) NewPair()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return (key.ExportPkcs8PrivateKey(), key.ExportSubjectPublicKeyInfo());
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
