namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>
/// SplitMix64: a small generator whose sequence is fixed by this code alone, so a seed writes the same corpus on
/// every runtime and machine (<see cref="Random"/>'s seeded sequence is not promised across .NET versions).
/// Not for anything secret.
/// </summary>
internal sealed class SeededRandom
{
    private ulong _state;

    public SeededRandom(ulong seed) => _state = seed;

    /// <summary>A generator for one template: the corpus seed mixed with the template's name, so adding or removing a
    /// template never changes what another template writes.</summary>
    public static SeededRandom ForStream(ulong seed, string streamName)
    {
        // FNV-1a over the UTF-16 code units: stable, and the name is ours, not an attacker's.
        ulong hash = 14695981039346656037UL;
        foreach (char c in streamName)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return new SeededRandom(seed ^ hash);
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "needs at least one value to pick");
        }
        // The modulo bias over 2^64 is below 1e-15 for the ranges used here.
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
