using System.Buffers;
using System.Runtime.InteropServices;
using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Consent;
using Pipeline.Processing.Scrubbing;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Shredding;
using Pipeline.Processing.State;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing;

/// <summary>
/// The per-batch transform of one partition, composing the stages in their order: consent (<see cref="ConsentTable"/>)
/// → the stream's app gate (<see cref="AppGate"/>) → scrubbing (<see cref="Scrubber"/>: pseudonyms from the
/// person's secret, <see cref="IPersonSecrets"/>, and redaction) → sessions and idle (<see cref="Sessionizer"/>). A
/// function over a raw (already opened) batch with the output buffers passed in; its state (consent table, secrets,
/// app gate, sessions) comes from the partition's context. No Kafka here, so it runs the same in the runner, the
/// benchmarks and the tests.
/// </summary>
/// <remarks>
/// <para>Key rotation: a subject whose session is open under an older key version keeps that version until the
/// session closes, so one session never mixes two pseudonyms; new sessions use the current version.</para>
/// <para>State: each subject pseudonym's changelog value is one container (<see cref="SubjectStateCodec"/>) with a
/// section per stateful stage; <see cref="TakeChanges"/>, <see cref="WriteState"/> and <see cref="RestoreState"/>
/// are the one place that composes them, so the runner writes and restores a subject without knowing its stages.</para>
/// <para>A further stage goes in its own folder beside the others, takes the clean, sessionized batch, and writes its
/// results into the output passed in; here it is one field and one line at its place in <see cref="Transform"/>, and
/// a section tag in the state methods if it keeps state.</para>
/// </remarks>
public sealed class InteractionTransform
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly ConsentTable _consent;
    private readonly AppGate? _apps;
    private readonly Scrubber _scrubber;
    private readonly IPersonSecrets _secrets;
    private readonly Sessionizer _sessions;
    private readonly ActionReducer? _actions;
    private readonly List<string> _sessionsChanged = [];
    private readonly List<string> _sessionsRemoved = [];
    private readonly List<string> _actionsChanged = [];
    private readonly List<string> _actionsRemoved = [];
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);
    private readonly ArrayBufferWriter<byte> _section = new(1024);

    // Subject pseudonym → whose secret it came from (written beside the state, section 4), for subjects with state or
    // about to have it; an entry leaves with the subject's last state.
    private readonly Dictionary<string, SubjectOwner> _owners = new(StringComparer.Ordinal);
    private readonly List<string> _orphans = [];

    /// <summary>
    /// Composes the stages; <paramref name="secrets"/> gives each person's secret, from which their pseudonyms come;
    /// <paramref name="apps"/> is the stream's app gate, null (or without lists) for none.
    /// <paramref name="actions"/> is the action reducer whose state shares the subject's changelog value (section 3);
    /// the runner feeds it the clean batches and closed sessions itself, as its output is a topic of its own.
    /// </summary>
    public InteractionTransform(Pseudonymizer pseudonymizer, Redactor redactor, ConsentTable consent, IPersonSecrets secrets, Sessionizer sessions,
        AppGate? apps = null, ActionReducer? actions = null)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentNullException.ThrowIfNull(redactor);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(sessions);
        _pseudonymizer = pseudonymizer;
        _consent = consent;
        _apps = apps is { IsActive: true } ? apps : null;
        _scrubber = new Scrubber(pseudonymizer, redactor);
        _secrets = secrets;
        _sessions = sessions;
        _actions = actions;
    }

    /// <summary>
    /// Filters <paramref name="raw"/> by consent and by the app gate (in place), then fills <paramref name="clean"/>
    /// with the scrubbed, sessionized events. Late events land in <paramref name="output"/>'s late batch, scrubbed;
    /// closed sessions and final idle periods in its lists. Drops are added to <paramref name="dropped"/>. A person's
    /// secret is looked up (or made) only once some of their events have consent.
    /// </summary>
    public void Transform(EventBatch raw, EventBatch clean, long wallMicros, SessionOutput output, ref ConsentDrops dropped)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(clean);
        clean.Clear();
        _consent.Filter(raw, ref dropped);
        if (raw.Count == 0)
        {
            return;
        }

        PersonSecret person = _secrets.Resolve(raw.Subject);
        int keyVersion = KeyVersionFor(person);
        string pseudonym = _pseudonymizer.Subject(person, keyVersion);
        ref SubjectOwner owner = ref CollectionsMarshal.GetValueRefOrAddDefault(_owners, pseudonym, out bool known);
        if (!known)
        {
            // Once per pseudonym while it has state, not per batch: a record key is cached per raw id anyway.
            string? recordKey = _secrets.RecordKeyOf(person);
            if (recordKey is null)
            {
                _owners.Remove(pseudonym);
            }
            else
            {
                owner = new SubjectOwner(recordKey, keyVersion);
            }
        }

        if (_apps is not null)
        {
            _apps.Filter(raw, person, keyVersion, ref dropped);
            if (raw.Count == 0)
            {
                if (!HasState(pseudonym))
                {
                    _owners.Remove(pseudonym);
                }

                return;
            }
        }

        _scrubber.Scrub(raw, person, keyVersion, clean);
        _consent.Link(raw.Subject, clean.Subject);
        _sessions.Process(clean, wallMicros, output);
    }

    /// <summary>
    /// Forgets <paramref name="subject"/> (a pseudonym of an erased person) in every stage without emitting anything;
    /// true when some stage had state, whose tombstone then goes to the changelog with the next commit.
    /// </summary>
    public bool Erase(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        bool erased = _sessions.Erase(subject);
        if (_apps is not null)
        {
            erased |= _apps.Erase(subject);
        }

        if (_actions is not null)
        {
            erased |= _actions.Erase(subject);
        }

        _owners.Remove(subject);
        return erased;
    }

    /// <summary>
    /// After a restore: forgets, as <see cref="Erase"/> does, every subject whose recorded owner
    /// <paramref name="isLive"/> says is gone (the keys topic no longer holds the secret its pseudonym came from), and
    /// returns how many. State written without an owner (by builds before it was recorded, or with fixed secrets)
    /// cannot be judged and stays.
    /// </summary>
    internal int EraseOrphans(Func<SubjectOwner, string, bool> isLive)
    {
        ArgumentNullException.ThrowIfNull(isLive);
        _orphans.Clear();
        foreach ((string subject, SubjectOwner owner) in _owners)
        {
            if (!isLive(owner, subject))
            {
                _orphans.Add(subject);
            }
        }

        foreach (string subject in _orphans)
        {
            Erase(subject);
        }

        int count = _orphans.Count;
        _orphans.Clear();
        return count;
    }

    /// <summary>
    /// Moves the subject pseudonyms whose state changed since the last call into <paramref name="changed"/> (some stage
    /// still has state: write it with <see cref="WriteState"/>) or <paramref name="removed"/> (no stage has any: a
    /// tombstone).
    /// </summary>
    public void TakeChanges(List<string> changed, List<string> removed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(removed);
        _sessions.TakeChanges(_sessionsChanged, _sessionsRemoved);
        _touched.UnionWith(_sessionsChanged);
        _touched.UnionWith(_sessionsRemoved);
        _sessionsChanged.Clear();
        _sessionsRemoved.Clear();
        _apps?.TakeChanges(_touched);
        if (_actions is not null)
        {
            _actions.TakeChanges(_actionsChanged, _actionsRemoved);
            _touched.UnionWith(_actionsChanged);
            _touched.UnionWith(_actionsRemoved);
            _actionsChanged.Clear();
            _actionsRemoved.Clear();
        }

        foreach (string subject in _touched)
        {
            if (HasState(subject))
            {
                changed.Add(subject);
            }
            else
            {
                removed.Add(subject);
                _owners.Remove(subject);
            }
        }

        _touched.Clear();
    }

    /// <summary>Adds every subject pseudonym with state in any stage to <paramref name="subjects"/> (a full snapshot).</summary>
    public void AllSubjects(List<string> subjects)
    {
        ArgumentNullException.ThrowIfNull(subjects);
        _sessions.AllSubjects(_sessionsChanged);
        _touched.UnionWith(_sessionsChanged);
        _sessionsChanged.Clear();
        _apps?.AllSubjects(_touched);
        if (_actions is not null)
        {
            _actions.AllSubjects(_actionsChanged);
            _touched.UnionWith(_actionsChanged);
            _actionsChanged.Clear();
        }

        subjects.AddRange(_touched);
        _touched.Clear();
    }

    /// <summary>
    /// Writes <paramref name="subject"/>'s changelog value: the container with each stage's section and whose state
    /// it is, or, when the sessions are the only stage with state and the owner is not known, their section bare
    /// (<see cref="SubjectStateCodec"/>).
    /// </summary>
    public void WriteState(string subject, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(output);
        bool sessions = _sessions.HasState(subject);
        bool apps = _apps?.HasState(subject) == true;
        bool actions = _actions?.HasState(subject) == true;
        bool owned = _owners.TryGetValue(subject, out SubjectOwner owner);
        if (!apps && !actions && !owned)
        {
            if (sessions)
            {
                _sessions.WriteState(subject, output);
            }
            else
            {
                SubjectStateCodec.WriteHeader(output);
            }

            return;
        }

        SubjectStateCodec.WriteHeader(output);
        if (sessions)
        {
            _section.ResetWrittenCount();
            _sessions.WriteState(subject, _section);
            SubjectStateCodec.WriteSection(output, SubjectStateCodec.SessionsTag, _section.WrittenSpan);
        }

        if (apps)
        {
            _section.ResetWrittenCount();
            _apps!.WriteState(subject, _section);
            SubjectStateCodec.WriteSection(output, SubjectStateCodec.AppGateTag, _section.WrittenSpan);
        }

        if (actions)
        {
            _section.ResetWrittenCount();
            _actions!.WriteState(subject, _section);
            SubjectStateCodec.WriteSection(output, SubjectStateCodec.ActionsTag, _section.WrittenSpan);
        }

        if (owned)
        {
            SubjectStateCodec.WriteOwner(output, owner, _section);
        }
    }

    /// <summary>
    /// Restores one subject from its latest changelog value (a container, or a bare format-1 sessions value from
    /// before the container); an empty value (tombstone) forgets it in every stage. A configured app gate's section is
    /// ignored when the gate is off now, and a gate switched on starts without state (its devices are unknown).
    /// </summary>
    /// <exception cref="InvalidDataException">The value is not a state record this version can read.</exception>
    public void RestoreState(string subject, ReadOnlySpan<byte> value, long wallMicros)
    {
        ArgumentNullException.ThrowIfNull(subject);
        SubjectStateSections sections = SubjectStateCodec.Read(value);
        _sessions.RestoreState(subject, sections.Sessions, wallMicros);
        _apps?.RestoreState(subject, sections.AppGate);
        _actions?.RestoreState(subject, sections.Actions);
        if (SubjectStateCodec.ReadOwner(sections.Owner) is { } owner && HasState(subject))
        {
            _owners[subject] = owner;
        }
        else
        {
            _owners.Remove(subject);
        }
    }

    private bool HasState(string subject) =>
        _sessions.HasState(subject) || _apps?.HasState(subject) == true || _actions?.HasState(subject) == true;

    private int KeyVersionFor(PersonSecret person)
    {
        ReadOnlySpan<int> versions = _pseudonymizer.Versions;
        int current = _pseudonymizer.CurrentVersion;
        if (versions.Length > 1)
        {
            for (int i = versions.Length - 1; i >= 0; i--)
            {
                if (versions[i] != current && _sessions.HasOpenSession(_pseudonymizer.Subject(person, versions[i])))
                {
                    return versions[i];
                }
            }
        }

        return current;
    }
}
