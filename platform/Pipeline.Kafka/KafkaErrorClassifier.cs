using Confluent.Kafka;

namespace Pipeline.Kafka;

/// <summary>
/// The one place that decides what a Kafka error means for the pipeline: retry, abort the transaction and
/// rewind, or stop. Callers branch on the <see cref="KafkaErrorAction"/>, never on error codes.
/// </summary>
/// <remarks>
/// Precedence: librdkafka's own verdicts first (<see cref="Error.IsFatal"/>, then
/// <see cref="KafkaTxnRequiresAbortException"/> and <see cref="KafkaRetriableException"/>), then the code.
/// Codes not listed are <see cref="KafkaErrorAction.Fatal"/>: retrying an error nobody has thought about can
/// spin forever or hide lost data, and stopping loudly gets it looked at.
/// </remarks>
public static class KafkaErrorClassifier
{
    /// <summary>Classifies an exception thrown by a Confluent.Kafka client.</summary>
    /// <remarks>Anything that is not a <see cref="KafkaException"/> is <see cref="KafkaErrorAction.Fatal"/>:
    /// a bug or an environment failure is not the broker's weather.</remarks>
    public static KafkaErrorAction Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is not KafkaException kafka)
        {
            return KafkaErrorAction.Fatal;
        }

        if (kafka.Error.IsFatal)
        {
            return KafkaErrorAction.Fatal;
        }

        return kafka switch
        {
            KafkaTxnRequiresAbortException => KafkaErrorAction.AbortAndRewind,
            KafkaRetriableException => KafkaErrorAction.Retry,
            _ => Classify(kafka.Error),
        };
    }

    /// <summary>Classifies an error reported by a client (an error handler, a delivery report, a consume result).</summary>
    /// <exception cref="ArgumentException"><paramref name="error"/> is not an error.</exception>
    public static KafkaErrorAction Classify(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!error.IsError)
        {
            throw new ArgumentException("NoError is not an error to classify", nameof(error));
        }

        return error.IsFatal ? KafkaErrorAction.Fatal : Classify(error.Code);
    }

    /// <summary>Classifies an error code alone (when no <see cref="Error"/> is at hand; fatality is then unknown).</summary>
    public static KafkaErrorAction Classify(ErrorCode code) => code switch
    {
        // Data is gone or would be skipped: the consumer fell behind retention (or the embedded broker's cap).
        ErrorCode.OffsetOutOfRange or ErrorCode.Local_AutoOffsetReset or ErrorCode.Local_LogTruncation => KafkaErrorAction.Fatal,

        // A partition with no committed offset under auto.offset.reset=error: the caller should have assigned
        // an explicit start (KafkaClientSettings.CreateConsumerConfig says how); guessing one could skip data.
        ErrorCode.Local_NoOffset => KafkaErrorAction.Fatal,

        // A newer instance with the same transactional or static id took over: this one must stop, not fight.
        ErrorCode.ProducerFenced or ErrorCode.Local_Fenced or ErrorCode.InvalidProducerEpoch
            or ErrorCode.TransactionCoordinatorFenced or ErrorCode.FencedInstanceId => KafkaErrorAction.Fatal,

        // Not allowed, and asking again will not change that.
        ErrorCode.TopicAuthorizationFailed or ErrorCode.GroupAuthorizationFailed or ErrorCode.ClusterAuthorizationFailed
            or ErrorCode.TransactionalIdAuthorizationFailed or ErrorCode.DelegationTokenAuthorizationFailed
            or ErrorCode.SaslAuthenticationFailed or ErrorCode.Local_Authentication or ErrorCode.Local_Ssl => KafkaErrorAction.Fatal,

        // The transaction's outputs or offsets cannot be committed, but nothing has been lost yet: abort, rewind
        // the inputs to the last committed position and process them again.
        ErrorCode.Local_MsgTimedOut or ErrorCode.Local_PurgeQueue or ErrorCode.Local_PurgeInflight
            or ErrorCode.UnknownProducerId or ErrorCode.OutOfOrderSequenceNumber
            or ErrorCode.IllegalGeneration or ErrorCode.UnknownMemberId or ErrorCode.FencedMemberEpoch
            or ErrorCode.Local_AssignmentLost or ErrorCode.Local_MaxPollExceeded => KafkaErrorAction.AbortAndRewind,

        // The cluster's weather: brokers restarting, leaders moving, coordinators loading, timeouts, a full queue.
        ErrorCode.Local_Transport or ErrorCode.Local_AllBrokersDown or ErrorCode.Local_Resolve
            or ErrorCode.Local_TimedOut or ErrorCode.Local_TimedOutQueue or ErrorCode.Local_QueueFull
            or ErrorCode.Local_WaitCoord or ErrorCode.Local_Retry
            or ErrorCode.RequestTimedOut or ErrorCode.NetworkException or ErrorCode.BrokerNotAvailable
            or ErrorCode.LeaderNotAvailable or ErrorCode.NotLeaderForPartition or ErrorCode.ReplicaNotAvailable
            or ErrorCode.NotEnoughReplicas or ErrorCode.NotEnoughReplicasAfterAppend or ErrorCode.KafkaStorageError
            or ErrorCode.FencedLeaderEpoch or ErrorCode.UnknownLeaderEpoch or ErrorCode.OffsetNotAvailable
            or ErrorCode.GroupLoadInProgress or ErrorCode.GroupCoordinatorNotAvailable or ErrorCode.NotCoordinatorForGroup
            or ErrorCode.RebalanceInProgress or ErrorCode.ConcurrentTransactions or ErrorCode.UnstableOffsetCommit
            or ErrorCode.UnknownTopicOrPart or ErrorCode.ThrottlingQuotaExceeded => KafkaErrorAction.Retry,

        _ => KafkaErrorAction.Fatal,
    };
}
