namespace Pipeline.Schemas.Codec;

/// <summary>
/// A small direct-mapped cache from UTF-8 bytes to strings, so a decoder returns the same string instance for
/// the app ids, subjects and session ids that repeat across events and batches instead of allocating each time.
/// Bounded: a fixed number of slots, short strings only; a collision simply replaces the slot. Not thread-safe.
/// </summary>
internal sealed class Utf8StringPool
{
    /// <summary>Longer strings (rare: titles, details) are not worth keeping.</summary>
    public const int MaxPooledBytes = 128;

    private const int SlotCount = 256;

    private readonly byte[]?[] _keys = new byte[]?[SlotCount];
    private readonly string?[] _values = new string?[SlotCount];

    /// <summary>The string for <paramref name="utf8"/>, which must already be valid UTF-8.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return "";
        }

        if (utf8.Length > MaxPooledBytes)
        {
            return System.Text.Encoding.UTF8.GetString(utf8);
        }

        // FNV-1a: cheap on short keys and good enough to spread a handful of distinct names.
        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = (hash ^ b) * 16777619;
        }

        int slot = (int)(hash & (SlotCount - 1));
        byte[]? key = _keys[slot];
        if (key is not null && utf8.SequenceEqual(key))
        {
            return _values[slot]!;
        }

        string value = System.Text.Encoding.UTF8.GetString(utf8);
        _keys[slot] = utf8.ToArray();
        _values[slot] = value;
        return value;
    }
}
