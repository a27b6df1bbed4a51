using System.Text;
using Pipeline.Capture.Delivery;
using Pipeline.Privacy.Shredding;
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

    /// <summary>
    /// Every event of every raw record, decoded, in order; sealed records are opened with the data keys written before
    /// them into this sink, unwrapped with the development key pair, as the processor would.
    /// </summary>
    public List<InteractionEvent> Events()
    {
        var events = new List<InteractionEvent>();
        var batch = new EventBatch();
        using var opener = new DevelopmentOpener();
        foreach ((RecordTopic topic, string key, byte[] value) in Records)
        {
            if (topic == RecordTopic.Keys)
            {
                opener.AddKey(key, value);
            }
            else if (topic == RecordTopic.Raw)
            {
                Assert.True(RawBatchCodec.TryRead(opener.Open(key, value), batch, out DecodeError error), error.Detail);
                events.AddRange(batch.Events);
            }
        }

        return events;
    }

    /// <summary>Every byte of every record written, keys included: where plaintext must not be.</summary>
    public byte[] AllBytes()
    {
        var all = new List<byte>();
        foreach ((_, string key, byte[] value) in Records)
        {
            all.AddRange(Encoding.UTF8.GetBytes(key));
            all.AddRange(value);
        }

        return [.. all];
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
