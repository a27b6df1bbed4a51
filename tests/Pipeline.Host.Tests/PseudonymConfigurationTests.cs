using Microsoft.Extensions.Configuration;
using Pipeline.Host.Hosting;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Host.Tests;

/// <summary>The one binding of the pseudonym keys, shared by the processor, the demo, the bench and erasure.</summary>
public sealed class PseudonymConfigurationTests
{
    private static readonly string s_key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public void Load_KeysAndVersion_ParsedByPseudonymOptions()
    {
        PseudonymOptions options = PseudonymConfiguration.Load(Configuration(new() { ["Pseudonym:Keys:2"] = s_key, ["Pseudonym:CurrentVersion"] = "2" }), developmentKeyByDefault: false);

        Assert.Equal(2, options.CurrentVersion);
        Assert.Equal(Convert.FromBase64String(s_key), options.Keys[2]);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void Load_NoKeyAndFlagUnset_DevelopmentKeyOnlyWhereTheRoleAllowsIt(bool byDefault, bool allowed)
    {
        IConfiguration configuration = Configuration([]);

        if (allowed)
        {
            Assert.Same(PseudonymOptions.Development, PseudonymConfiguration.Load(configuration, byDefault));
        }
        else
        {
            CliException error = Assert.Throws<CliException>(() => PseudonymConfiguration.Load(configuration, byDefault));
            Assert.StartsWith("no pseudonym key configured", error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("true", false)]
    [InlineData("True", false)]
    [InlineData("false", true)]
    public void Load_FlagGiven_WinsOverTheRoleDefault(string flag, bool byDefault)
    {
        IConfiguration configuration = Configuration(new() { ["Pseudonym:AllowDevelopmentKey"] = flag });

        bool allowed = bool.Parse(flag);
        if (allowed)
        {
            Assert.Same(PseudonymOptions.Development, PseudonymConfiguration.Load(configuration, byDefault));
        }
        else
        {
            Assert.Throws<CliException>(() => PseudonymConfiguration.Load(configuration, byDefault));
        }
    }

    [Theory]
    [InlineData("Pseudonym:AllowDevelopmentKey", "yes", "configuration Pseudonym:AllowDevelopmentKey 'yes' must be true or false")]
    [InlineData("Pseudonym:Keys:1", "###", "pseudonym key version 1 is not valid base64")]
    [InlineData("Pseudonym:Keys:0", "AAAA", "pseudonym key version '0' must be a positive whole number")]
    [InlineData("Pseudonym:CurrentVersion", "two", "no pseudonym key configured")]
    [InlineData("Pseudonym:Secret", "x", "configuration section Pseudonym has no key 'Secret'")]
    public void Load_BadValue_OneLineReason(string key, string value, string reason)
    {
        CliException error = Assert.Throws<CliException>(() => PseudonymConfiguration.Load(Configuration(new() { [key] = value }), developmentKeyByDefault: false));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
