namespace Pipeline.Schemas.Model;

/// <summary>
/// A batch of events of one subject from one device: the value of one Kafka record on the raw topic
/// (<c>InteractionBatch</c>) or, after scrubbing, on the clean topic (<c>CleanBatch</c>).
/// Reusable: <see cref="Clear"/> keeps the event array so a decoder or batcher fills it again without allocating.
/// </summary>
public sealed class EventBatch
{
    private InteractionEvent[] _events;

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

    public int ScreenWidth { get; set; }

    public int ScreenHeight { get; set; }

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
