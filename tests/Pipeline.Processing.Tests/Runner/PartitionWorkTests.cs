using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Kafka.Records;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Consent;
using Pipeline.Processing.Runner;
using Pipeline.Processing.Shredding;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="PartitionWork"/> on its own against the embedded broker, its clock the scenario's fake one.</summary>
public sealed class PartitionWorkTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public void Restore_AfterCommit_ResumesAtThePositionWithTheOpenSessions()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        using (var transaction = NewTransaction(scenario, scenario.Options))
        {
            PartitionWork work = NewWork(scenario, transaction, 0, scenario.Options);
            work.Restore(0);
            Process(scenario, work, 0, "yuri", 0);
            Process(scenario, work, 1, "zoe", 0);
            transaction.Commit(group.ConsumerGroupMetadata);
            work.JoinToSeal();
            transaction.Commit(group.ConsumerGroupMetadata);
        }

        // A successor reads the keys topic to its end before it restores (the runner's keys reader): the secrets the
        // first work committed say whose state is live.
        using var next = NewTransaction(scenario, scenario.Options);
        PartitionWork successor = NewWork(scenario, next, 0, scenario.Options, KeysTopicRecords(scenario));
        successor.Restore(0);

        Assert.Equal(2, successor.NextOffset);
        Assert.Equal(2, successor.Subjects);
        Assert.Equal(2, successor.OpenSessions);
    }

    /// <summary>Every record on the scenario's keys topic, in order (the secrets processors committed).</summary>
    internal List<(byte[]? Key, byte[]? Value)> KeysTopicRecords(ProcessorScenario scenario) =>
        broker.ReadToEnd(scenario.Topics.Keys, TimeSpan.FromSeconds(20)).Select(r => (r.Message.Key, (byte[]?)r.Message.Value)).ToList();

    internal static InstanceTransaction NewTransaction(ProcessorScenario scenario, ProcessorOptions options) =>
        new(options.TransactionalIdFor(Guid.NewGuid().ToString("N")), options, scenario.Settings, scenario.Time, new ProcessorProgress());

    internal static PartitionWork NewWork(ProcessorScenario scenario, InstanceTransaction transaction, int partition, ProcessorOptions options,
        IEnumerable<(byte[]? Key, byte[]? Value)>? keysTopic = null)
    {
        var pseudonymizer = new Pseudonymizer(options.Pseudonyms);
        var consent = new ConsentTable();
        var keys = new KeysTable(options.Unsealing);
        foreach (string subject in new[] { "xena", "yuri", "zoe" })
        {
            consent.Apply(new ConsentChange(subject, subject + "-laptop", ConsentState.Granted, T0, null, "v1", []));
            (byte[] key, byte[] value) = scenario.DataKeyRecord(subject);
            keys.Apply(key, value);
        }

        foreach ((byte[]? key, byte[]? value) in keysTopic ?? [])
        {
            keys.Apply(key, value);
        }

        return new PartitionWork(partition, transaction, options, scenario.Settings, pseudonymizer, new Redactor(), consent, keys, 1, new ProcessorProgress(), scenario.Time, NullLogger.Instance);
    }

    internal static IConsumer<byte[], byte[]> GroupMember(ProcessorScenario scenario) =>
        new ConsumerBuilder<byte[], byte[]>(scenario.Settings.CreateConsumerConfig(scenario.Group)).Build();

    internal static void Process(ProcessorScenario scenario, PartitionWork work, long offset, string subject, long firstSeq)
    {
        (byte[] sealedKey, byte[] sealedValue) = scenario.SealedRecord(subject, firstSeq, 10, T0);
        var key = new RecordBytes();
        var value = new RecordBytes();
        key.Set(sealedKey, isNull: false);
        value.Set(sealedValue, isNull: false);
        Assert.True(work.Process(offset, key, value, 0));
    }
}
