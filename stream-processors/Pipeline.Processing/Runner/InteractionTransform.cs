using Pipeline.Privacy;
using Pipeline.Processing.Consent;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Runner;

/// <summary>
/// The per-batch transform of one partition: consent → pseudonyms → redaction → sessions and idle. A function over a
/// raw batch with the output buffers passed in; its state (consent table, sessions) comes from the partition's
/// context. No Kafka here, so it runs the same in the runner, the benchmarks and the tests.
/// </summary>
/// <remarks>
/// Key rotation: a subject whose session is open under an older key version keeps that version until the session
/// closes, so one session never mixes two pseudonyms; new sessions use the current version.
/// </remarks>
public sealed class InteractionTransform
{
    private readonly Pseudonymizer _pseudonymizer;
    private readonly Redactor _redactor;
    private readonly ConsentTable _consent;
    private readonly Sessionizer _sessions;

    public InteractionTransform(Pseudonymizer pseudonymizer, Redactor redactor, ConsentTable consent, Sessionizer sessions)
    {
        ArgumentNullException.ThrowIfNull(pseudonymizer);
        ArgumentNullException.ThrowIfNull(redactor);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(sessions);
        _pseudonymizer = pseudonymizer;
        _redactor = redactor;
        _consent = consent;
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

        int version = KeyVersionFor(raw.Subject);
        clean.Subject = _pseudonymizer.Subject(raw.Subject, version);
        clean.Device = _pseudonymizer.Device(raw.Device, version);
        clean.KeyVersion = version;
        clean.ScreenWidth = raw.ScreenWidth;
        clean.ScreenHeight = raw.ScreenHeight;
        foreach (ref readonly InteractionEvent e in raw.Events)
        {
            ref InteractionEvent c = ref clean.Add();
            c = e;
            if (c.App is not null)
            {
                c.App = _redactor.Redact(c.App);
            }

            if (c.Title is not null)
            {
                c.Title = _redactor.Redact(c.Title);
            }
        }

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
