namespace Pipeline.Schemas.Model;

/// <summary>
/// A batch of events of one subject from one device: the value of one Kafka record on the raw topic
/// (<c>InteractionBatch</c>) or, after scrubbing, on the clean topic (<c>CleanBatch</c>).
/// Reusable: <see cref="Clear"/> keeps the event array so a decoder or batcher fills it again without allocating.
/// </summary>
public sealed class EventBatch
{
    private InteractionEvent[] _events;

    /// <summary>Creates an empty batch with room for <paramref name="capacity"/> events before it grows.</summary>
    public EventBatch(int capacity = 512)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _events = new InteractionEvent[capacity];
    }

    /// <summary>Raw subject id on the raw topic; subject pseudonym on the clean topic.</summary>
    public string Subject { get; set; } = "";

    /// <summary>Raw device id on the raw topic; device pseudonym on the clean topic.</summary>
    public string Device { get; set; } = "";

    /// <summary>Clean batches only: the pseudonym key version.</summary>
    public int KeyVersion { get; set; }

    /// <summary>Width of the virtual screen in pixels when captured; 0 when unknown.</summary>
    public int ScreenWidth { get; set; }

    /// <summary>Height of the virtual screen in pixels when captured; 0 when unknown.</summary>
    public int ScreenHeight { get; set; }

    /// <summary>The number of events in the batch.</summary>
    public int Count { get; private set; }

    /// <summary>The events, in order; a view over the reused buffer, valid until the batch changes.</summary>
    public Span<InteractionEvent> Events => _events.AsSpan(0, Count);

    /// <summary>Appends an event slot and returns it by reference for the caller to fill.</summary>
    public ref InteractionEvent Add()
    {
        if (Count == _events.Length)
        {
            Array.Resize(ref _events, _events.Length * 2);
        }

        ref InteractionEvent slot = ref _events[Count++];
        slot = default;
        return ref slot;
    }

    /// <summary>Appends a copy of <paramref name="e"/>.</summary>
    public void Add(in InteractionEvent e) => Add() = e;

    /// <summary>Drops events from the end so that <paramref name="count"/> remain.</summary>
    public void Truncate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, Count);
        Count = count;
    }

    /// <summary>Empties the batch and resets its header fields, keeping the event buffer for reuse.</summary>
    public void Clear()
    {
        Count = 0;
        Subject = "";
        Device = "";
        KeyVersion = 0;
        ScreenWidth = 0;
        ScreenHeight = 0;
    }
}
