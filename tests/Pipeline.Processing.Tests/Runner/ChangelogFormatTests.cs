using System.Text;
using Confluent.Kafka;
using Pipeline.Processing.Runner;

namespace Pipeline.Processing.Tests.Runner;

public sealed class ChangelogFormatTests
{
    private static ChangelogRecord RoundTrip(Message<byte[]?, byte[]?> message)
    {
        Assert.True(ChangelogFormat.TryRead(message, out ChangelogRecord record));
        return record;
    }

    [Fact]
    public void TryRead_EveryRecordKindWritten_ComesBackWithItsValuesAndTransaction()
    {
        byte[] state = [1, 2, 3];

        ChangelogRecord subject = RoundTrip(ChangelogFormat.State("ab12"u8.ToArray(), state, 7));
        ChangelogRecord tombstone = RoundTrip(ChangelogFormat.State("ab12"u8.ToArray(), null, 8));
        ChangelogRecord position = RoundTrip(ChangelogFormat.Position(1234, 9));
        ChangelogRecord committed = RoundTrip(ChangelogFormat.Committed(8, 9));

        Assert.Equal((ChangelogRecordKind.State, "ab12", 7L), (subject.Kind, subject.Key, subject.Transaction));
        Assert.Equal(state, subject.State);
        Assert.Equal((ChangelogRecordKind.State, (byte[]?)null, 8L), (tombstone.Kind, tombstone.State, tombstone.Transaction));
        Assert.Equal((ChangelogRecordKind.Position, 1234L, 9L), (position.Kind, position.NextOffset, position.Transaction));
        Assert.Equal((ChangelogRecordKind.Committed, 8L, 9L), (committed.Kind, committed.CommittedTransaction, committed.Transaction));
    }

    [Fact]
    public void Position_Written_HasTheLayoutChangelogsOnClustersHold()
    {
        Message<byte[]?, byte[]?> position = ChangelogFormat.Position(0x0102, 0x0A0B);
        Message<byte[]?, byte[]?> marker = ChangelogFormat.Committed(0x0A0A, 0x0A0B);

        Assert.Equal("__offsets", Encoding.UTF8.GetString(position.Key!));
        Assert.Equal("02010000000000000b0a000000000000", Convert.ToHexStringLower(position.Value!));
        Assert.Equal("__committed", Encoding.UTF8.GetString(marker.Key!));
        Assert.Equal("0a0a000000000000", Convert.ToHexStringLower(marker.Value!));
        IHeader header = Assert.Single(marker.Headers);
        Assert.Equal(("txn", "0b0a000000000000"), (header.Key, Convert.ToHexStringLower(header.GetValueBytes())));
    }

    [Fact]
    public void TryRead_NoKey_False()
    {
        Assert.False(ChangelogFormat.TryRead(new Message<byte[]?, byte[]?> { Key = null, Value = [1] }, out _));
    }

    [Fact]
    public void TryRead_ReservedKeyWithWrongLengthOrNoHeader_UnreadableWithoutTransaction()
    {
        ChangelogRecord record = RoundTrip(new Message<byte[]?, byte[]?> { Key = "__offsets"u8.ToArray(), Value = [1, 2, 3] });

        Assert.Equal((ChangelogRecordKind.Unreadable, -1L), (record.Kind, record.Transaction));
    }

    [Fact]
    public void ConsentMark_Written_ComesBackWithItsPartitionAndOffset()
    {
        Message<byte[]?, byte[]?> mark = ChangelogFormat.ConsentMark(3, 0x0102, 9);

        ChangelogRecord record = RoundTrip(mark);

        Assert.Equal("__consent-dlq-3", Encoding.UTF8.GetString(mark.Key!));
        Assert.Equal("0201000000000000", Convert.ToHexStringLower(mark.Value!));
        Assert.Equal((ChangelogRecordKind.ConsentMark, 3, 0x0102L, 9L), (record.Kind, record.ConsentPartition, record.NextOffset, record.Transaction));
    }

    [Theory]
    [InlineData("__consent-dlq-x")]
    [InlineData("__consent-dlq-")]
    [InlineData("__a-later-builds-key")]
    public void TryRead_ReservedKeyThisBuildDoesNotKnow_IgnoredNotTakenForAState(string key)
    {
        ChangelogRecord record = RoundTrip(new Message<byte[]?, byte[]?> { Key = Encoding.UTF8.GetBytes(key), Value = new byte[8] });

        Assert.Equal(ChangelogRecordKind.Unreadable, record.Kind);
    }
}
