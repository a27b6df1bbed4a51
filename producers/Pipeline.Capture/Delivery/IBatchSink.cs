namespace Pipeline.Capture.Delivery;

/// <summary>
/// Where sealed, encoded records go from a device: the disk spool in the agent, an in-memory sink in benchmarks.
/// Calls for one device come in order; the sink keeps that order.
/// </summary>
public interface IBatchSink
{
    /// <summary>True while the sink cannot take more; the gate then stops capture instead of losing data.</summary>
    bool IsFull { get; }

    /// <summary>Takes one record. The spans are only valid during the call; the sink copies what it keeps.</summary>
    void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value);
}
