namespace Pipeline.Kafka;

/// <summary>Kafka protocol request types that tests inject errors into (values are the wire API keys).</summary>
public enum KafkaApiKey : short
{
    /// <summary>Producing records (also transactional).</summary>
    Produce = 0,

    /// <summary>Consumers reading records.</summary>
    Fetch = 1,

    /// <summary>Resolving logical offsets (beginning, end) and watermarks.</summary>
    ListOffsets = 2,

    /// <summary>Brokers, topics, partitions and leaders.</summary>
    Metadata = 3,

    /// <summary>Committing a consumer group's offsets outside transactions.</summary>
    OffsetCommit = 8,

    /// <summary>Reading a consumer group's committed offsets.</summary>
    OffsetFetch = 9,

    /// <summary>Locating the group or transaction coordinator.</summary>
    FindCoordinator = 10,

    /// <summary>Joining a consumer group (first rebalance step).</summary>
    JoinGroup = 11,

    /// <summary>Keeping group membership alive.</summary>
    Heartbeat = 12,

    /// <summary>Leaving a consumer group on close.</summary>
    LeaveGroup = 13,

    /// <summary>Receiving the group's assignment (second rebalance step).</summary>
    SyncGroup = 14,

    /// <summary>Obtaining a producer id and epoch (idempotence, InitTransactions).</summary>
    InitProducerId = 22,

    /// <summary>Registering output partitions with the open transaction.</summary>
    AddPartitionsToTxn = 24,

    /// <summary>Registering the consumer group with the open transaction.</summary>
    AddOffsetsToTxn = 25,

    /// <summary>Committing or aborting a transaction.</summary>
    EndTxn = 26,

    /// <summary>Committing input offsets inside a transaction.</summary>
    TxnOffsetCommit = 28,
}
