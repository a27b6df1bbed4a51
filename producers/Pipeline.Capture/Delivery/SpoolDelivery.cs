using Microsoft.Extensions.Logging;

namespace Pipeline.Capture.Delivery;

/// <summary>
/// The disk spool and the sender that delivers it to Kafka, composed once for every role that captures (the
/// workstation agent, import, loadgen, the demo, the bench): open the spool (replaying what an earlier run left),
/// deliver in the background while batches are written, and on stop force the spool to disk, end the send loop and
/// drain what is left with <see cref="DeliveryOptions.DrainTimeout"/>, reporting what stays for the next start.
/// </summary>
/// <remarks>
/// Writers seal their open batches (dispose their devices, stop their fleet) before <see cref="StopAsync"/>, so that
/// the drain sees everything they accepted. The send loop ends on its own only on a fatal producer error; the
/// writer's loop sees it through <see cref="ThrowIfFailed"/>, and <see cref="StopAsync"/> throws it too.
/// </remarks>
public sealed class SpoolDelivery : IAsyncDisposable
{
    private readonly DeliveryOptions _options;
    private readonly CancellationTokenSource _stopSending = new();
    private Task? _sending;
    private bool _sendingStopped;

    /// <summary>Opens (or creates) the spool in <paramref name="directory"/> and its sender; nothing is sent before <see cref="Start"/>.</summary>
    /// <exception cref="ArgumentException">An option is unusable (one-line reason).</exception>
    public SpoolDelivery(string directory, SpoolOptions spool, DeliveryOptions delivery, ILoggerFactory loggers, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(spool);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        spool.Validate();
        delivery.Validate();
        _options = delivery;
        Spool = new DiskSpool(directory, spool, time);
        try
        {
            Sender = new SpoolSender(Spool, delivery, loggers.CreateLogger<SpoolSender>(), time);
        }
        catch
        {
            Spool.Dispose();
            throw;
        }
    }

    /// <summary>The spool that batches are written into (the <see cref="IBatchSink"/> of devices, fleets and imports).</summary>
    public DiskSpool Spool { get; }

    /// <summary>The sender, for its state: delivered records, whether the broker is reachable, the last error.</summary>
    public SpoolSender Sender { get; }

    /// <summary>Starts delivering in the background; records go out as they are written.</summary>
    /// <exception cref="InvalidOperationException">Already started.</exception>
    public void Start()
    {
        if (_sending is not null)
        {
            throw new InvalidOperationException("spool delivery is already started");
        }

        _sending = Task.Run(() => Sender.RunAsync(_stopSending.Token), CancellationToken.None);
    }

    /// <summary>
    /// Throws the send loop's fatal error if it has stopped on one, so that a writer does not capture into a spool
    /// nobody delivers.
    /// </summary>
    public void ThrowIfFailed()
    {
        if (_sending is { IsCompleted: true } sending && !_sendingStopped)
        {
            sending.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Forces the spool to disk, ends the send loop and drains: delivery goes on while the broker acknowledges records
    /// and ends once <see cref="DeliveryOptions.DrainTimeout"/> passes without one. Seal open batches first.
    /// </summary>
    /// <returns>What was delivered and what stays in the spool for the next start.</returns>
    /// <exception cref="Exception">The send loop's fatal error, if it stopped on one.</exception>
    public async Task<DrainOutcome> StopAsync()
    {
        Spool.Sync();
        await StopSendingAsync();
        long before;
        do
        {
            before = Sender.Delivered;
            if (await Sender.DrainAsync(_options.DrainTimeout))
            {
                break;
            }
        }
        while (Sender.Delivered > before);

        return new DrainOutcome(Sender.Delivered, Spool.PendingRecords, Spool.SpoolDirectory);
    }

    /// <summary>Ends the send loop if <see cref="StopAsync"/> did not, then releases the producer and the spool.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopSendingAsync();
        }
        finally
        {
            await Sender.DisposeAsync();
            Spool.Dispose();
            _stopSending.Dispose();
        }
    }

    private async Task StopSendingAsync()
    {
        if (_sendingStopped)
        {
            return;
        }

        _sendingStopped = true;
        await _stopSending.CancelAsync();
        if (_sending is not null)
        {
            // Ends quietly on cancellation; a fatal producer error surfaces here.
            await _sending;
        }
    }
}
