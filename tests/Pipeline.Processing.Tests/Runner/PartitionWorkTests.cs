using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Consent;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="PartitionWork"/> on its own against the embedded broker, its clock the scenario's fake one.</summary>
public sealed class PartitionWorkTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    private const long T0 = ProcessorScenario.T0;

    [Fact]
    public void TransactionDue_OpenForMaxTransactionTimeOnItsClock_TrueOnlyFromThen()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        ProcessorOptions options = scenario.Options with { MaxTransactionTime = TimeSpan.FromMilliseconds(200) };
        using PartitionWork work = NewWork(scenario, options);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        work.Restore(0);
        Assert.False(work.TransactionDue(scenario.Time.GetTimestamp()));

        work.Process(Record(scenario, 0, "xena", 0), 0);
        scenario.Time.Advance(TimeSpan.FromMilliseconds(199));
        bool dueBefore = work.TransactionDue(scenario.Time.GetTimestamp());
        scenario.Time.Advance(TimeSpan.FromMilliseconds(1));
        bool dueAt = work.TransactionDue(scenario.Time.GetTimestamp());
        work.Commit(group.ConsumerGroupMetadata);

        Assert.False(dueBefore);
        Assert.True(dueAt);
        Assert.False(work.TransactionDue(scenario.Time.GetTimestamp()));
    }

    [Fact]
    public void Restore_AfterCommit_ResumesAtThePositionWithTheOpenSessions()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        using (PartitionWork work = NewWork(scenario, scenario.Options))
        {
            work.Restore(0);
            work.Process(Record(scenario, 0, "yuri", 0), 0);
            work.Process(Record(scenario, 1, "zoe", 0), 0);
            work.Commit(group.ConsumerGroupMetadata);
            work.Seal(group.ConsumerGroupMetadata);
        }

        using PartitionWork successor = NewWork(scenario, scenario.Options);
        successor.Restore(0);

        Assert.Equal(2, successor.NextOffset);
        Assert.Equal(2, successor.Subjects);
        Assert.Equal(2, successor.OpenSessions);
    }

    private static PartitionWork NewWork(ProcessorScenario scenario, ProcessorOptions options)
    {
        var pseudonymizer = new Pseudonymizer(options.Pseudonyms);
        var consent = new ConsentTable(pseudonymizer);
        foreach (string subject in new[] { "xena", "yuri", "zoe" })
        {
            consent.Apply(new ConsentChange(subject, subject + "-laptop", ConsentState.Granted, T0, null, "v1", []));
        }

        return new PartitionWork(0, options, scenario.Settings, pseudonymizer, new Redactor(), consent, new ProcessorProgress(), scenario.Time, NullLogger.Instance);
    }

    private static IConsumer<byte[], byte[]> GroupMember(ProcessorScenario scenario) =>
        new ConsumerBuilder<byte[], byte[]>(scenario.Settings.CreateConsumerConfig(scenario.Group)).Build();

    private static ConsumeResult<byte[]?, byte[]?> Record(ProcessorScenario scenario, long offset, string subject, long firstSeq) => new()
    {
        TopicPartitionOffset = new TopicPartitionOffset(scenario.Topics.Raw, 0, offset),
        Message = new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(subject), Value = ProcessorScenario.RawRecord(subject, firstSeq, 10, T0) },
    };
}
