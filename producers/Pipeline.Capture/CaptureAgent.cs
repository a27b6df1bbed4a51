using System.Globalization;
using Microsoft.Extensions.Logging;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Sources;
using Pipeline.Capture.Transparency;

namespace Pipeline.Capture;

/// <summary>
/// The workstation agent for one device: watches the consent ledger, subscribes the input source only while
/// consent allows capture, passes input through the privacy gate and batcher into the disk spool, and delivers
/// the spool to Kafka (<see cref="SpoolDelivery"/>). Consent changes are published to the consent topic in order with
/// the events. On stop it seals the open batch, forces the spool to disk and delivers what the broker takes.
/// </summary>
/// <remarks>
/// A source that dies while capturing (<see cref="IInputSource.Failure"/>: the X server went away) ends the run the
/// same way, within a consent poll (250 ms) of the source noticing: the open batch is sealed, the spool synced and
/// drained, the reason logged and written to the status file (<see cref="AgentStatusFile"/>, shown by
/// <c>pipeline consent status</c>), and <see cref="RunAsync"/> then throws <see cref="CaptureSourceFailedException"/>
/// so the process exits non-zero and its supervisor restarts it. Any other fault of the run (a delivery that failed
/// for good) also reaches the flush, the log and the status file before it propagates.
/// </remarks>
public sealed class CaptureAgent
{
    private const string PublishedFile = "consent.published";

    /// <summary>How often the page's aggregates are saved for <c>pipeline consent ui</c>: every 10 s (and at stop).</summary>
    private static readonly TimeSpan s_activitySave = TimeSpan.FromSeconds(10);

    private readonly CaptureAgentOptions _options;
    private readonly IInputSource _source;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private DeviceCapture? _device;
    private SpoolDelivery? _delivery;
    private ConsentLedger? _ledger;
    private volatile bool _listening;
    private DateTimeOffset _startedAt;

    /// <summary>Creates the agent; nothing is opened or subscribed until <see cref="RunAsync"/>.</summary>
    public CaptureAgent(CaptureAgentOptions options, IInputSource source, ILoggerFactory loggers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _source = source;
        _loggers = loggers;
        _logger = loggers.CreateLogger("Pipeline.Capture");
        _time = time;
        Activity = new ActivityTally(time, ActivityFile.TryLoad(ActivityPath, out string? problem));
        if (problem is not null)
        {
            CaptureLog.ActivityFresh(_logger, problem);
        }
    }

    /// <summary>The aggregates behind the person's page, continued from the last run's <see cref="ActivityFile"/>.</summary>
    public ActivityTally Activity { get; }

    /// <summary>Where the page's aggregates are saved.</summary>
    public string ActivityPath => Path.Combine(_options.StateDirectory, ActivityFile.FileName);

    /// <summary>Where the consent ledger of this agent lives.</summary>
    public string LedgerPath => Path.Combine(_options.StateDirectory, ConsentLedger.FileName);

    /// <summary>The spool directory of this agent.</summary>
    public string SpoolPath => Path.Combine(_options.StateDirectory, "spool");

    /// <summary>A snapshot for status and health; null before <see cref="RunAsync"/> opened everything.</summary>
    public CaptureStatus? Status
    {
        get
        {
            DeviceCapture? device = _device;
            SpoolDelivery? delivery = _delivery;
            ConsentLedger? ledger = _ledger;
            if (device is null || delivery is null || ledger is null)
            {
                return null;
            }

            DiskSpool spool = delivery.Spool;
            SpoolSender sender = delivery.Sender;

            long dropped = 0;
            foreach ((_, long count) in device.Drops.NonZero())
            {
                dropped += count;
            }

            return new CaptureStatus(ledger.Current.StatusAt(Micros.Now(_time)), _listening, spool.IsFull, spool.PendingRecords,
                sender.BrokerReachable, device.Accepted, dropped, sender.Delivered);
        }
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled (SIGTERM, SIGINT), then flushes.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        AtomicFile.CreateOwnerOnlyDirectory(_options.StateDirectory);
        _ledger = new ConsentLedger(LedgerPath, _time);
        using var sequence = new SequenceAllocator(Path.Combine(_options.StateDirectory, SequenceAllocator.FileName));
        await using var delivery = new SpoolDelivery(SpoolPath, _options.Spool, _options.Delivery, _loggers, _time);
        _delivery = delivery;
        DiskSpool spool = delivery.Spool;
        if (spool.PendingRecords > 0)
        {
            CaptureLog.Replaying(_logger, spool.PendingRecords);
        }

        delivery.Start();
        Activity.Reconcile(spool.PendingRecords);
        var device = new DeviceCapture(_options.Device, Activity.Observe(spool), _time, sequence) { Activity = Activity };
        _device = device;
        _startedAt = _time.GetUtcNow();
        WriteStatus(running: true);
        bool spoolFull = false;
        long activitySaved = _time.GetTimestamp();
        string? stopReason = null;
        Exception? sourceFailure = null;
        try
        {
            ApplyConsent(device);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (_ledger.Refresh())
                {
                    ApplyConsent(device);
                }

                await SetListeningAsync(_ledger.Current.StatusAt(Micros.Now(_time)));
                Activity.ObserveAgent(_listening, delivery.Sender.Delivered, spool.PendingRecords, spool.PendingBytes, delivery.Sender.BrokerReachable);
                if (_time.GetElapsedTime(activitySaved) >= s_activitySave)
                {
                    SaveActivity();
                    activitySaved = _time.GetTimestamp();
                }

                if (spool.IsFull != spoolFull)
                {
                    spoolFull = spool.IsFull;
                    if (spoolFull)
                    {
                        CaptureLog.SpoolFull(_logger, spool.PendingBytes);
                    }
                    else
                    {
                        CaptureLog.SpoolRoom(_logger);
                    }
                }

                // A source that died must not leave an agent that says it is listening: stop, flush, and say why.
                if (_listening && _source.Failure is { } failure)
                {
                    sourceFailure = failure;
                    stopReason = $"the {_source.Name} input source failed: {FirstLine(failure.Message)}";
                    CaptureLog.SourceFailed(_logger, _source.Name, FirstLine(failure.Message));
                    break;
                }

                // The sender only ends on a fatal error; surface it rather than capture into a spool nobody drains.
                delivery.ThrowIfFailed();

                try
                {
                    await Task.Delay(_options.ConsentPoll, _time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stopReason = FirstLine(ex.Message);
            throw;
        }
        finally
        {
            // Each step runs whatever the one before did: a source that fails to stop must not cost the open batch.
            try
            {
                await _source.StopAsync();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                CaptureLog.SourceStopFailed(_logger, _source.Name, FirstLine(ex.Message));
            }

            _listening = false;
            device.Dispose();
            DrainOutcome left = await delivery.StopAsync();
            Activity.ObserveAgent(false, left.Delivered, left.PendingRecords, spool.PendingBytes, delivery.Sender.BrokerReachable);
            SaveActivity();
            CaptureLog.Stopped(_logger, device.Accepted, left.Delivered, left.PendingRecords);
            WriteStatus(running: false, stopReason, device.Accepted, left.Delivered, left.PendingRecords);
        }

        if (sourceFailure is not null)
        {
            throw new CaptureSourceFailedException(stopReason!, sourceFailure);
        }
    }

    private void WriteStatus(bool running, string? stopReason = null, long accepted = 0, long delivered = 0, long pending = 0)
    {
        var run = new AgentRun(running, Environment.ProcessId, _source.Name, _startedAt, _listening,
            running ? null : _time.GetUtcNow(), stopReason, accepted, delivered, pending);
        try
        {
            AgentStatusFile.Write(_options.StateDirectory, run);
        }
        catch (IOException ex)
        {
            // The status is for the person's information; capture and its flush do not depend on it.
            CaptureLog.StatusNotWritten(_logger, FirstLine(ex.Message));
        }
        catch (UnauthorizedAccessException ex)
        {
            CaptureLog.StatusNotWritten(_logger, FirstLine(ex.Message));
        }
    }

    private static string FirstLine(string text)
    {
        int end = text.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? text : text[..end];
    }

    private void SaveActivity()
    {
        try
        {
            ActivityFile.Save(ActivityPath, Activity.Snapshot());
        }
        catch (IOException ex)
        {
            // The page's counts are not worth stopping capture for; say so and try again at the next save.
            CaptureLog.ActivityNotSaved(_logger, ex.Message);
        }
    }

    private void ApplyConsent(DeviceCapture device)
    {
        ConsentRecord record = _ledger!.Current;
        device.Consent = record;
        string publishedPath = Path.Combine(_options.StateDirectory, PublishedFile);
        int published = 0;
        if (File.Exists(publishedPath)
            && int.TryParse(File.ReadAllText(publishedPath).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int p))
        {
            published = p;
        }

        if (published > record.History.Count)
        {
            // The ledger was replaced (removed and granted anew): publish its transitions from the start.
            published = 0;
        }

        for (int i = published; i < record.History.Count; i++)
        {
            device.PublishConsent(record, i);
        }

        if (published != record.History.Count)
        {
            AtomicFile.Write(publishedPath, System.Text.Encoding.ASCII.GetBytes(record.History.Count.ToString(CultureInfo.InvariantCulture)));
            CaptureLog.ConsentChanged(_logger, record.StatusAt(Micros.Now(_time)));
        }
    }

    private async Task SetListeningAsync(ConsentStatus status)
    {
        bool listen = status == ConsentStatus.Granted;
        if (listen == _listening)
        {
            return;
        }

        if (listen)
        {
            _source.Start(_device!);
            _listening = true;
            CaptureLog.Listening(_logger, _source.Name);
        }
        else
        {
            await _source.StopAsync();
            _listening = false;
            CaptureLog.NotListening(_logger, status);
        }

        WriteStatus(running: true);
    }
}
