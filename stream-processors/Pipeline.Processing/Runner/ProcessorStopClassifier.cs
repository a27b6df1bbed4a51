using Confluent.Kafka;
using Pipeline.Kafka;

namespace Pipeline.Processing.Runner;

/// <summary>
/// The one place that decides how the processor's run ends on an error: every exception that leaves the loop becomes
/// a <see cref="ProcessorStoppedException"/> here.
/// </summary>
/// <remarks>
/// Precedence: a <see cref="ProcessorStoppedException"/> thrown where the cause was known (offset out of range, a
/// missing topic, a changelog too small) stands as it is. Then Kafka errors: by code group first (data lost, fenced,
/// static id in use, not authorised), then by <see cref="KafkaErrorClassifier"/>'s action (an error it would retry or
/// abort and rewind that still escaped the loop is transient). Then the exception type: a timeout is transient,
/// unreadable data is corrupt state. Anything else is <see cref="ProcessorStopReason.Unexpected"/>, which a restart
/// is not assumed to cure: an error nobody has thought about gets looked at, not restarted in a loop.
/// </remarks>
internal static class ProcessorStopClassifier
{
    public static ProcessorStoppedException Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ProcessorStoppedException stopped => stopped,
            KafkaException kafka => new ProcessorStoppedException(Classify(kafka), exception.Message, exception),
            TimeoutException => new ProcessorStoppedException(ProcessorStopReason.Transient, exception.Message, exception),
            InvalidDataException => new ProcessorStoppedException(ProcessorStopReason.CorruptState, exception.Message, exception),
            _ => new ProcessorStoppedException(ProcessorStopReason.Unexpected, exception.Message, exception),
        };
    }

    private static ProcessorStopReason Classify(KafkaException exception) => exception.Error.Code switch
    {
        // Retention (or the embedded broker's cap) dropped records not yet processed.
        ErrorCode.OffsetOutOfRange or ErrorCode.Local_AutoOffsetReset or ErrorCode.Local_LogTruncation => ProcessorStopReason.DataLost,

        // A new owner of a partition initialised its transactional id: this instance had stalled past its session.
        ErrorCode.ProducerFenced or ErrorCode.Local_Fenced or ErrorCode.InvalidProducerEpoch
            or ErrorCode.TransactionCoordinatorFenced => ProcessorStopReason.Fenced,

        // Another running instance has this group.instance.id: restarting would only fence it back.
        ErrorCode.FencedInstanceId => ProcessorStopReason.Misconfigured,

        ErrorCode.TopicAuthorizationFailed or ErrorCode.GroupAuthorizationFailed or ErrorCode.ClusterAuthorizationFailed
            or ErrorCode.TransactionalIdAuthorizationFailed or ErrorCode.DelegationTokenAuthorizationFailed
            or ErrorCode.SaslAuthenticationFailed or ErrorCode.Local_Authentication or ErrorCode.Local_Ssl => ProcessorStopReason.NotAuthorized,

        _ => KafkaErrorClassifier.Classify(exception) is KafkaErrorAction.Retry or KafkaErrorAction.AbortAndRewind
            ? ProcessorStopReason.Transient
            : ProcessorStopReason.Unexpected,
    };
}
