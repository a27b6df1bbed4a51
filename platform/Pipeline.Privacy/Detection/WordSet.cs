using System.Collections.Frozen;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// A fixed set of words compared without case, looked up by span in constant time: the detectors ask "is this word
/// one of …" for every candidate, and a title must not pay a scan of a long list per word.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(string[] words)
    {
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Of(params string[] words) => new(words);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
