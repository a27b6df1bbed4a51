namespace Pipeline.Capture.Delivery;

/// <summary>A place in the spool: a segment number and a byte offset inside it.</summary>
public readonly record struct SpoolPosition(long Segment, long Offset) : IComparable<SpoolPosition>
{
    /// <inheritdoc/>
    public int CompareTo(SpoolPosition other) =>
        Segment != other.Segment ? Segment.CompareTo(other.Segment) : Offset.CompareTo(other.Offset);

    public static bool operator <(SpoolPosition left, SpoolPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(SpoolPosition left, SpoolPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(SpoolPosition left, SpoolPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(SpoolPosition left, SpoolPosition right) => left.CompareTo(right) >= 0;
}
