using System.Security.Cryptography;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

/// <summary>The real <c>pipeline</c> host killed with SIGKILL mid-work, then run again.</summary>
public sealed class LakeCrashTests : IClassFixture<BrokerFixture>, IDisposable
{
    private const int Sigkill = 9;
    private static readonly TimeSpan s_exitTimeout = TimeSpan.FromSeconds(60);

    private readonly BrokerFixture _broker;
    private readonly TempLake _lake = new();
    private readonly string _state = Path.Combine(Path.GetTempPath(), "pipeline-lake-state-" + Guid.NewGuid().ToString("N")[..8]);

    public LakeCrashTests(BrokerFixture broker)
    {
        _broker = broker;
        Directory.CreateDirectory(_state);
    }

    [Fact]
    public async Task Sink_KilledWhileWriting_RestartedRunHoldsEveryRowExactlyOnce()
    {
        var topics = new TopicNames
        {
            Clean = _broker.CreateTopic("clean", partitions: 3),
            Sessions = _broker.CreateTopic("sessions", partitions: 1),
            Idle = _broker.CreateTopic("idle", partitions: 1),
        };
        int events = 0;
        using (IProducer<byte[]?, byte[]> producer = _broker.CreateProducer())
        {
            for (int b = 0; b < 240; b++)
            {
                int person = 1 + (b % 6);
                var batch = LakeTestData.Batch(person, b * 100L, LakeTestData.BaseMicros + (b * 10_000L), 60);
                producer.Produce(topics.Clean, new Message<byte[]?, byte[]> { Key = Encoding.UTF8.GetBytes(batch.Subject), Value = LakeTestData.Encode(batch) });
                events += 60;
            }

            producer.Flush(TimeSpan.FromSeconds(30));
        }

        var environment = new Dictionary<string, string>
        {
            ["PIPELINE__Topics__Clean"] = topics.Clean,
            ["PIPELINE__Topics__Sessions"] = topics.Sessions,
            ["PIPELINE__Topics__Idle"] = topics.Idle,
            ["PIPELINE__Sink__MaxRowsPerFile"] = "300",
        };
        string[] args = ["sink", "--lake", _lake.Root, "--bootstrap", _broker.BootstrapServers, "--until-idle", "2"];

        for (int kill = 1; kill <= 2; kill++)
        {
            using PipelineProcess sink = PipelineProcess.Start(args, _state, environment);
            int target = kill * 8;
            await Eventually.TrueAsync(() => _lake.Files("events").Length >= target || sink.HasExited, $"{target} event files in the lake", TimeSpan.FromSeconds(60));
            Assert.False(sink.HasExited, $"the sink finished before it could be killed:\n{sink.StandardError}");
            sink.Signal(Sigkill);
            sink.WaitForExit(s_exitTimeout);
        }

        Assert.True(_lake.Files("events").Length < events / 300 + 3, "the kills should have landed before the sink finished");
        using (PipelineProcess last = PipelineProcess.Start(args, _state, environment))
        {
            Assert.Equal(0, last.WaitForExit(s_exitTimeout));
        }

        using var duck = new DuckDb();
        string scan = DuckDb.Scan(_lake.Root, "events");
        Assert.Equal(events, duck.Long($"SELECT count(*) FROM {scan}"));
        Assert.Equal(events, duck.Long($"SELECT count(DISTINCT (device, seq)) FROM {scan}"));
        Assert.Empty(Directory.GetFiles(_lake.Root, ".*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Erase_KilledHalfWay_RunAgainCompletesTheSameRequest()
    {
        const string raw = "bob.smith@example.org";
        byte[] key = RandomNumberGenerator.GetBytes(32);
        PersonSecret secret = await KeysTopicRecords.PublishSecretAsync(_broker, _broker.Topics.Names.Keys, raw);
        string pseudonym = new Pseudonymizer(new PseudonymOptions { Keys = new Dictionary<int, byte[]> { [1] = key }, CurrentVersion = 1 }).Subject(secret, 1);
        for (int offset = 0; offset < 40; offset++)
        {
            LakeWriter.Write(_lake.Root, 2, offset, 20, LakeTestData.BaseMicros + (offset * 120_000_000L), offset % 2 == 0 ? pseudonym : null);
        }

        var environment = new Dictionary<string, string>
        {
            ["PIPELINE__Pseudonym__Keys__1"] = Convert.ToBase64String(key),
            ["PIPELINE__Shredding__AllowDevelopmentKeys"] = "true",
            ["PIPELINE__Lake__Erase__PauseBetweenFiles"] = "00:00:00.100",
        };
        string[] args = ["lake", "erase", "--subject", raw, "--lake", _lake.Root, "--bootstrap", _broker.BootstrapServers];

        using (PipelineProcess first = PipelineProcess.Start(args, _state, environment))
        {
            first.WaitForLine("erased ", TimeSpan.FromSeconds(60));
            first.Signal(Sigkill);
            first.WaitForExit(s_exitTimeout);
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_lake.Root, "_lake", "journal")));
        using (var duck = new DuckDb())
        {
            Assert.True(duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, "events")} WHERE subject = '{pseudonym}'") > 0, "the kill should have landed half-way");
        }

        // The pause was there only so the kill lands half-way; the run that finishes the request goes at full speed.
        var unpaused = new Dictionary<string, string>(environment);
        unpaused.Remove("PIPELINE__Lake__Erase__PauseBetweenFiles");
        using (PipelineProcess second = PipelineProcess.Start(args, _state, unpaused))
        {
            Assert.Equal(0, second.WaitForExit(s_exitTimeout));
            Assert.Contains("finished an interrupted run", second.StandardOutput, StringComparison.Ordinal);
        }

        using (var duck = new DuckDb())
        {
            foreach (string table in new[] { "events", "sessions", "idle_periods" })
            {
                Assert.Equal(0, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, table)} WHERE subject = '{pseudonym}'"));
                Assert.Equal(20, duck.Long($"SELECT count(*) FROM {DuckDb.Scan(_lake.Root, table)} WHERE subject = '{LakeTestData.Pseudonym(2)}'") / (table == "events" ? 20 : 1));
            }

            Assert.Equal(1, duck.Long($"SELECT count(DISTINCT request_id) FROM {DuckDb.Scan(_lake.Root, "audit")}"));
            Assert.Equal(400, duck.Long($"SELECT rows_removed FROM {DuckDb.Scan(_lake.Root, "audit")} WHERE target = 'events'"));
        }

        byte[] rawBytes = Encoding.UTF8.GetBytes(raw);
        foreach (string file in Directory.GetFiles(_lake.Root, "*", SearchOption.AllDirectories))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(rawBytes) < 0, $"{file} holds the raw id");
        }

        Assert.False(Directory.EnumerateFiles(Path.Combine(_lake.Root, "_lake", "journal")).Any());
    }

    public void Dispose()
    {
        _lake.Dispose();
        try
        {
            Directory.Delete(_state, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
