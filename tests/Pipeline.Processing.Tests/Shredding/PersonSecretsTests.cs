using System.Security.Cryptography;
using System.Text;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Runner;
using Pipeline.Processing.Shredding;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Shredding;

public sealed class PersonSecretsTests
{
    [Fact]
    public void Resolve_FirstSight_MakesOneAndWritesItOncePerTransaction()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        var written = new List<(string Key, byte[] Value)>();
        var secrets = new PersonSecrets(table, new ManualTime(), (k, v) => written.Add((k, v)));

        PersonSecret first = secrets.Resolve("gus");
        PersonSecret again = secrets.Resolve("gus");
        secrets.Committed();
        secrets.Resolve("gus");

        Assert.Same(first, again);
        Assert.Equal(1, secrets.Made);
        (string key, byte[] value) = Assert.Single(written);
        Assert.Equal(ShreddingRecords.Router.PersonSecretKeyOf("gus"), key);
        Assert.Equal(-1, value.AsSpan().IndexOf("gus"u8));
    }

    [Fact]
    public void Resolve_AfterAnAbortedTransaction_TheSameSecretWrittenAgain()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        var written = new List<(string Key, byte[] Value)>();
        var secrets = new PersonSecrets(table, new ManualTime(), (k, v) => written.Add((k, v)));

        PersonSecret made = secrets.Resolve("hal");
        secrets.Aborted();
        PersonSecret replayed = secrets.Resolve("hal");

        Assert.Same(made, replayed);
        Assert.Equal(2, written.Count);
        Assert.Equal(written[0].Value, written[1].Value);
        Assert.Equal(1, secrets.Made);
    }

    [Fact]
    public void Resolve_SecretReadFromTheTopic_UsedAndNotWrittenAgain()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var ida = new ShreddingRecords("ida");
        (byte[] key, byte[] value) = ida.SecretRecord(out PersonSecret published);
        table.Apply(key, value);
        var written = new List<(string Key, byte[] Value)>();
        var secrets = new PersonSecrets(table, new ManualTime(), (k, v) => written.Add((k, v)));

        PersonSecret found = secrets.Resolve("ida");

        Assert.True(found.Value.SequenceEqual(published.Value));
        Assert.Empty(written);
        Assert.Equal(0, secrets.Made);
    }

    [Fact]
    public void Resolve_SecretWrappedUnderAnOlderKeyPair_WrappedAgainUnderTheCurrentOne()
    {
        byte[] oldKey = NewKey(), newKey = NewKey();
        var options = new UnsealingOptions
        {
            Routing = UnsealingOptions.Development.Routing,
            PrivateKeys = new Dictionary<int, byte[]> { [1] = oldKey, [2] = newKey },
            CurrentVersion = 2,
        };
        using var table = new KeysTable(options);
        using var jon = new ShreddingRecords("jon");
        using var oldPublic = new ProcessingPublicKey(1, PublicOf(oldKey));
        (byte[] key, byte[] value) = jon.SecretRecord(out PersonSecret published, oldPublic);
        table.Apply(key, value);
        var written = new List<(string Key, byte[] Value)>();
        var secrets = new PersonSecrets(table, new ManualTime(), (k, v) => written.Add((k, v)));

        PersonSecret found = secrets.Resolve("jon");

        Assert.True(found.Value.SequenceEqual(published.Value));
        (string writtenKey, byte[] rewrapped) = Assert.Single(written);
        Assert.Equal(Encoding.UTF8.GetString(key), writtenKey);
        Assert.True(Schemas.Codec.WrappedKeyCodec.TryRead(rewrapped, out Schemas.Model.WrappedKey? wrapped, out _));
        Assert.Equal(2, wrapped.WrappingVersion);
    }

    [Fact]
    public void Resolve_SecretThatDoesNotUnwrap_StopsRatherThanMakingASecondOne()
    {
        using var table = new KeysTable(UnsealingOptions.Development);
        using var kim = new ShreddingRecords("kim");
        using var foreign = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var elsewhere = new ProcessingPublicKey(9, foreign.ExportSubjectPublicKeyInfo());
        (byte[] key, byte[] value) = kim.SecretRecord(out _, elsewhere);
        table.Apply(key, value);
        var secrets = new PersonSecrets(table, new ManualTime(), (_, _) => Assert.Fail("nothing may be written"));

        ProcessorStoppedException stop = Assert.Throws<ProcessorStoppedException>(() => secrets.Resolve("kim"));

        Assert.Equal(ProcessorStopReason.Misconfigured, stop.Reason);
        Assert.Contains("version 9", stop.Message, StringComparison.Ordinal);
    }

    private static byte[] NewKey()
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKey();
    }

    private static byte[] PublicOf(byte[] pkcs8)
    {
        using var key = ECDiffieHellman.Create();
        key.ImportPkcs8PrivateKey(pkcs8, out _);
        return key.ExportSubjectPublicKeyInfo();
    }
}
