using Pipeline.Capture.Delivery;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

/// <summary>Keeps every record written to it, decodable for assertions.</summary>
public sealed class MemorySink : IBatchSink
{
    private readonly List<(RecordTopic Topic, string Key, byte[] Value)> _records = [];

    public bool IsFull { get; set; }

    public IReadOnlyList<(RecordTopic Topic, string Key, byte[] Value)> Records
    {
        get
        {
            lock (_records)
            {
                return [.. _records];
            }
        }
    }

    public void Write(RecordTopic topic, string key, ReadOnlySpan<byte> value)
    {
        lock (_records)
        {
            _records.Add((topic, key, value.ToArray()));
        }
    }

    /// <summary>Every event of every raw record, decoded, in order.</summary>
    public List<InteractionEvent> Events()
    {
        var events = new List<InteractionEvent>();
        var batch = new EventBatch();
        foreach ((RecordTopic topic, _, byte[] value) in Records)
        {
            if (topic != RecordTopic.Raw)
            {
                continue;
            }

            Assert.True(RawBatchCodec.TryRead(value, batch, out DecodeError error), error.Detail);
            foreach (InteractionEvent e in batch.Events)
            {
                events.Add(e);
            }
        }

        return events;
    }

    /// <summary>Every consent change, decoded, in order.</summary>
    public List<ConsentChange> ConsentChanges()
    {
        var changes = new List<ConsentChange>();
        foreach ((RecordTopic topic, _, byte[] value) in Records)
        {
            if (topic == RecordTopic.Consent)
            {
                Assert.True(ConsentChangeCodec.TryRead(value, out ConsentChange? change, out DecodeError error), error.Detail);
                changes.Add(change);
            }
        }

        return changes;
    }
}
