using Confluent.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.TestSupport;
using static Pipeline.Processing.Tests.Runner.PartitionWorkTests;

namespace Pipeline.Processing.Tests.Runner;

/// <summary><see cref="InstanceTransaction"/>: one transaction for every partition of an instance, on the scenario's fake clock.</summary>
public sealed class InstanceTransactionTests(BrokerFixture broker) : IClassFixture<BrokerFixture>
{
    [Fact]
    public void Process_TwoPartitions_ShareOneTransactionAndBothPositionsCommitTogether()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        using (var transaction = NewTransaction(scenario, scenario.Options))
        {
            PartitionWork first = NewWork(scenario, transaction, 0, scenario.Options);
            PartitionWork second = NewWork(scenario, transaction, 1, scenario.Options);
            first.Restore(0);
            second.Restore(0);
            Process(scenario, first, 0, "xena", 0);
            Process(scenario, second, 0, "yuri", 0);
            Process(scenario, second, 1, "yuri", 10);

            Assert.Equal(2, transaction.Members.Count);
            Assert.Equal(3, transaction.Records);
            transaction.Commit(group.ConsumerGroupMetadata);
            Assert.False(first.InTransaction || second.InTransaction || transaction.IsOpen);
            first.JoinToSeal();
            second.JoinToSeal();
            transaction.Commit(group.ConsumerGroupMetadata);
        }

        using var next = NewTransaction(scenario, scenario.Options);
        PartitionWork restoredFirst = NewWork(scenario, next, 0, scenario.Options);
        PartitionWork restoredSecond = NewWork(scenario, next, 1, scenario.Options);
        restoredFirst.Restore(0);
        restoredSecond.Restore(0);

        Assert.Equal(1, restoredFirst.NextOffset);
        Assert.Equal(2, restoredSecond.NextOffset);
        Assert.Equal(30, scenario.CleanEvents().Count);
    }

    [Fact]
    public void Restore_AfterAbortedSharedTransaction_EveryMemberReturnsToItsLastCommit()
    {
        var scenario = new ProcessorScenario(broker, partitions: 2);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        using var transaction = NewTransaction(scenario, scenario.Options);
        PartitionWork first = NewWork(scenario, transaction, 0, scenario.Options);
        PartitionWork second = NewWork(scenario, transaction, 1, scenario.Options);
        first.Restore(0);
        second.Restore(0);
        Process(scenario, first, 0, "xena", 0);
        Process(scenario, second, 0, "yuri", 0);
        transaction.Commit(group.ConsumerGroupMetadata);
        first.JoinToSeal();
        second.JoinToSeal();
        transaction.Commit(group.ConsumerGroupMetadata);

        // On this broker records of an aborted transaction may or may not have been sent before the abort: the seal
        // above vouches for the first commit either way, so both partitions must come back to offset 1.
        Process(scenario, first, 1, "xena", 10);
        Process(scenario, second, 1, "yuri", 10);
        var aborted = new List<PartitionWork>();
        transaction.Abort(aborted);
        first.Restore(0);
        second.Restore(0);

        Assert.Equal([first, second], aborted);
        Assert.False(transaction.IsOpen);
        Assert.Equal(1, first.NextOffset);
        Assert.Equal(1, second.NextOffset);
    }

    [Fact]
    public void Due_OpenForMaxTransactionTimeOnItsClock_TrueOnlyFromThen()
    {
        var scenario = new ProcessorScenario(broker, partitions: 1);
        ProcessorOptions options = scenario.Options with { MaxTransactionTime = TimeSpan.FromMilliseconds(200) };
        using var transaction = NewTransaction(scenario, options);
        PartitionWork work = NewWork(scenario, transaction, 0, options);
        using IConsumer<byte[], byte[]> group = GroupMember(scenario);
        work.Restore(0);
        Assert.False(transaction.Due(scenario.Time.GetTimestamp()));

        Process(scenario, work, 0, "xena", 0);
        scenario.Time.Advance(TimeSpan.FromMilliseconds(199));
        bool dueBefore = transaction.Due(scenario.Time.GetTimestamp());
        scenario.Time.Advance(TimeSpan.FromMilliseconds(1));
        bool dueAt = transaction.Due(scenario.Time.GetTimestamp());
        transaction.Commit(group.ConsumerGroupMetadata);

        Assert.False(dueBefore);
        Assert.True(dueAt);
        Assert.False(transaction.Due(scenario.Time.GetTimestamp()));
    }
}
