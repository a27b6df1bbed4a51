using System.Text;
using Confluent.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

/// <summary>
/// Records on a keys topic as agents and processors write them (development key pair and routing secret, each in its
/// route's partition), for tests of erasure and of finding a person's keys.
/// </summary>
internal static class KeysTopicRecords
{
    private static readonly SubjectRouter s_router = new(UnsealingOptions.Development.Routing);

    /// <summary>Writes a person secret for <paramref name="subject"/>, as the processor owning their partition does, and returns it.</summary>
    public static async Task<PersonSecret> PublishSecretAsync(BrokerFixture broker, string topic, string subject)
    {
        PersonSecret secret = PersonSecret.Create(subject);
        string recordKey = s_router.PersonSecretKeyOf(subject);
        using var ring = new ProcessingKeyRing(UnsealingOptions.Development);
        byte[] value = WrappedKeys.Wrap(ring.Current, WrappedKeyKind.PersonSecret, recordKey, recordKey[(RecordKeys.RouteLength + 3)..],
            new KeyMaterial(secret.Value.ToArray(), subject, null), 1);
        await ProduceAsync(broker, topic, recordKey, value);
        return secret;
    }

    /// <summary>Writes a data key of <paramref name="subject"/>'s device, as the device does, and returns its record key.</summary>
    public static async Task<string> PublishDataKeyAsync(BrokerFixture broker, string topic, string subject, string device, ProcessingPublicKey? wrapping = null)
    {
        using var key = DataKey.Generate();
        byte[] material = new byte[DataKey.KeyBytes];
        key.CopyKeyTo(material);
        string recordKey = RecordKeys.DataKey(s_router.RouteOf(subject), key.Id);
        using var development = new ProcessingPublicKey(SealingOptions.Development.PublicKeyVersion, SealingOptions.Development.PublicKey);
        byte[] value = WrappedKeys.Wrap(wrapping ?? development, WrappedKeyKind.DataKey, recordKey, key.Id, new KeyMaterial(material, subject, device), 1);
        await ProduceAsync(broker, topic, recordKey, value);
        return recordKey;
    }

    /// <summary>The routing bucket count that puts everyone in one route, to test people sharing it.</summary>
    public static string RouteOf(string subject) => s_router.RouteOf(subject);

    private static async Task ProduceAsync(BrokerFixture broker, string topic, string recordKey, byte[] value)
    {
        byte[] key = Encoding.UTF8.GetBytes(recordKey);
        using IProducer<byte[]?, byte[]> producer = broker.CreateProducer();
        await producer.ProduceAsync(new TopicPartition(topic, RecordKeys.KeysPartition(key, broker.Partitions(topic).Count)), new Message<byte[]?, byte[]> { Key = key, Value = value });
    }
}
