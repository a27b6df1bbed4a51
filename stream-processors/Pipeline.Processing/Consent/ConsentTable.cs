using System.Text;
using Pipeline.Processing.Idle;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Consent;

/// <summary>
/// The consent topic as a table keyed by raw subject id, joined to events by event time: each subject's transitions
/// (the record's <see cref="ConsentChange.History"/> plus the change itself, since compaction keeps only the latest
/// record per key) in time order, so an event is judged by the consent that held when it happened, not when it
/// arrived. Also indexed by the subject pseudonyms the scrubbing stage has used (<see cref="Link"/>: a pseudonym needs
/// the person's secret, which the consent topic does not carry), so idle detection can ask whether a gap in a
/// pseudonymous session was a pause. Not thread-safe: the processing loop owns it.
/// </summary>
/// <remarks>
/// Fail closed (<see cref="TryApply"/>): a record that cannot be read (it does not decode, has a schema this build
/// does not ship, or breaks <see cref="ConsentRules"/>) marks the subject its key names as unreadable, and every
/// event of that subject is then dropped (<see cref="ConsentVerdict.Unreadable"/>), whatever its event time, until a
/// readable change or a tombstone for the subject arrives. The unreadable record may have been a revoke: the grant
/// before it must not stay in force. The block is in processing order, not event time, because nothing is known
/// about when the unreadable change took effect. A tombstone means no consent.
/// </remarks>
public sealed class ConsentTable : IPauseHistory
{
    private readonly Dictionary<string, Timeline> _bySubject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Timeline> _byPseudonym = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>Subjects with consent on record.</summary>
    public int Count => _bySubject.Count;

    /// <summary>Subjects whose latest consent record could not be read: their events are dropped.</summary>
    public int UnreadableSubjects => _unreadable.Count;

    /// <summary>
    /// Takes in one record of the consent topic as read: a tombstone forgets its subject, a readable change is
    /// applied, and anything else blocks the subject its key names until a readable change arrives (see remarks).
    /// Returns false for an unreadable record, with <paramref name="fault"/> saying why in one line (never the content).
    /// </summary>
    /// <remarks>
    /// A record without a key cannot be kept by compaction and names no subject by its key (Kafka refuses such records
    /// on a compacted topic; the embedded broker does not): it is unreadable, and if its value decodes, the subject
    /// the value names is blocked, since the record meant to change that subject's consent. A record whose value
    /// names a subject other than its key is unreadable for the key's subject.
    /// </remarks>
    public bool TryApply(byte[]? key, byte[]? value, out string fault)
    {
        string? subject = key is { Length: > 0 } ? Encoding.UTF8.GetString(key) : null;
        if (value is null)
        {
            if (subject is null)
            {
                fault = "a tombstone without a key names no subject";
                return false;
            }

            Remove(subject);
            fault = "";
            return true;
        }

        if (!ConsentChangeCodec.TryRead(value, out ConsentChange? change, out DecodeError error))
        {
            fault = subject is null ? $"no key, and {error.Reason}: {error.Detail}" : $"{error.Reason}: {error.Detail}";
            Block(subject);
            return false;
        }

        if (subject is null)
        {
            fault = "the record has no key";
            Block(change.Subject.Length > 0 ? change.Subject : null);
            return false;
        }

        if (!string.Equals(change.Subject, subject, StringComparison.Ordinal))
        {
            fault = "the subject in the value is not the record's key";
            Block(subject);
            return false;
        }

        if (!ConsentRules.TryValidate(change, out string violation))
        {
            fault = violation;
            Block(subject);
            return false;
        }

        Apply(change);
        fault = "";
        return true;
    }

    /// <summary>
    /// Takes in a consent change (readable, so it lifts an unreadable record's block on the subject); an older record
    /// arriving late only adds the transitions it knows.
    /// </summary>
    public void Apply(ConsentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _unreadable.Remove(change.Subject);
        if (!_bySubject.TryGetValue(change.Subject, out Timeline? timeline))
        {
            timeline = new Timeline();
            _bySubject.Add(change.Subject, timeline);
        }

        foreach (ConsentInterval earlier in change.History)
        {
            timeline.Add(earlier);
        }

        timeline.Add(new ConsentInterval(change.State, change.TimeMicros, change.UntilMicros));
    }

    /// <summary>Forgets a subject (a tombstone on the consent topic, e.g. after erasure): their events no longer pass.</summary>
    public void Remove(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        _unreadable.Remove(subject);
        if (_bySubject.Remove(subject, out Timeline? timeline))
        {
            foreach (string pseudonym in timeline.Pseudonyms)
            {
                _byPseudonym.Remove(pseudonym);
            }
        }
    }

    /// <summary>
    /// Tells the table that <paramref name="subject"/> goes by <paramref name="subjectPseudonym"/>, so that pauses are
    /// found by pseudonym. One lookup when already known (the scrubbing stage calls it per batch).
    /// </summary>
    public void Link(string subject, string subjectPseudonym)
    {
        if (_byPseudonym.ContainsKey(subjectPseudonym) || !_bySubject.TryGetValue(subject, out Timeline? timeline))
        {
            return;
        }

        _byPseudonym.Add(subjectPseudonym, timeline);
        timeline.Pseudonyms.Add(subjectPseudonym);
    }

    /// <summary>Drops a pseudonym from the index (its person's secret was erased).</summary>
    public void Unlink(string subjectPseudonym)
    {
        if (_byPseudonym.Remove(subjectPseudonym, out Timeline? timeline))
        {
            timeline.Pseudonyms.Remove(subjectPseudonym);
        }
    }

    /// <summary>The verdict for one event of <paramref name="subject"/> at <paramref name="timeMicros"/>.</summary>
    public ConsentVerdict Check(string subject, long timeMicros) =>
        _unreadable.Contains(subject) ? ConsentVerdict.Unreadable
        : _bySubject.TryGetValue(subject, out Timeline? timeline) ? timeline.VerdictAt(timeMicros) : ConsentVerdict.NoConsent;

    /// <summary>
    /// Keeps the events of <paramref name="batch"/> (one subject, raw id) that pass, in order, and counts the rest
    /// by reason into <paramref name="dropped"/>. One table lookup per batch, a binary search per event.
    /// </summary>
    public void Filter(EventBatch batch, ref ConsentDrops dropped)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Span<InteractionEvent> events = batch.Events;
        if (_unreadable.Count > 0 && _unreadable.Contains(batch.Subject))
        {
            dropped.ConsentUnreadable += events.Length;
            batch.Truncate(0);
            return;
        }

        if (!_bySubject.TryGetValue(batch.Subject, out Timeline? timeline))
        {
            dropped.NoConsent += events.Length;
            batch.Truncate(0);
            return;
        }

        int kept = 0;
        for (int i = 0; i < events.Length; i++)
        {
            switch (timeline.VerdictAt(events[i].TimeMicros))
            {
                case ConsentVerdict.Granted:
                    if (kept != i)
                    {
                        events[kept] = events[i];
                    }

                    kept++;
                    break;
                case ConsentVerdict.Paused:
                    dropped.Paused++;
                    break;
                case ConsentVerdict.Revoked:
                    dropped.Revoked++;
                    break;
                default:
                    dropped.NoConsent++;
                    break;
            }
        }

        batch.Truncate(kept);
    }

    /// <summary>
    /// Whether the subject behind <paramref name="subjectPseudonym"/> was paused at some time strictly between
    /// <paramref name="fromMicros"/> and <paramref name="toMicros"/>.
    /// </summary>
    public bool WasPausedBetween(string subjectPseudonym, long fromMicros, long toMicros) =>
        _byPseudonym.TryGetValue(subjectPseudonym, out Timeline? timeline) && timeline.PausedBetween(fromMicros, toMicros);

    private void Block(string? subject)
    {
        if (subject is not null)
        {
            _unreadable.Add(subject);
        }
    }

    private sealed class Timeline
    {
        private ConsentInterval[] _transitions = new ConsentInterval[4];
        private int _count;

        /// <summary>The pseudonyms linked to this subject (one per key version and person secret in use).</summary>
        public List<string> Pseudonyms { get; } = [];

        public void Add(ConsentInterval transition)
        {
            int at = _count;
            while (at > 0 && _transitions[at - 1].TimeMicros > transition.TimeMicros)
            {
                at--;
            }

            if (at > 0 && _transitions[at - 1] == transition)
            {
                return;
            }

            if (_count == _transitions.Length)
            {
                Array.Resize(ref _transitions, _count * 2);
            }

            Array.Copy(_transitions, at, _transitions, at + 1, _count - at);
            _transitions[at] = transition;
            _count++;
        }

        public ConsentVerdict VerdictAt(long time)
        {
            int index = LastAtOrBefore(time);
            if (index < 0)
            {
                return ConsentVerdict.NoConsent;
            }

            ConsentInterval current = _transitions[index];
            return current.State switch
            {
                ConsentState.Granted or ConsentState.Resumed => ConsentVerdict.Granted,
                // A pause with an end resumes by itself: the agent does not have to publish the resumption.
                ConsentState.Paused => current.UntilMicros is { } until && time >= until ? ConsentVerdict.Granted : ConsentVerdict.Paused,
                _ => ConsentVerdict.Revoked,
            };
        }

        public bool PausedBetween(long from, long to)
        {
            for (int i = 0; i < _count; i++)
            {
                ConsentInterval t = _transitions[i];
                if (t.State != ConsentState.Paused)
                {
                    continue;
                }

                long end = i + 1 < _count ? _transitions[i + 1].TimeMicros : long.MaxValue;
                if (t.UntilMicros is { } until && until < end)
                {
                    end = until;
                }

                if (t.TimeMicros < to && end > from)
                {
                    return true;
                }
            }

            return false;
        }

        private int LastAtOrBefore(long time)
        {
            int lo = 0;
            int hi = _count - 1;
            int found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (_transitions[mid].TimeMicros <= time)
                {
                    found = mid;
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return found;
        }
    }
}
