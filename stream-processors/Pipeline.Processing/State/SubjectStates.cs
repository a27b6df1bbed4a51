using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Processing.State;

/// <summary>
/// The state a stateful stage keeps per subject pseudonym, with what the changelog needs to know about it: which
/// subjects changed and which were forgotten since it last asked (<see cref="TakeChanges"/>), and every subject with
/// state for a full snapshot (<see cref="AllSubjects"/>). The sessionizer and the action reducer each own one, so
/// their bookkeeping for the changelog is the same by construction. Not thread-safe.
/// </summary>
internal sealed class SubjectStates<TState>
    where TState : class
{
    private readonly Dictionary<string, TState> _states = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

    /// <summary>Subjects with state.</summary>
    public int Count => _states.Count;

    /// <summary>Whether <paramref name="subject"/> has state.</summary>
    public bool Contains(string subject) => _states.ContainsKey(subject);

    /// <summary>The state of <paramref name="subject"/>, if it has any.</summary>
    public bool TryGetValue(string subject, [NotNullWhen(true)] out TState? state) =>
        _states.TryGetValue(subject, out state);

    /// <summary>The state of <paramref name="subject"/>.</summary>
    /// <exception cref="KeyNotFoundException">It has none.</exception>
    public TState this[string subject] => _states[subject];

    /// <summary>Gives <paramref name="subject"/> its first state (it no longer counts as forgotten).</summary>
    public void Add(string subject, TState state)
    {
        _states.Add(subject, state);
        _removed.Remove(subject);
    }

    /// <summary>Notes that <paramref name="subject"/>'s state changed, for the next <see cref="TakeChanges"/>.</summary>
    public void MarkChanged(string subject) => _changed.Add(subject);

    /// <summary>Drops <paramref name="subject"/>'s state; the changelog gets a tombstone for it.</summary>
    public void Forget(string subject)
    {
        _states.Remove(subject);
        _changed.Remove(subject);
        _removed.Add(subject);
    }

    /// <summary>
    /// Drops <paramref name="subject"/>'s state without a tombstone or a change, for restoring from the changelog
    /// (which already says so); gives the state it held.
    /// </summary>
    public bool RemoveRestored(string subject, [NotNullWhen(true)] out TState? old) =>
        _states.Remove(subject, out old);

    /// <summary>Sets <paramref name="subject"/>'s state as restored from the changelog, not counted as a change.</summary>
    public void SetRestored(string subject, TState state) => _states[subject] = state;

    /// <summary>Every subject and its state; a subject may be forgotten while enumerating.</summary>
    public Dictionary<string, TState>.Enumerator GetEnumerator() => _states.GetEnumerator();

    /// <summary>Moves the subjects whose state changed, and those forgotten, since the last call into the lists.</summary>
    public void TakeChanges(List<string> changed, List<string> removed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        foreach (string subject in _changed)
        {
            if (_states.ContainsKey(subject))
            {
                changed.Add(subject);
            }
        }

        foreach (string subject in _removed)
        {
            removed.Add(subject);
        }

        _changed.Clear();
        _removed.Clear();
    }

    /// <summary>Adds every subject with state to <paramref name="subjects"/> (for a full changelog snapshot).</summary>
    public void AllSubjects(List<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        foreach (string subject in _states.Keys)
        {
            subjects.Add(subject);
        }
    }
}
