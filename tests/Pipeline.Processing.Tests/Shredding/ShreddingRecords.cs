using System.Buffers;
using System.Text;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Shredding;

/// <summary>Keys-topic and raw records as a device makes them (development keys), for the keys table and opener tests.</summary>
internal sealed class ShreddingRecords : IDisposable
{
    public static readonly SubjectRouter Router = new(UnsealingOptions.Development.Routing);

    private readonly ProcessingPublicKey _wrapping = new(SealingOptions.Development.PublicKeyVersion, SealingOptions.Development.PublicKey);

    public DataKey Key { get; } = DataKey.Generate();

    public string Subject { get; }

    public string Device { get; }

    public ShreddingRecords(string subject, string? device = null)
    {
        Subject = subject;
        Device = device ?? subject + "-laptop";
    }

    public string Route => Router.RouteOf(Subject);

    public byte[] RouteBytes => Encoding.UTF8.GetBytes(Route);

    public string DataKeyRecordKey => RecordKeys.DataKey(Route, Key.Id);

    /// <summary>The device's data key record: (key, value).</summary>
    public (byte[] Key, byte[] Value) DataKeyRecord(string? owner = null, string? device = null)
    {
        byte[] material = new byte[DataKey.KeyBytes];
        Key.CopyKeyTo(material);
        return (Encoding.UTF8.GetBytes(DataKeyRecordKey),
            WrappedKeys.Wrap(_wrapping, WrappedKeyKind.DataKey, DataKeyRecordKey, Key.Id, new KeyMaterial(material, owner ?? Subject, device ?? Device), 1));
    }

    /// <summary>A person secret record for the subject: (key, value), and the secret.</summary>
    public (byte[] Key, byte[] Value) SecretRecord(out PersonSecret secret, ProcessingPublicKey? wrapping = null)
    {
        secret = PersonSecret.Create(Subject);
        string recordKey = Router.PersonSecretKeyOf(Subject);
        return (Encoding.UTF8.GetBytes(recordKey), WrappedKeys.Wrap(wrapping ?? _wrapping, WrappedKeyKind.PersonSecret, recordKey, recordKey[(RecordKeys.RouteLength + 3)..],
            new KeyMaterial(secret.Value.ToArray(), Subject, null), 1));
    }

    /// <summary>A sealed batch of <paramref name="events"/> moves of the subject's device (or of <paramref name="claimedSubject"/>).</summary>
    public byte[] SealedBatch(int events = 3, string? claimedSubject = null)
    {
        var output = new ArrayBufferWriter<byte>();
        BatchSealing.Seal(Key, RouteBytes, PlainBatch(events, claimedSubject), output);
        return output.WrittenSpan.ToArray();
    }

    public byte[] PlainBatch(int events = 3, string? claimedSubject = null)
    {
        var batch = new EventBatch { Subject = claimedSubject ?? Subject, Device = Device };
        for (int i = 0; i < events; i++)
        {
            batch.Add(new InteractionEvent { Seq = i + 1, TimeMicros = 1_750_000_000_000_000 + i, Kind = EventKind.Move, X = i });
        }

        var output = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, output);
        return output.WrittenSpan.ToArray();
    }

    public void Dispose()
    {
        Key.Dispose();
        _wrapping.Dispose();
    }
}
