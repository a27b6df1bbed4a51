using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Scrubbing;

/// <summary>
/// The scrubbing stage: copies a consented raw batch into its clean form, with the subject and device replaced by
/// their pseudonyms under one key version and the person's secret (so they die with it), and PII redacted from app
/// names and window titles. Everything else in an event passes as it is (the capture side has already coarsened it).
/// </summary>
internal sealed class Scrubber(Pseudonymizer pseudonymizer, Redactor redactor)
{
    /// <summary>Fills <paramref name="clean"/> (cleared first) with <paramref name="raw"/>'s events, scrubbed.</summary>
    public void Scrub(EventBatch raw, PersonSecret person, int keyVersion, EventBatch clean)
    {
        clean.Clear();
        clean.Subject = pseudonymizer.Subject(person, keyVersion);
        clean.Device = pseudonymizer.Device(person, raw.Device, keyVersion);
        clean.KeyVersion = keyVersion;
        clean.ScreenWidth = raw.ScreenWidth;
        clean.ScreenHeight = raw.ScreenHeight;
        foreach (ref readonly InteractionEvent e in raw.Events)
        {
            ref InteractionEvent c = ref clean.Add();
            c = e;
            if (c.App is not null)
            {
                c.App = redactor.Redact(c.App);
            }

            if (c.Title is not null)
            {
                c.Title = redactor.Redact(c.Title);
            }
        }
    }
}
