using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Kafka;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Commands;

/// <summary>
/// The demo's synthetic people: a <see cref="SyntheticFleet"/> through the same gate and batcher as a workstation,
/// batches cut by the real clock while the people live on the accelerated one. Person 2 pauses a third of the way in;
/// person 3 revokes at two thirds, so the summary shows consent at work on the device and in the processor. At the
/// first third a corrupt consent record is published under the key of the busiest person no script step touches (as
/// a broken agent or tool would), which the processor cannot read: that person's events are dropped
/// (consent_unreadable) for the rest of the run. The busiest, because a synthetic person can sit in an app the devices
/// drop for a whole short run, and then there would be nothing to drop; for the rest of the run, because the block
/// lasts until a readable change arrives in processing order, and a re-grant in a run this short can be read before
/// the person's earlier events are, which would make the count a race.
/// </summary>
internal sealed class DemoPeople(DemoRequest request, IBatchSink sink, TimeProvider real, TimeProvider accelerated, SealingOptions sealing)
{
    /// <summary>What the script does, in the order it happens, for the demo to say before it starts.</summary>
    public static IEnumerable<string> Script(int devices, TopicNames topics)
    {
        yield return $"devices allow {string.Join(" and ", s_allowed)}; the people also use terminal, which the devices drop (not_allowlisted)";
        yield return $"the processor's app gate allows only {string.Join(", ", StreamAllowed)}: what the devices let through from browser is dropped in the stream (app_not_allowed)";
        if (devices >= 2)
        {
            yield return "at 1/3 person 2 pauses (their device drops input while paused)";
        }

        if (devices >= 3)
        {
            yield return "at 2/3 person 3 revokes consent";
        }

        yield return $"at 1/3 a corrupt consent record is published to {topics.Consent} under the key of the busiest person without a script step: the processor cannot read it, dead-letters it and drops their events (consent_unreadable) for the rest of the run (a readable consent change from them would lift it)";
    }

    /// <summary>Applications the demo's devices allow-list; the synthetic people also use "terminal", which is not.</summary>
    private static readonly string[] s_allowed = ["editor", "browser"];
    private static readonly string[] s_used = ["editor", "browser", "terminal"];

    /// <summary>The processor's own allow-list: stricter than the devices', so the stream's gate has work to show.</summary>
    public static readonly IReadOnlyList<string> StreamAllowed = ["editor"];

    /// <summary>What a consent record looks like to a processor when its writer is broken: not single-object Avro.</summary>
    private static readonly byte[] s_corruptConsent = "{\"state\":\"revoked\"} -- not avro, as a broken tool would write it"u8.ToArray();

    private SyntheticFleet? _fleet;
    private int _step;

    public IReadOnlyList<DeviceCapture> Devices => _fleet?.Devices ?? [];

    public long Accepted => _fleet?.Accepted ?? 0;

    /// <summary>The person under the corrupt consent record (after the first third), whose events the processor drops.</summary>
    public string? Blocked { get; private set; }

    /// <summary>Data keys the devices made (one each at start, one more after a revocation and a new grant).</summary>
    public long DataKeys
    {
        get
        {
            long keys = 0;
            foreach (DeviceCapture device in Devices)
            {
                keys += device.Sealer?.KeysMade ?? 0;
            }

            return keys;
        }
    }

    public void Start()
    {
        _fleet = new SyntheticFleet(
            new SyntheticFleetOptions
            {
                Devices = request.Devices,
                RateHz = request.RateHz,
                Seed = request.Seed,
                IdPrefix = "demo",
                Apps = s_used,
                AllowApps = s_allowed,
                IdleProbability = 0.02,
                MaxIdle = TimeSpan.FromMinutes(8),
                Sealing = sealing,
            },
            sink, real, stateDirectory: null, peopleClock: accelerated);
        _fleet.Start();
    }

    /// <summary>Called at each third of the run: the scripted consent changes.</summary>
    public void ScriptStep()
    {
        _step++;
        long now = Micros.Now(accelerated);
        IReadOnlyList<DeviceCapture> devices = Devices;
        if (_step == 1)
        {
            // Under that person's key, after their grant, as their own records are: the processor must take it as
            // their latest consent, and cannot read it.
            Blocked = Busiest(devices).Options.Subject;
            sink.Write(RecordTopic.Consent, Blocked, s_corruptConsent);
        }

        if (_step == 1 && devices.Count >= 2)
        {
            DeviceCapture d = devices[1];
            d.Consent = d.Consent.Pause(now, now + (long)ConsentRecord.DefaultPause.TotalMicroseconds);
            d.PublishConsent(d.Consent, d.Consent.History.Count - 1);
        }
        else if (_step == 2 && devices.Count >= 3)
        {
            DeviceCapture d = devices[2];
            d.Consent = d.Consent.Revoke(now);
            d.PublishConsent(d.Consent, d.Consent.History.Count - 1);
        }
    }

    /// <summary>The device with the most admitted events among those no script step touches (persons 1 and 4 on).</summary>
    private static DeviceCapture Busiest(IReadOnlyList<DeviceCapture> devices)
    {
        DeviceCapture busiest = devices[0];
        for (int i = 3; i < devices.Count; i++)
        {
            if (devices[i].Accepted > busiest.Accepted)
            {
                busiest = devices[i];
            }
        }

        return busiest;
    }

    /// <summary>Stops input and seals every open batch into the spool; the devices' counts stay readable.</summary>
    public async Task StopAsync()
    {
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }
    }
}
