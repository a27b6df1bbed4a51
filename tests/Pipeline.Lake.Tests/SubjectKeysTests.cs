using System.Security.Cryptography;
using Pipeline.Lake.Governance;
using Pipeline.Lake.Tests;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

/// <summary><see cref="SubjectKeys"/> against the embedded broker's keys topic.</summary>
public sealed class SubjectKeysTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Find_PersonWithSecretAndTwoDevices_TheirSecretAndEveryDataKey()
    {
        string topic = broker.CreateTopic("keys", 3);
        PersonSecret secret = await KeysTopicRecords.PublishSecretAsync(broker, topic, "kate");
        string laptop = await KeysTopicRecords.PublishDataKeyAsync(broker, topic, "kate", "kate-laptop");
        string desktop = await KeysTopicRecords.PublishDataKeyAsync(broker, topic, "kate", "kate-desktop");
        await KeysTopicRecords.PublishDataKeyAsync(broker, topic, "liam", "liam-laptop");

        SubjectKeys found = SubjectKeys.Find(broker.Settings, topic, UnsealingOptions.Development, "kate", s_timeout, TimeProvider.System);

        Assert.NotNull(found.Secret);
        Assert.True(found.Secret.Value.SequenceEqual(secret.Value));
        Assert.Equal(new[] { laptop, desktop }.Order(StringComparer.Ordinal), found.DataKeyRecordKeys);
        Assert.Equal(KeysTopicRecords.RouteOf("kate"), found.Route);
        Assert.Equal(0, found.UnreadableDataKeys);
    }

    [Fact]
    public async Task Find_AfterTombstones_NoSecretAndNoKeys()
    {
        string topic = broker.CreateTopic("keys", 2);
        await KeysTopicRecords.PublishSecretAsync(broker, topic, "mona");
        string dataKey = await KeysTopicRecords.PublishDataKeyAsync(broker, topic, "mona", "mona-laptop");
        SubjectKeys before = SubjectKeys.Find(broker.Settings, topic, UnsealingOptions.Development, "mona", s_timeout, TimeProvider.System);

        await TopicTombstones.SendAsync(broker.Settings, [new Tombstone(topic, dataKey, before.Partition), new Tombstone(topic, before.SecretRecordKey, before.Partition)], CancellationToken.None);
        SubjectKeys after = SubjectKeys.Find(broker.Settings, topic, UnsealingOptions.Development, "mona", s_timeout, TimeProvider.System);

        Assert.Null(after.Secret);
        Assert.Empty(after.DataKeyRecordKeys);
    }

    [Fact]
    public async Task Find_DataKeyForAKeyPairNotConfigured_CountedAsUnreadable()
    {
        string topic = broker.CreateTopic("keys", 1);
        using var foreign = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        using var wrapping = new ProcessingPublicKey(7, foreign.ExportSubjectPublicKeyInfo());
        await KeysTopicRecords.PublishDataKeyAsync(broker, topic, "nina", "nina-laptop", wrapping);

        SubjectKeys found = SubjectKeys.Find(broker.Settings, topic, UnsealingOptions.Development, "nina", s_timeout, TimeProvider.System);

        Assert.Equal(1, found.UnreadableDataKeys);
        Assert.Empty(found.DataKeyRecordKeys);
        Assert.Null(found.Secret);
    }
}
