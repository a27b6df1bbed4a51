using Pipeline.Processing.Runner;

namespace Pipeline.Processing.Tests.Runner;

public sealed class ChangelogSnapshotTests
{
    private static ChangelogRecord State(string subject, byte[]? value, long transaction) =>
        new() { Kind = ChangelogRecordKind.State, Key = subject, State = value, Transaction = transaction };

    private static ChangelogRecord Position(long next, long transaction) =>
        new() { Kind = ChangelogRecordKind.Position, Key = ChangelogFormat.PositionKey, NextOffset = next, Transaction = transaction };

    private static ChangelogRecord Committed(long committed, long transaction) =>
        new() { Kind = ChangelogRecordKind.Committed, Key = ChangelogFormat.CommittedKey, CommittedTransaction = committed, Transaction = transaction };

    // Transaction 0 committed (transaction 1's marker says so); transaction 1 did not get a marker before the stop.
    private static readonly List<ChangelogRecord> s_records =
    [
        State("aa", [1], 0), Position(10, 0),
        Committed(0, 1), State("aa", [2], 1), State("bb", [3], 1), Position(20, 1),
    ];

    [Fact]
    public void FromRecords_VerifyingCommits_IgnoresTransactionsNoMarkerVouchesFor()
    {
        ChangelogSnapshot snapshot = ChangelogSnapshot.FromRecords(s_records, verifyCommits: true);

        Assert.Equal(10, snapshot.NextOffset);
        Assert.Equal([1], Assert.Single(snapshot.States, s => s.Key == "aa").Value);
        Assert.DoesNotContain("bb", snapshot.States.Keys);
        Assert.Equal((1L, 0L), (snapshot.MaxTransactionSeq, snapshot.CommittedSeq));
    }

    [Fact]
    public void FromRecords_BrokerIsolatesTransactions_LatestValueOfEveryKeyWins()
    {
        ChangelogSnapshot snapshot = ChangelogSnapshot.FromRecords([.. s_records, State("bb", null, 2)], verifyCommits: false);

        Assert.Equal(20, snapshot.NextOffset);
        Assert.Equal([2], snapshot.States["aa"]);
        Assert.Null(snapshot.States["bb"]);
        Assert.Equal((2L, 2L), (snapshot.MaxTransactionSeq, snapshot.CommittedSeq));
    }

    [Fact]
    public void FromRecords_Empty_NeverProcessed()
    {
        ChangelogSnapshot snapshot = ChangelogSnapshot.FromRecords([], verifyCommits: true);

        Assert.Equal((-1L, -1L, -1L), (snapshot.NextOffset, snapshot.MaxTransactionSeq, snapshot.CommittedSeq));
        Assert.Empty(snapshot.States);
    }

    private static ChangelogRecord Mark(int partition, long next, long transaction) =>
        new() { Kind = ChangelogRecordKind.ConsentMark, Key = ChangelogFormat.ConsentMarkPrefix + partition, ConsentPartition = partition, NextOffset = next, Transaction = transaction };

    [Fact]
    public void FromRecords_ConsentMarks_LatestPerPartitionOfCommittedTransactions()
    {
        List<ChangelogRecord> records =
        [
            Mark(0, 5, 0), Mark(1, 2, 0), Position(10, 0),
            Committed(0, 1), Mark(0, 7, 1), Position(20, 1),
        ];

        ChangelogSnapshot verified = ChangelogSnapshot.FromRecords(records, verifyCommits: true);
        ChangelogSnapshot isolated = ChangelogSnapshot.FromRecords(records, verifyCommits: false);

        Assert.Equal(new Dictionary<int, long> { [0] = 5, [1] = 2 }, verified.ConsentMarks);
        Assert.Equal(new Dictionary<int, long> { [0] = 7, [1] = 2 }, isolated.ConsentMarks);
    }
}
