using System.Security.Cryptography;
using System.Text;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Privacy.Tests.Pseudonyms;

public sealed class PseudonymizerTests
{
    private static readonly byte[] s_key1 = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] s_key2 = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    private static PseudonymOptions TwoKeys(int current) => new()
    {
        Keys = new Dictionary<int, byte[]> { [1] = s_key1, [2] = s_key2 },
        CurrentVersion = current,
    };

    [Fact]
    public void Subject_KnownKey_IsTruncatedHmacOfDomainAndId()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));
        byte[] expected = HMACSHA256.HashData(s_key1, Encoding.UTF8.GetBytes("subject\0alice"));

        string pseudonym = pseudonymizer.Subject("alice", 1);

        Assert.Equal(Convert.ToHexStringLower(expected.AsSpan(0, 16)), pseudonym);
        Assert.Equal(Pseudonymizer.PseudonymLength, pseudonym.Length);
    }

    [Fact]
    public void Subject_DifferentVersionsAndDomains_Differ()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(2));

        string v1 = pseudonymizer.Subject("alice", 1);
        string v2 = pseudonymizer.Subject("alice", 2);
        string device = pseudonymizer.Device("alice", 2);

        Assert.NotEqual(v1, v2);
        Assert.NotEqual(v2, device);
        Assert.Equal(2, pseudonymizer.CurrentVersion);
    }

    [Fact]
    public void Subject_SameIdTwice_ReturnsCachedInstance()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));

        Assert.Same(pseudonymizer.Subject("bob", 1), pseudonymizer.Subject(new string("bob".AsSpan()), 1));
    }

    [Fact]
    public void Subject_UnknownVersion_Throws()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => pseudonymizer.Subject("bob", 7));
    }

    [Fact]
    public void FromConfiguration_NoKeyAndNoDemo_RefusesWithReason()
    {
        var ex = Assert.Throws<ArgumentException>(() => PseudonymOptions.FromConfiguration(new Dictionary<string, string?>(), null, allowDevelopmentKey: false));

        Assert.Contains("no pseudonym key configured", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void FromConfiguration_NoKeyWithDemo_UsesDevelopmentKey()
    {
        PseudonymOptions options = PseudonymOptions.FromConfiguration(new Dictionary<string, string?>(), null, allowDevelopmentKey: true);

        Assert.Equal(PseudonymOptions.DevelopmentKeyVersion, options.CurrentVersion);
    }

    [Theory]
    [InlineData("1", "c2hvcnQ=", null, "at least 32 bytes")]
    [InlineData("x", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", null, "positive whole number")]
    [InlineData("1", "not base64!", null, "not valid base64")]
    [InlineData("1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "3", "names no configured key")]
    public void FromConfiguration_BadValue_RefusesWithReason(string version, string secret, string? current, string reason)
    {
        var ex = Assert.Throws<ArgumentException>(() => PseudonymOptions.FromConfiguration(new Dictionary<string, string?> { [version] = secret }, current, allowDevelopmentKey: false));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_TwoKeys_UsesCurrentVersion()
    {
        var keys = new Dictionary<string, string?> { ["1"] = Convert.ToBase64String(s_key1), ["2"] = Convert.ToBase64String(s_key2) };

        PseudonymOptions options = PseudonymOptions.FromConfiguration(keys, "2", allowDevelopmentKey: false);

        Assert.Equal(2, options.CurrentVersion);
        Assert.Equal(s_key2, options.Keys[2]);
    }
}
