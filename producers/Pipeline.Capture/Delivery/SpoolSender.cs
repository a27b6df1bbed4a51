using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Capture.Delivery;

/// <summary>
/// Delivers the spool to Kafka in order: reads a window of records, produces them with an idempotent producer
/// (acks=all), commits the longest acknowledged prefix and, when the broker is away, backs off and sends the rest
/// again (Polly retry, exponential with jitter, no attempt limit: the spool holds the data meanwhile). A fatal
/// producer error stops the sender loudly.
/// </summary>
/// <remarks>
/// A data key record (<see cref="RecordTopic.Keys"/>) ends its window: what follows it, the batches sealed under that
/// key first of all, goes out only once the broker has acknowledged the key, so a processor that reads a batch finds
/// its key on the keys topic. Keys-topic records go to the partition of their route (<see cref="RecordKeys.KeysPartition"/>),
/// where the processors' and erasure's records for the same people go too.
/// </remarks>
public sealed partial class SpoolSender : IAsyncDisposable
{
    private readonly DiskSpool _spool;
    private readonly DeliveryOptions _options;
    private readonly ILogger _logger;
    private readonly IProducer<string, byte[]> _producer;
    private readonly ResiliencePipeline _retry;
    private readonly List<SpoolEntry> _window = [];
    private readonly SemaphoreSlim _sending = new(1, 1);
    private bool[] _acknowledged = [];
    private int _committedInWindow;
    private long _delivered;
    private volatile bool _reachable = true;
    private volatile string? _lastError;

    /// <summary>Creates the sender; the producer connects lazily.</summary>
    public SpoolSender(DiskSpool spool, DeliveryOptions options, ILogger<SpoolSender> logger, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(spool);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _spool = spool;
        _options = options;
        _logger = logger;
        var config = new ProducerConfig
        {
            BootstrapServers = options.Bootstrap,
            // Idempotence: retries inside the client neither duplicate nor reorder records.
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 5,
            MessageTimeoutMs = (int)options.MessageTimeout.TotalMilliseconds,
            ClientId = "pipeline-capture",
        };
        foreach (KeyValuePair<string, string> p in options.KafkaProperties)
        {
            config.Set(p.Key, p.Value);
        }

        _producer = new ProducerBuilder<string, byte[]>(config)
            .SetPartitioner(options.Topics.Keys, static (_, partitionCount, key, _) => RecordKeys.KeysPartition(key, partitionCount))
            .SetErrorHandler((_, e) => OnClientError(e))
            .SetLogHandler((_, _) => { })
            .Build();
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<SpoolDeliveryException>().Handle<KafkaException>(static e => !e.Error.IsFatal),
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(100),
                MaxDelay = options.MaxBackoff,
                OnRetry = args =>
                {
                    _reachable = false;
                    LogRetry(_logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, _lastError ?? "delivery failed");
                    return default;
                },
            })
            .Build();
    }

    /// <summary>False while records fail to reach the broker.</summary>
    public bool BrokerReachable => _reachable;

    /// <summary>The last delivery error (an error code and text from the client, never record content).</summary>
    public string? LastError => _lastError;

    /// <summary>Records acknowledged by the broker since start.</summary>
    public long Delivered => Interlocked.Read(ref _delivered);

    /// <summary>Delivers until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!await SendOnceAsync(cancellationToken))
                {
                    await _spool.WaitForDataAsync(TimeSpan.FromMilliseconds(250), cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: what was not acknowledged stays in the spool.
        }
    }

    /// <summary>Delivers what is in the spool now, for at most <paramref name="timeout"/>. True when the spool is empty.</summary>
    public async Task<bool> DrainAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (_spool.PendingRecords > 0 && await SendOnceAsync(cts.Token))
            {
            }
        }
        catch (OperationCanceledException)
        {
            // Out of time: what is left stays in the spool for the next start.
        }

        return _spool.PendingRecords == 0;
    }

    /// <summary>Flushes the client and releases it.</summary>
    public ValueTask DisposeAsync()
    {
        _producer.Flush(TimeSpan.FromSeconds(1));
        _producer.Dispose();
        _sending.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<bool> SendOnceAsync(CancellationToken cancellationToken)
    {
        // RunAsync and DrainAsync may overlap at shutdown; one window at a time keeps the order.
        await _sending.WaitAsync(cancellationToken);
        try
        {
            return await SendWindowWithRetriesAsync(cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task<bool> SendWindowWithRetriesAsync(CancellationToken cancellationToken)
    {
        _window.Clear();
        _spool.Rewind();
        if (_spool.Read(_window, _options.Window) == 0)
        {
            return false;
        }

        // A key record is a barrier: the records after it wait for its acknowledgement (they are read again next time).
        int barrier = _window.FindIndex(static e => e.Topic == RecordTopic.Keys);
        if (barrier >= 0 && barrier < _window.Count - 1)
        {
            _window.RemoveRange(barrier + 1, _window.Count - barrier - 1);
        }

        if (_acknowledged.Length < _window.Count)
        {
            _acknowledged = new bool[_window.Count];
        }

        Array.Clear(_acknowledged);
        _committedInWindow = 0;

        try
        {
            await _retry.ExecuteAsync(static async (state, ct) => await state.SendWindowAsync(), this, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _spool.Rewind();
            throw;
        }

        return true;
    }

    private async ValueTask SendWindowAsync()
    {
        // Only records not yet acknowledged are (re)sent: a record on another partition may have succeeded after
        // one that failed, and sending it again would duplicate it.
        int count = _window.Count;
        var outcomes = new Task<bool>?[count];
        for (int i = 0; i < count; i++)
        {
            if (_acknowledged[i])
            {
                continue;
            }

            SpoolEntry entry = _window[i];
            var tcs = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            outcomes[i] = tcs.Task;
            string topic = entry.Topic switch
            {
                RecordTopic.Consent => _options.Topics.Consent,
                RecordTopic.Keys => _options.Topics.Keys,
                _ => _options.Topics.Raw,
            };
            try
            {
                _producer.Produce(topic, new Message<string, byte[]> { Key = entry.Key, Value = entry.Value }, report =>
                {
                    if (report.Error.IsError)
                    {
                        _lastError = $"{report.Error.Code}: {report.Error.Reason}";
                    }

                    tcs.TrySetResult(!report.Error.IsError);
                });
            }
            catch (ProduceException<string, byte[]> ex) when (!ex.Error.IsFatal)
            {
                _lastError = $"{ex.Error.Code}: {ex.Error.Reason}";
                tcs.TrySetResult(false);
                break;
            }
        }

        // Wait for every report even when stopping: a record handed to the client may still be written, and
        // abandoning it would send it a second time from the spool. Reports come within the message timeout.
        for (int i = 0; i < count; i++)
        {
            if (outcomes[i] is { } outcome && await outcome)
            {
                _acknowledged[i] = true;
            }
        }

        int prefix = _committedInWindow;
        while (prefix < count && _acknowledged[prefix])
        {
            prefix++;
        }

        if (prefix > _committedInWindow)
        {
            _spool.Commit(_window[prefix - 1].End, prefix - _committedInWindow);
            Interlocked.Add(ref _delivered, prefix - _committedInWindow);
            _committedInWindow = prefix;
        }

        if (prefix < count)
        {
            // Send the unacknowledged rest again, in order, after the retry strategy's backoff.
            throw new SpoolDeliveryException(_lastError ?? "delivery failed");
        }

        if (!_reachable)
        {
            LogRecovered(_logger, _spool.PendingRecords);
        }

        _reachable = true;
        _lastError = null;
    }

    private void OnClientError(Error error)
    {
        _lastError = $"{error.Code}: {error.Reason}";
        if (error.IsFatal)
        {
            LogFatal(_logger, _lastError);
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "broker not taking records ({Error}); attempt {Attempt} in {DelayMs:F0} ms, records wait in the spool")]
    private static partial void LogRetry(ILogger logger, int attempt, double delayMs, string error);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "broker reachable again; {Pending} records still to deliver from the spool")]
    private static partial void LogRecovered(ILogger logger, long pending);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Critical, Message = "fatal Kafka producer error: {Error}")]
    private static partial void LogFatal(ILogger logger, string error);
}
