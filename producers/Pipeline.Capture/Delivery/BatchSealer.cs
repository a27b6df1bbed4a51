using System.Buffers;
using System.Text;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Delivery;

/// <summary>
/// Seals one device's batches before they reach the spool, so no plaintext event ever leaves the batcher: each batch
/// is encrypted under the device's data key (<see cref="BatchSealing"/>) and keyed by its subject's route, never by the
/// subject. The data key is made on the device; before the first batch under a key, its copy wrapped for the
/// processing side goes into the same sink (<see cref="RecordTopic.Keys"/>), which delivers it, acknowledged, before
/// anything written after it. The key is new at start, after <see cref="SealingOptions.DataKeyRotation"/>, and after
/// <see cref="Retire"/> (consent revoked); it lives only in memory. Not thread-safe: used under the device's lock.
/// </summary>
public sealed class BatchSealer : IDisposable
{
    private readonly SealingOptions _options;
    private readonly string _subject;
    private readonly string _device;
    private readonly IBatchSink _sink;
    private readonly TimeProvider _time;
    private readonly ProcessingPublicKey _wrappingKey;
    private readonly byte[] _routeBytes;
    private readonly ArrayBufferWriter<byte> _sealed = new(16 * 1024);
    private DataKey? _key;
    private long _keyMadeAt;

    /// <summary>A sealer for <paramref name="subject"/>'s device <paramref name="device"/>, writing into <paramref name="sink"/>.</summary>
    public BatchSealer(SealingOptions options, string subject, string device, IBatchSink sink, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(subject);
        ArgumentException.ThrowIfNullOrEmpty(device);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        _options = options;
        _subject = subject;
        _device = device;
        _sink = sink;
        _time = time;
        _wrappingKey = new ProcessingPublicKey(options.PublicKeyVersion, options.PublicKey);
        Route = new SubjectRouter(options.Routing).RouteOf(subject);
        _routeBytes = Encoding.UTF8.GetBytes(Route);
    }

    /// <summary>The record key of this device's batches: its subject's route (<see cref="RecordKeys.Route"/>).</summary>
    public string Route { get; }

    /// <summary>The id of the data key batches are sealed under now; null before the first batch and after <see cref="Retire"/>.</summary>
    public string? CurrentKeyId => _key?.Id;

    /// <summary>Data keys made so far.</summary>
    public int KeysMade { get; private set; }

    /// <summary>
    /// Seals <paramref name="encodedBatch"/> (the batch's single-object encoding) and writes it to the sink under the
    /// route, after the wrapped key record if a new key was due.
    /// </summary>
    public void SealAndWrite(ReadOnlySpan<byte> encodedBatch)
    {
        if (_key is null || _time.GetElapsedTime(_keyMadeAt) >= _options.DataKeyRotation)
        {
            Rotate();
        }

        _sealed.ResetWrittenCount();
        BatchSealing.Seal(_key!, _routeBytes, encodedBatch, _sealed);
        _sink.Write(RecordTopic.Raw, Route, _sealed.WrittenSpan);
    }

    /// <summary>
    /// Forgets the data key: the next batch is sealed under a new one. Called when consent is revoked, so that a person
    /// who is erased and enrols again starts under keys the erasure never saw.
    /// </summary>
    public void Retire()
    {
        _key?.Dispose();
        _key = null;
    }

    /// <summary>Clears the data key from memory.</summary>
    public void Dispose()
    {
        Retire();
        _wrappingKey.Dispose();
    }

    private void Rotate()
    {
        Retire();
        var key = DataKey.Generate();
        byte[] material = new byte[DataKey.KeyBytes];
        try
        {
            key.CopyKeyTo(material);
            string recordKey = RecordKeys.DataKey(Route, key.Id);
            byte[] value = WrappedKeys.Wrap(_wrappingKey, WrappedKeyKind.DataKey, recordKey, key.Id,
                new KeyMaterial(material, _subject, _device), Micros.Now(_time));
            _sink.Write(RecordTopic.Keys, recordKey, value);
        }
        catch
        {
            key.Dispose();
            throw;
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(material);
        }

        _key = key;
        _keyMadeAt = _time.GetTimestamp();
        KeysMade++;
    }
}
