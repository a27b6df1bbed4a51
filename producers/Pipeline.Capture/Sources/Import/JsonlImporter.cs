using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Capture.Sources.Import;

/// <summary>
/// Imports a recording in the import format through the same privacy gate and batching as live capture. Each
/// subject and device gets its own gate, driven by the consent lines of the file (no consent line, nothing goes
/// through); the allow-list and titles setting apply as for capture. The file's sequence numbers and times are
/// kept: they are the recording's event identity. A refused line is reported and skipped; the rest goes through.
/// </summary>
public sealed class JsonlImporter
{
    private readonly PrivacyOptions _privacy;
    private readonly BatcherOptions _batching;
    private readonly IBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly SealingOptions? _sealing;

    /// <summary>Creates an importer writing sealed records into <paramref name="sink"/>, encrypted under <paramref name="sealing"/> (null: in clear).</summary>
    public JsonlImporter(PrivacyOptions privacy, BatcherOptions batching, IBatchSink sink, TimeProvider time, SealingOptions? sealing = null)
    {
        ArgumentNullException.ThrowIfNull(privacy);
        ArgumentNullException.ThrowIfNull(batching);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        privacy.Validate();
        batching.Validate();
        _privacy = privacy;
        _batching = batching;
        _sink = sink;
        _time = time;
        sealing?.Validate();
        _sealing = sealing;
    }

    /// <summary>Imports every line of <paramref name="reader"/>; <paramref name="refused"/> hears of each refused line.</summary>
    public ImportSummary Import(TextReader reader, Action<ImportLine>? refused = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var devices = new Dictionary<(string Subject, string Device), DeviceState>();
        var refusals = new Dictionary<string, long>(StringComparer.Ordinal);
        var line = new ImportLine();
        long lines = 0;
        long consentChanges = 0;
        try
        {
            string? text;
            while ((text = reader.ReadLine()) is not null)
            {
                lines++;
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                ImportLineParser.Parse(text, lines, line);
                if (line.Kind != ImportLineKind.Refused)
                {
                    DeviceState device = DeviceFor(devices, line.Subject, line.Device);
                    if (line.Event.Seq <= device.LastSeq)
                    {
                        Refuse(line, "seq_not_increasing", "seq must increase per device");
                    }
                    else if (line.Kind == ImportLineKind.Consent)
                    {
                        try
                        {
                            ConsentRecord next = device.Capture.Consent.Apply(line.ConsentState, line.Event.TimeMicros, line.UntilMicros, null);
                            device.Capture.Consent = next;
                            device.Capture.PublishConsent(next, next.History.Count - 1);
                            device.LastSeq = line.Event.Seq;
                            consentChanges++;
                        }
                        catch (Exception ex) when (ex is InvalidOperationException or ArgumentOutOfRangeException)
                        {
                            Refuse(line, "consent_transition", "this consent change is not possible from the state before it");
                        }
                    }
                    else
                    {
                        device.Capture.Accept(in line.Event);
                        device.LastSeq = line.Event.Seq;
                    }
                }

                if (line.Kind == ImportLineKind.Refused)
                {
                    refusals[line.Refusal!] = refusals.GetValueOrDefault(line.Refusal!) + 1;
                    refused?.Invoke(line);
                }
            }
        }
        finally
        {
            foreach (DeviceState device in devices.Values)
            {
                device.Capture.Dispose();
            }
        }

        long sent = 0;
        var dropped = new Dictionary<DropReason, long>();
        foreach (DeviceState device in devices.Values)
        {
            sent += device.Capture.Accepted;
            foreach ((DropReason reason, long count) in device.Capture.Drops.NonZero())
            {
                dropped[reason] = dropped.GetValueOrDefault(reason) + count;
            }
        }

        return new ImportSummary(lines, sent, consentChanges, dropped, refusals);
    }

    private static void Refuse(ImportLine line, string reason, string detail)
    {
        line.Kind = ImportLineKind.Refused;
        line.Refusal = reason;
        line.Detail = detail;
    }

    private DeviceState DeviceFor(Dictionary<(string, string), DeviceState> devices, string subject, string device)
    {
        if (!devices.TryGetValue((subject, device), out DeviceState? state))
        {
            var options = new DeviceCaptureOptions { Subject = subject, Device = device, Privacy = _privacy, Batching = _batching, Sealing = _sealing };
            state = new DeviceState(new DeviceCapture(options, _sink, _time, sequence: null));
            devices.Add((subject, device), state);
        }

        return state;
    }

    private sealed class DeviceState(DeviceCapture capture)
    {
        public DeviceCapture Capture { get; } = capture;

        public long LastSeq { get; set; } = -1;
    }
}
