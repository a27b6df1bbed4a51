using Confluent.Kafka;
using Pipeline.Kafka;
using Pipeline.TestSupport;

namespace Pipeline.Kafka.Tests;

public sealed class KafkaErrorClassifierTests : IClassFixture<RelayedBrokerFixture>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(20);
    private readonly BrokerFixture _fixture;

    public KafkaErrorClassifierTests(RelayedBrokerFixture fixture) => _fixture = fixture;

    [Theory]
    [InlineData(ErrorCode.Local_Transport, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.Local_AllBrokersDown, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.Local_QueueFull, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.NotLeaderForPartition, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.RequestTimedOut, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.GroupCoordinatorNotAvailable, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.ConcurrentTransactions, KafkaErrorAction.Retry)]
    [InlineData(ErrorCode.Local_MsgTimedOut, KafkaErrorAction.AbortAndRewind)]
    [InlineData(ErrorCode.UnknownProducerId, KafkaErrorAction.AbortAndRewind)]
    [InlineData(ErrorCode.IllegalGeneration, KafkaErrorAction.AbortAndRewind)]
    [InlineData(ErrorCode.Local_AssignmentLost, KafkaErrorAction.AbortAndRewind)]
    [InlineData(ErrorCode.Local_MaxPollExceeded, KafkaErrorAction.AbortAndRewind)]
    [InlineData(ErrorCode.OffsetOutOfRange, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.Local_AutoOffsetReset, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.Local_NoOffset, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.ProducerFenced, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.InvalidProducerEpoch, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.Local_Fenced, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.TopicAuthorizationFailed, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.TransactionalIdAuthorizationFailed, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.SaslAuthenticationFailed, KafkaErrorAction.Fatal)]
    [InlineData(ErrorCode.InvalidRecord, KafkaErrorAction.Fatal)] // not listed: unknown means stop
    public void Classify_Code_Action(ErrorCode code, KafkaErrorAction expected)
    {
        Assert.Equal(expected, KafkaErrorClassifier.Classify(code));
        Assert.Equal(expected, KafkaErrorClassifier.Classify(new Error(code)));
        Assert.Equal(expected, KafkaErrorClassifier.Classify(new KafkaException(code)));
    }

    [Fact]
    public void Classify_FatalFlagOnARetriableCode_Fatal()
    {
        var error = new Error(ErrorCode.Local_Transport, "fatal idempotence failure", isFatal: true);

        Assert.Equal(KafkaErrorAction.Fatal, KafkaErrorClassifier.Classify(error));
        Assert.Equal(KafkaErrorAction.Fatal, KafkaErrorClassifier.Classify(new KafkaRetriableException(error)));
    }

    [Fact]
    public void Classify_TxnRequiresAbortException_AbortAndRewindWhateverTheCode()
    {
        var e = new KafkaTxnRequiresAbortException(new Error(ErrorCode.InvalidRecord, "x"));

        Assert.Equal(KafkaErrorAction.AbortAndRewind, KafkaErrorClassifier.Classify(e));
    }

    [Fact]
    public void Classify_RetriableException_RetryWhateverTheCode()
    {
        var e = new KafkaRetriableException(new Error(ErrorCode.InvalidRecord, "x"));

        Assert.Equal(KafkaErrorAction.Retry, KafkaErrorClassifier.Classify(e));
    }

    [Fact]
    public void Classify_NotAKafkaException_Fatal()
    {
        Assert.Equal(KafkaErrorAction.Fatal, KafkaErrorClassifier.Classify(new IOException("disk full")));
    }

    [Fact]
    public void Classify_NoError_Throws()
    {
        Assert.Throws<ArgumentException>(() => KafkaErrorClassifier.Classify(new Error(ErrorCode.NoError)));
    }

    [Fact]
    public async Task Classify_RecordTimedOutInsideATransactionOnTheBroker_AbortAndRewind()
    {
        string topic = _fixture.CreateTopic("timed-out");
        ProducerConfig config = _fixture.Settings.CreateTransactionalProducerConfig(BrokerFixture.UniqueName("timeout-id"));
        config.MessageTimeoutMs = 1000;
        using IProducer<byte[]?, byte[]> producer = new ProducerBuilder<byte[]?, byte[]>(config).Build();
        producer.InitTransactions(s_timeout);
        producer.BeginTransaction();
        _fixture.Broker.SetBrokerDown();
        try
        {
            Task<DeliveryResult<byte[]?, byte[]>> delivery = producer.ProduceAsync(topic, new Message<byte[]?, byte[]> { Value = [1] });
            ProduceException<byte[]?, byte[]> lost = await Assert.ThrowsAsync<ProduceException<byte[]?, byte[]>>(() => delivery);
            Assert.Equal(ErrorCode.Local_MsgTimedOut, lost.Error.Code);
        }
        finally
        {
            _fixture.Broker.SetBrokerUp();
        }

        KafkaException e = Assert.ThrowsAny<KafkaException>(() => producer.CommitTransaction(s_timeout));
        Assert.Equal(KafkaErrorAction.AbortAndRewind, KafkaErrorClassifier.Classify(e));
        producer.AbortTransaction(s_timeout);
    }
}
