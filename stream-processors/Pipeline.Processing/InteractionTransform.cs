using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Consent;
using Pipeline.Processing.Scrubbing;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing;

/// <summary>
/// The per-batch transform of one partition, composing the stages in their order: consent (<see cref="ConsentTable"/>)
/// → scrubbing (<see cref="Scrubber"/>: pseudonyms and redaction) → sessions and idle (<see cref="Sessionizer"/>). A
/// function over a raw batch with the output buffers passed in; its state (consent table, sessions) comes from the
/// partition's context. No Kafka here, so it runs the same in the runner, the benchmarks and the tests.
/// </summary>
/// <remarks>
/// <para>Key rotation: a subject whose session is open under an older key version keeps that version until the
/// session closes, so one session never mixes two pseudonyms; new sessions use the current version.</para>
/// <para>A further stage goes in its own folder beside the others, takes the clean, sessionized batch, and writes its
/// results into the output passed in; here it is one field and one line at its place in <see cref="Transform"/>.</para>
/// </remarks>
public sealed class InteractionTransform
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly ConsentTable _consent;
    private readonly Scrubber _scrubber;
    private readonly Sessionizer _sessions;

    public InteractionTransform(Pseudonymizer pseudonymizer, Redactor redactor, ConsentTable consent, Sessionizer sessions)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentNullException.ThrowIfNull(redactor);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(sessions);
        _pseudonymizer = pseudonymizer;
        _consent = consent;
        _scrubber = new Scrubber(pseudonymizer, redactor);
        _sessions = sessions;
    }

    /// <summary>
    /// Filters <paramref name="raw"/> by consent (in place), then fills <paramref name="clean"/> with the scrubbed,
    /// sessionized events. Late events land in <paramref name="output"/>'s late batch, scrubbed; closed sessions and
    /// final idle periods in its lists. Drops are added to <paramref name="dropped"/>.
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

        _scrubber.Scrub(raw, KeyVersionFor(raw.Subject), clean);
        _sessions.Process(clean, wallMicros, output);
    }

    private int KeyVersionFor(string rawSubject)
    {
        ReadOnlySpan<int> versions = _pseudonymizer.Versions;
        int current = _pseudonymizer.CurrentVersion;
        if (versions.Length > 1)
        {
            for (int i = versions.Length - 1; i >= 0; i--)
            {
                if (versions[i] != current && _sessions.HasOpenSession(_pseudonymizer.Subject(rawSubject, versions[i])))
                {
                    return versions[i];
                }
            }
        }

        return current;
    }
}
