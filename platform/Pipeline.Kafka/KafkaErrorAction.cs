namespace Pipeline.Kafka;

/// <summary>What to do about a Kafka error; decided in one place by <see cref="KafkaErrorClassifier"/>.</summary>
public enum KafkaErrorAction
{
    /// <summary>Transient (a broker away, a leader moving, a timeout): retry the same operation after a backoff.</summary>
    Retry,

    /// <summary>The current transaction cannot commit: abort it, seek the inputs back to the last committed
    /// position and process again. Nothing is lost; outputs of the aborted attempt are invisible to
    /// <c>read_committed</c> readers.</summary>
    AbortAndRewind,

    /// <summary>Continuing would lose or duplicate data, or cannot succeed without an operator (fenced by a newer
    /// instance, data gone, not authorised, misconfigured): stop the process loudly.</summary>
    Fatal,
}
