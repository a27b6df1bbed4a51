using System.Buffers;
using System.Text;
using BenchmarkDotNet.Attributes;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Shredding;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Benchmarks.Processing;

/// <summary>
/// The price of crypto-shredding per raw record (100 events, as <see cref="ProcessorThroughputBenchmarks"/> sends):
/// the processor's open path (envelope, data key lookup, AES-256-GCM open, decode) against decoding the same batch in
/// clear, and the device's seal. Figures per record; docs/processing.md ("Cost per event") keeps them.
/// Run: <c>dotnet run -c Release --project benchmarks/Pipeline.Benchmarks -- --filter "*BatchOpener*" --inProcess --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class BatchOpenerBenchmarks
{
    private const long T0 = 1_750_000_000L * 1_000_000;

    private readonly EventBatch _batch = new();
    private readonly ArrayBufferWriter<byte> _sealedOut = new(16 * 1024);
    private KeysTable _table = null!;
    private BatchOpener _opener = null!;
    private DataKey _key = null!;
    private byte[] _route = null!;
    private byte[] _plain = null!;
    private byte[] _sealed = null!;

    [GlobalSetup]
    public void Setup()
    {
        const string subject = "person-1";
        const string device = "laptop-1";
        var router = new SubjectRouter(UnsealingOptions.Development.Routing);
        string route = router.RouteOf(subject);
        _route = Encoding.UTF8.GetBytes(route);
        _key = DataKey.Generate();
        _table = new KeysTable(UnsealingOptions.Development);
        using (var wrapping = new ProcessingPublicKey(SealingOptions.Development.PublicKeyVersion, SealingOptions.Development.PublicKey))
        {
            // A table of a fleet's size, so the lookup is not into a table of one.
            for (int i = 0; i < 1000; i++)
            {
                using DataKey other = i == 0 ? null! : DataKey.Generate();
                DataKey key = i == 0 ? _key : other;
                string recordKey = RecordKeys.DataKey(route, key.Id);
                byte[] material = new byte[DataKey.KeyBytes];
                key.CopyKeyTo(material);
                _table.Apply(Encoding.UTF8.GetBytes(recordKey), WrappedKeys.Wrap(wrapping, WrappedKeyKind.DataKey, recordKey, key.Id, new KeyMaterial(material, subject, device), 1));
            }
        }

        var batch = new EventBatch { Subject = subject, Device = device, ScreenWidth = 1920, ScreenHeight = 1080 };
        for (int i = 0; i < 100; i++)
        {
            ref InteractionEvent e = ref batch.Add();
            e.Seq = i;
            e.TimeMicros = T0 + (i * 16_000L);
            if (i == 0)
            {
                e.Kind = EventKind.Focus;
                e.App = "thunderbird";
                e.Title = "Re: budget - john.doe@example.com - Outlook";
            }
            else if (i % 5 == 0)
            {
                e.Kind = EventKind.KeyDown;
                e.KeyClass = KeyClass.Letter;
            }
            else
            {
                e.Kind = EventKind.Move;
                e.X = i;
                e.Y = 300;
            }
        }

        var plain = new ArrayBufferWriter<byte>();
        RawBatchCodec.Write(batch, plain);
        _plain = plain.WrittenSpan.ToArray();
        BatchSealing.Seal(_key, _route, _plain, _sealedOut);
        _sealed = _sealedOut.WrittenSpan.ToArray();
        _opener = new BatchOpener(_table, acceptUnencrypted: false);
        if (Open() != 100)
        {
            throw new InvalidOperationException("the sealed batch does not open");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _table.Dispose();

    /// <summary>A batch in clear, decoded: what the processor did before encryption.</summary>
    [Benchmark(Baseline = true)]
    public int DecodeInClear() => RawBatchCodec.TryRead(_plain, _batch, out _) ? _batch.Count : -1;

    /// <summary>A sealed batch as the runner takes it: envelope, data key, opened and decoded, in one pass.</summary>
    [Benchmark]
    public int Open() => _opener.Open(_route, _sealed, _batch, out _, out _, out _, out _, keysAtEnd: false) == BatchOpening.Opened ? _batch.Count : -1;

    /// <summary>
    /// The runner's path before it opened in one pass: a separate key check (<see cref="KeysTable.NeedsCatchUp"/>,
    /// which decodes the envelope and looks the key id up twice), then the same open. Kept to price the change in one run.
    /// </summary>
    [Benchmark]
    public int OpenAfterSeparateKeyCheck() => _table.NeedsCatchUp(_sealed) ? -1 : Open();

    /// <summary>The device's side: an encoded batch sealed into its raw topic value.</summary>
    [Benchmark]
    public int Seal()
    {
        _sealedOut.ResetWrittenCount();
        BatchSealing.Seal(_key, _route, _plain, _sealedOut);
        return _sealedOut.WrittenCount;
    }
}
