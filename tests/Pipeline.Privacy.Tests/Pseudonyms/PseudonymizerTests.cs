using System.Security.Cryptography;
using System.Text;
using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Privacy.Tests.Pseudonyms;

public sealed class PseudonymizerTests
{
    private static readonly byte[] s_key1 = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] s_key2 = Enumerable.Range(100, 32).Select(i => (byte)i).ToArray();

    private static readonly byte[] s_secret = Enumerable.Range(200, 32).Select(i => (byte)i).ToArray();

    private static PseudonymOptions TwoKeys(int current) => new()
    {
        Keys = new Dictionary<int, byte[]> { [1] = s_key1, [2] = s_key2 },
        CurrentVersion = current,
    };

    [Fact]
    public void Subject_KnownKeyAndSecret_IsTruncatedHmacOfDomainSecretAndId()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));
        byte[] message = [.. "subject\0"u8, .. s_secret, .. "alice"u8];
        byte[] expected = HMACSHA256.HashData(s_key1, message);

        string pseudonym = pseudonymizer.Subject(new PersonSecret("alice", s_secret), 1);

        Assert.Equal(Convert.ToHexStringLower(expected.AsSpan(0, 16)), pseudonym);
        Assert.Equal(Pseudonymizer.PseudonymLength, pseudonym.Length);
    }

    [Fact]
    public void Subject_RawIdAndKeysWithoutTheSecret_CannotBeRecomputed()
    {
        // What an attacker with the raw id and every pseudonym key can compute, once the person's secret is gone: the
        // id under the key (the derivation before per-person secrets) and the id under a secret of their own choosing.
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));
        string real = pseudonymizer.Subject(PersonSecret.Create("alice"), 1);
        string withoutSecret = Convert.ToHexStringLower(HMACSHA256.HashData(s_key1, Encoding.UTF8.GetBytes("subject\0alice")).AsSpan(0, 16));
        string otherSecret = pseudonymizer.Subject(PersonSecret.Create("alice"), 1);

        Assert.NotEqual(withoutSecret, real);
        Assert.NotEqual(otherSecret, real);
    }

    [Fact]
    public void Subject_DifferentVersionsAndDomains_Differ()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(2));
        var alice = new PersonSecret("alice", s_secret);

        string v1 = pseudonymizer.Subject(alice, 1);
        string v2 = pseudonymizer.Subject(alice, 2);
        string device = pseudonymizer.Device(alice, "alice", 2);

        Assert.NotEqual(v1, v2);
        Assert.NotEqual(v2, device);
        Assert.Equal(2, pseudonymizer.CurrentVersion);
    }

    [Fact]
    public void Subject_SamePersonTwice_ReturnsCachedInstance()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));
        var bob = new PersonSecret("bob", s_secret);

        Assert.Same(pseudonymizer.Subject(bob, 1), pseudonymizer.Subject(bob, 1));
        Assert.Same(pseudonymizer.Device(bob, "laptop", 1), pseudonymizer.Device(bob, new string("laptop".AsSpan()), 1));
    }

    [Fact]
    public void Subject_SameSecretOnAnotherInstance_SamePseudonym()
    {
        // The processor that made the secret and erasure (or export) reading it back derive the same pseudonyms.
        string made = new Pseudonymizer(TwoKeys(1)).Subject(new PersonSecret("carol", s_secret), 2);
        string found = new Pseudonymizer(TwoKeys(2)).Subject(new PersonSecret("carol", s_secret), 2);

        Assert.Equal(made, found);
    }

    [Fact]
    public void AllSubjectPseudonyms_TwoVersions_OnePerVersionInOrder()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(2));
        var dora = new PersonSecret("dora", s_secret);

        Assert.Equal([pseudonymizer.Subject(dora, 1), pseudonymizer.Subject(dora, 2)], pseudonymizer.AllSubjectPseudonyms(dora));
    }

    [Fact]
    public void Subject_UnknownVersion_Throws()
    {
        var pseudonymizer = new Pseudonymizer(TwoKeys(1));

        Assert.Throws<ArgumentOutOfRangeException>(() => pseudonymizer.Subject(new PersonSecret("bob", s_secret), 7));
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
