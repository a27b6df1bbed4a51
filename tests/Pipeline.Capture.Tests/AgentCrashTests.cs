using System.Text;
using Confluent.Kafka;
using Pipeline.Capture.Delivery;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>The real host as a child process, killed with SIGKILL while it spools, then started again.</summary>
public sealed class AgentCrashTests : IClassFixture<RelayedBrokerFixture>
{
    /// <summary>Not a test of sealing: the well-known development keys let loadgen seal its batches.</summary>
    private static readonly Dictionary<string, string> s_developmentKeys = new() { ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true" };

    private readonly BrokerFixture _broker;

    public AgentCrashTests(RelayedBrokerFixture broker)
    {
        _broker = broker;
    }

    [Fact]
    public void Loadgen_KilledWhileSpooling_SpoolReplaysOnceInOrderAndSequenceContinues()
    {
        using var home = new TempDirectory();
        string spoolPath = Path.Combine(home.Path, "pipeline", "loadgen", "spool");
        string[] args = ["loadgen", "--devices", "2", "--rate", "100", "--bootstrap", _broker.BootstrapServers];
        _broker.Broker.SetBrokerDown();
        try
        {
            using PipelineProcess first = PipelineProcess.Start([.. args, "--duration", "120"], home.Path, s_developmentKeys);
            Eventually.True(() => first.HasExited || SpoolBytes(spoolPath) >= 4096, "the first run to spool", TimeSpan.FromSeconds(30));
            Assert.False(first.HasExited, first.StandardError);
            // Kill it while it writes: once the spool has grown again since that look.
            long seen = SpoolBytes(spoolPath);
            Eventually.True(() => first.HasExited || SpoolBytes(spoolPath) > seen, "the first run to go on spooling", TimeSpan.FromSeconds(30));
            Assert.False(first.HasExited, first.StandardError);
            first.Signal(9);
            first.WaitForExit(TimeSpan.FromSeconds(10));
        }
        finally
        {
            _broker.Broker.SetBrokerUp();
        }

        // What the killed process left in the spool, read independently of any sender.
        using var opener = new DevelopmentOpener();
        var spooled = new Dictionary<string, List<long>>();
        using (var spool = new DiskSpool(spoolPath, new SpoolOptions(), TimeProvider.System))
        {
            var entries = new List<SpoolEntry>();
            while (spool.Read(entries, 1000) > 0)
            {
            }

            foreach (SpoolEntry key in entries.Where(e => e.Topic == RecordTopic.Keys))
            {
                opener.AddKey(key.Key, key.Value);
            }

            Collect(entries.Where(e => e.Topic == RecordTopic.Raw).Select(e => opener.Open(e.Key, e.Value)), spooled);
        }

        Assert.Equal(2, spooled.Count);
        using PipelineProcess second = PipelineProcess.Start([.. args, "--duration", "2"], home.Path, s_developmentKeys);
        Assert.True(second.WaitForExit(TimeSpan.FromSeconds(60)) == 0, second.StandardError);

        var delivered = new Dictionary<string, List<long>>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(_broker.Topics.Names.Keys, TimeSpan.FromSeconds(10)))
        {
            opener.AddKey(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value);
        }

        Collect(_broker.ReadToEnd(_broker.Topics.Names.Raw, TimeSpan.FromSeconds(10)).Select(r => opener.Open(Encoding.UTF8.GetString(r.Message.Key!), r.Message.Value)), delivered);
        foreach ((string device, List<long> before) in spooled)
        {
            List<long> all = delivered[device];
            Assert.Equal(before, all.Take(before.Count));
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.True(all.Count > before.Count, "the second run recorded more");
            for (int i = 1; i < all.Count; i++)
            {
                Assert.True(all[i] > all[i - 1], $"sequence goes back at {i} on a device");
            }
        }
    }

    private static long SpoolBytes(string path) =>
        Directory.Exists(path) ? Directory.GetFiles(path, "*.seg").Sum(f => new FileInfo(f).Length) : 0;

    private static void Collect(IEnumerable<byte[]> values, Dictionary<string, List<long>> into)
    {
        var batch = new EventBatch();
        foreach (byte[] value in values)
        {
            Assert.True(RawBatchCodec.TryRead(value, batch, out DecodeError error), error.Detail);
            if (!into.TryGetValue(batch.Device, out List<long>? list))
            {
                into[batch.Device] = list = [];
            }

            foreach (InteractionEvent e in batch.Events)
            {
                list.Add(e.Seq);
            }
        }
    }
}
