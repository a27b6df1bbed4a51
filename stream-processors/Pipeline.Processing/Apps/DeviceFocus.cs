namespace Pipeline.Processing.Apps;

/// <summary>
/// The last few focus changes of one device, in event time order, so an event is judged by the focus that held when
/// it happened even when it arrives out of order. Only the verdict is kept, never the application's name.
/// </summary>
internal sealed class DeviceFocus(string device)
{
    /// <summary>
    /// Focus changes kept per device: eight cover the out-of-order window (the sessions' grace, two minutes) for
    /// anyone who does not switch windows several times a second; an event older than the oldest kept change is
    /// judged unknown, which the gate treats as not allowed.
    /// </summary>
    public const int Capacity = 8;

    private readonly FocusMark[] _marks = new FocusMark[Capacity];

    /// <summary>The device pseudonym (under the key version of the subject state that holds it).</summary>
    public string Device { get; set; } = device;

    public int Count { get; private set; }

    /// <summary>Event time of the newest focus change.</summary>
    public long LatestMicros => _marks[Count - 1].TimeMicros;

    public ReadOnlySpan<FocusMark> Marks => _marks.AsSpan(0, Count);

    /// <summary>
    /// Records a focus change in time order (after any at the same time); the oldest goes when full. Returns false
    /// when the change is older than every kept one and there is no room: it is then not kept.
    /// </summary>
    public bool Record(long timeMicros, bool allowed)
    {
        int at = Count;
        while (at > 0 && _marks[at - 1].TimeMicros > timeMicros)
        {
            at--;
        }

        if (Count == Capacity)
        {
            if (at == 0)
            {
                return false;
            }

            Array.Copy(_marks, 1, _marks, 0, at - 1);
            _marks[at - 1] = new FocusMark(timeMicros, allowed);
            return true;
        }

        Array.Copy(_marks, at, _marks, at + 1, Count - at);
        _marks[at] = new FocusMark(timeMicros, allowed);
        Count++;
        return true;
    }

    /// <summary>The verdict of the latest focus change at or before <paramref name="timeMicros"/>; null when none is known.</summary>
    public bool? AllowedAt(long timeMicros)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            if (_marks[i].TimeMicros <= timeMicros)
            {
                return _marks[i].Allowed;
            }
        }

        return null;
    }
}
