using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Confluent.Kafka;

namespace Pipeline.Processing.Runner;

/// <summary>
/// The records of the processor's changelog (<see cref="Pipeline.Kafka.TopicNames.ProcessorState"/>, one partition
/// per raw partition), written by <see cref="PartitionWork"/> and read back by <see cref="ChangelogSnapshot"/>:
/// <list type="bullet">
/// <item>key = subject pseudonym: value = its state, one section per stateful stage (<c>SubjectStateCodec</c>; a
/// value with only the sessions' section is written bare, <c>SessionStateCodec</c> format 1, as before the
/// container), null = forgotten;</item>
/// <item>key <c>__offsets</c>: value = next raw offset (i64) | sequence number of the writing transaction (i64);</item>
/// <item>key <c>__committed</c>: value = sequence number of the last transaction known to have committed (i64);</item>
/// <item>key <c>__consent-dlq-N</c>: value = the next offset of consent partition N not yet dead-lettered (i64):
/// unreadable consent records are dead-lettered once, by the owner of raw partition N modulo the raw partition
/// count, in a transaction that moves this mark;</item>
/// <item>every record: header <c>txn</c> = sequence number of the transaction that wrote it (i64).</item>
/// </list>
/// Numbers are little-endian. Pseudonyms are hex, so reserved keys (they start with <c>__</c>) cannot collide with a
/// subject; a reserved key this build does not know is ignored, so a later build may add one.
/// </summary>
internal static class ChangelogFormat
{
    /// <summary>Key of the position record.</summary>
    public const string PositionKey = "__offsets";

    /// <summary>Key of the "transaction N committed" marker (brokers without isolation only).</summary>
    public const string CommittedKey = "__committed";

    /// <summary>Key prefix of the consent dead-letter marks; the consent partition's number follows.</summary>
    public const string ConsentMarkPrefix = "__consent-dlq-";

    /// <summary>Header carrying the sequence number of the transaction that wrote the record.</summary>
    public const string TransactionHeader = "txn";

    private const int PositionLength = 16;
    private const int NumberLength = 8;

    private static readonly byte[] s_positionKey = Encoding.UTF8.GetBytes(PositionKey);
    private static readonly byte[] s_committedKey = Encoding.UTF8.GetBytes(CommittedKey);

    /// <summary>A subject's state (<paramref name="state"/> null: a tombstone) under its pseudonym's UTF-8 bytes.</summary>
    public static Message<byte[]?, byte[]?> State(byte[] subjectKey, byte[]? state, long transaction) =>
        Record(subjectKey, state, transaction);

    /// <summary>The partition's position after the transaction's last record.</summary>
    public static Message<byte[]?, byte[]?> Position(long nextOffset, long transaction)
    {
        byte[] value = new byte[PositionLength];
        BinaryPrimitives.WriteInt64LittleEndian(value, nextOffset);
        BinaryPrimitives.WriteInt64LittleEndian(value.AsSpan(NumberLength), transaction);
        return Record(s_positionKey, value, transaction);
    }

    /// <summary>The marker that <paramref name="committedTransaction"/> committed, written inside a later transaction.</summary>
    public static Message<byte[]?, byte[]?> Committed(long committedTransaction, long transaction)
    {
        byte[] value = new byte[NumberLength];
        BinaryPrimitives.WriteInt64LittleEndian(value, committedTransaction);
        return Record(s_committedKey, value, transaction);
    }

    /// <summary>The next offset of <paramref name="consentPartition"/> whose unreadable records are not yet dead-lettered.</summary>
    public static Message<byte[]?, byte[]?> ConsentMark(int consentPartition, long nextOffset, long transaction)
    {
        byte[] value = new byte[NumberLength];
        BinaryPrimitives.WriteInt64LittleEndian(value, nextOffset);
        return Record(Encoding.UTF8.GetBytes(ConsentMarkPrefix + consentPartition.ToString(CultureInfo.InvariantCulture)), value, transaction);
    }

    /// <summary>Decodes a changelog record; false for one without a key, which carries nothing to restore.</summary>
    public static bool TryRead(Message<byte[]?, byte[]?> message, out ChangelogRecord record)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Key is not { } keyBytes)
        {
            record = default;
            return false;
        }

        long transaction = message.Headers?.TryGetLastBytes(TransactionHeader, out byte[] header) == true && header.Length == NumberLength
            ? BinaryPrimitives.ReadInt64LittleEndian(header)
            : -1;
        string key = Encoding.UTF8.GetString(keyBytes);
        byte[]? value = message.Value;
        record = key switch
        {
            PositionKey when value is { Length: PositionLength } => new ChangelogRecord
            {
                Kind = ChangelogRecordKind.Position, Key = key, Transaction = transaction, NextOffset = BinaryPrimitives.ReadInt64LittleEndian(value),
            },
            CommittedKey when value is { Length: NumberLength } => new ChangelogRecord
            {
                Kind = ChangelogRecordKind.Committed, Key = key, Transaction = transaction, CommittedTransaction = BinaryPrimitives.ReadInt64LittleEndian(value),
            },
            PositionKey or CommittedKey => new ChangelogRecord { Kind = ChangelogRecordKind.Unreadable, Key = key, Transaction = transaction },
            _ when key.StartsWith(ConsentMarkPrefix, StringComparison.Ordinal)
                && int.TryParse(key.AsSpan(ConsentMarkPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out int consentPartition)
                && value is { Length: NumberLength } => new ChangelogRecord
                {
                    Kind = ChangelogRecordKind.ConsentMark, Key = key, Transaction = transaction, ConsentPartition = consentPartition,
                    NextOffset = BinaryPrimitives.ReadInt64LittleEndian(value),
                },
            _ when key.StartsWith("__", StringComparison.Ordinal) => new ChangelogRecord { Kind = ChangelogRecordKind.Unreadable, Key = key, Transaction = transaction },
            _ => new ChangelogRecord { Kind = ChangelogRecordKind.State, Key = key, State = value, Transaction = transaction },
        };
        return true;
    }

    /// <summary>
    /// The headers of every record of transaction <paramref name="transaction"/>: built once per transaction and
    /// shared by its records (the producer reads them during each produce and keeps nothing).
    /// </summary>
    public static Headers TransactionHeaders(long transaction)
    {
        byte[] seq = new byte[NumberLength];
        BinaryPrimitives.WriteInt64LittleEndian(seq, transaction);
        return [new Header(TransactionHeader, seq)];
    }

    private static Message<byte[]?, byte[]?> Record(byte[] key, byte[]? value, long transaction) =>
        new() { Key = key, Value = value, Headers = TransactionHeaders(transaction) };
}
