using System.Buffers;
using System.Text;
using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.Processing.Runner;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Processing.Tests.Runner;

/// <summary>Topics of one test on the shared broker, with helpers to feed raw and consent records and read outputs.</summary>
internal sealed class ProcessorScenario
{
    public const long Second = 1_000_000;
    public const long Minute = 60 * Second;

    /// <summary>A fixed past instant: replayed history, so the wall clock is far past every session.</summary>
    public const long T0 = 1_750_000_000L * Second;

    private readonly BrokerFixture _broker;

    public ProcessorScenario(BrokerFixture broker, int partitions = 2)
    {
        _broker = broker;
        Topics = new TopicNames
        {
            Raw = broker.CreateTopic("raw", partitions),
            Consent = broker.CreateTopic("consent", partitions),
            Clean = broker.CreateTopic("clean", partitions),
            Sessions = broker.CreateTopic("sessions", partitions),
            Idle = broker.CreateTopic("idle", partitions),
            DeadLetter = broker.CreateTopic("dlq", partitions),
            ProcessorState = broker.CreateTopic("state", partitions),
        };
        Group = BrokerFixture.UniqueGroup("processor");
    }

    public TopicNames Topics { get; }

    public string Group { get; }

    public ProcessorOptions Options => new()
    {
        Topics = Topics,
        GroupId = Group,
        TransactionalIdPrefix = Group,
        Pseudonyms = PseudonymOptions.Development,
        Sessions = new SessionOptions { QuietTimeout = TimeSpan.FromSeconds(1) },
        PunctuationInterval = TimeSpan.FromMilliseconds(200),
        BrokerLacksTransactionIsolation = true,
        KafkaTimeout = TimeSpan.FromSeconds(20),
    };

    public static string Pseudonym(string subject) =>
        new Pseudonymizer(PseudonymOptions.Development).Subject(subject, PseudonymOptions.DevelopmentKeyVersion);

    public static string DevicePseudonym(string device) =>
        new Pseudonymizer(PseudonymOptions.Development).Device(device, PseudonymOptions.DevelopmentKeyVersion);

    public Task ConsentAsync(string subject, ConsentState state, long time, params ConsentInterval[] history)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ConsentChangeCodec.Write(new ConsentChange(subject, subject + "-laptop", state, time, null, "v1", history), buffer);
        return _broker.ProduceAsync(Topics.Consent, Encoding.UTF8.GetBytes(subject), buffer.WrittenSpan.ToArray());
    }

    /// <summary>Batches of moves one second apart; every tenth event a focus change whose title holds PII.</summary>
    public async Task RawAsync(string subject, long firstSeq, int batches, int perBatch, long start)
    {
        var records = new List<KeyValuePair<byte[]?, byte[]>>();
        long seq = firstSeq;
        for (int b = 0; b < batches; b++)
        {
            var batch = new EventBatch { Subject = subject, Device = subject + "-laptop", ScreenWidth = 1920, ScreenHeight = 1080 };
            for (int i = 0; i < perBatch; i++, seq++)
            {
                ref InteractionEvent e = ref batch.Add();
                e.Seq = seq;
                e.TimeMicros = start + (seq * Second);
                if (seq % 10 == 0)
                {
                    e.Kind = EventKind.Focus;
                    e.App = "thunderbird";
                    e.Title = $"Re: offer - {subject}@example.com - card 4111 1111 1111 1111";
                }
                else
                {
                    e.Kind = EventKind.Move;
                    e.X = (int)(seq % 1920);
                    e.Y = 100;
                }
            }

            var buffer = new ArrayBufferWriter<byte>();
            RawBatchCodec.Write(batch, buffer);
            records.Add(new(Encoding.UTF8.GetBytes(subject), buffer.WrittenSpan.ToArray()));
        }

        await _broker.ProduceAsync(Topics.Raw, records);
    }

    /// <summary>Every clean event as (device pseudonym, seq, session id, title), duplicates kept.</summary>
    public List<(string Device, long Seq, string SessionId, string? Title, string Subject)> CleanEvents()
    {
        var events = new List<(string, long, string, string?, string)>();
        var batch = new EventBatch();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.Clean, TimeSpan.FromSeconds(20)))
        {
            Assert.True(CleanBatchCodec.TryRead(r.Message.Value, batch, out DecodeError error), error.Detail);
            Assert.Equal(batch.Subject, Encoding.UTF8.GetString(r.Message.Key!));
            foreach (InteractionEvent e in batch.Events)
            {
                events.Add((batch.Device, e.Seq, e.SessionId!, e.Title, batch.Subject));
            }
        }

        return events;
    }

    public List<SessionSummary> Sessions() => Read<SessionSummary>(Topics.Sessions, static (byte[] v, out SessionSummary? s, out DecodeError e) => SessionSummaryCodec.TryRead(v, out s, out e));

    public List<IdlePeriod> IdlePeriods() => Read<IdlePeriod>(Topics.Idle, static (byte[] v, out IdlePeriod? s, out DecodeError e) => IdlePeriodCodec.TryRead(v, out s, out e));

    public List<(DeadLetter Letter, string Reason)> DeadLetters()
    {
        var letters = new List<(DeadLetter, string)>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(Topics.DeadLetter, TimeSpan.FromSeconds(20)))
        {
            Assert.True(DeadLetterCodec.TryRead(r.Message.Value, out DeadLetter? letter, out DecodeError error), error.Detail);
            letters.Add((letter, Encoding.UTF8.GetString(r.Message.Headers.GetLastBytes("reason"))));
        }

        return letters;
    }

    /// <summary>Every byte the processor wrote to the topics ML readers see.</summary>
    public List<byte[]> PublicOutputBytes()
    {
        var all = new List<byte[]>();
        foreach (string topic in new[] { Topics.Clean, Topics.Sessions, Topics.Idle })
        {
            foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(20)))
            {
                all.Add(r.Message.Key ?? []);
                all.Add(r.Message.Value);
            }
        }

        return all;
    }

    private delegate bool TryReadValue<T>(byte[] value, out T? result, out DecodeError error);

    private List<T> Read<T>(string topic, TryReadValue<T> read)
        where T : class
    {
        var values = new List<T>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topic, TimeSpan.FromSeconds(20)))
        {
            Assert.True(read(r.Message.Value, out T? value, out DecodeError error), error.Detail);
            values.Add(value!);
        }

        return values;
    }
}
