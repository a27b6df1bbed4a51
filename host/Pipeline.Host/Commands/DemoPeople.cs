using Pipeline.Capture;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources.Synthetic;

namespace Pipeline.Host.Commands;

/// <summary>
/// The demo's synthetic people: a <see cref="SyntheticFleet"/> through the same gate and batcher as a workstation,
/// batches cut by the real clock while the people live on the accelerated one. Person 2 pauses a third of the way in;
/// person 3 revokes at two thirds, so the summary shows consent at work on the device and in the processor.
/// </summary>
internal sealed class DemoPeople(DemoRequest request, IBatchSink sink, TimeProvider real, TimeProvider accelerated)
{
    /// <summary>Applications the demo allow-lists; the synthetic people also use "terminal", which is not.</summary>
    private static readonly string[] s_allowed = ["editor", "browser"];
    private static readonly string[] s_used = ["editor", "browser", "terminal"];

    private SyntheticFleet? _fleet;
    private int _step;

    public IReadOnlyList<DeviceCapture> Devices => _fleet?.Devices ?? [];

    public long Accepted => _fleet?.Accepted ?? 0;

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

    /// <summary>Stops input and seals every open batch into the spool; the devices' counts stay readable.</summary>
    public async Task StopAsync()
    {
        if (_fleet is not null)
        {
            await _fleet.DisposeAsync();
        }
    }
}
