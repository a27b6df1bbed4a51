using Confluent.Kafka;
using Pipeline.Processing.Runner;

namespace Pipeline.Processing.Tests.Runner;

public sealed class ProcessorStopClassifierTests
{
    [Theory]
    [InlineData(ErrorCode.OffsetOutOfRange, ProcessorStopReason.DataLost, false)]
    [InlineData(ErrorCode.Local_AutoOffsetReset, ProcessorStopReason.DataLost, false)]
    [InlineData(ErrorCode.ProducerFenced, ProcessorStopReason.Fenced, true)]
    [InlineData(ErrorCode.FencedInstanceId, ProcessorStopReason.Misconfigured, false)]
    [InlineData(ErrorCode.TopicAuthorizationFailed, ProcessorStopReason.NotAuthorized, false)]
    [InlineData(ErrorCode.Local_AllBrokersDown, ProcessorStopReason.Transient, true)]
    [InlineData(ErrorCode.Local_MaxPollExceeded, ProcessorStopReason.Transient, true)]
    [InlineData(ErrorCode.InvalidConfig, ProcessorStopReason.Unexpected, false)]
    public void Classify_KafkaError_ReasonByCodeThenByTheKafkaClassifier(ErrorCode code, ProcessorStopReason reason, bool restartCanHelp)
    {
        var cause = new KafkaException(new Error(code));

        ProcessorStoppedException stopped = ProcessorStopClassifier.Classify(cause);

        Assert.Equal((reason, restartCanHelp), (stopped.Reason, stopped.RestartCanHelp));
        Assert.Same(cause, stopped.InnerException);
        Assert.Equal(cause.Message, stopped.Message);
    }

    [Fact]
    public void Classify_FatalErrorWithARetriableCode_UnexpectedNotTransient()
    {
        ProcessorStoppedException stopped = ProcessorStopClassifier.Classify(new KafkaException(new Error(ErrorCode.Local_Transport, "gone", isFatal: true)));

        Assert.Equal(ProcessorStopReason.Unexpected, stopped.Reason);
    }

    [Fact]
    public void Classify_AlreadyStopped_StandsAsThrown()
    {
        var thrown = new ProcessorStoppedException(ProcessorStopReason.Misconfigured, "topic x is not available", null);

        Assert.Same(thrown, ProcessorStopClassifier.Classify(thrown));
    }

    [Fact]
    public void Classify_ByExceptionType_TimeoutTransientUnreadableStateCorruptAnythingElseUnexpected()
    {
        Assert.Equal(ProcessorStopReason.Transient, ProcessorStopClassifier.Classify(new TimeoutException("late")).Reason);
        Assert.Equal(ProcessorStopReason.CorruptState, ProcessorStopClassifier.Classify(new InvalidDataException("bad")).Reason);
        ProcessorStoppedException bug = ProcessorStopClassifier.Classify(new NullReferenceException());
        Assert.Equal(ProcessorStopReason.Unexpected, bug.Reason);
        Assert.False(bug.RestartCanHelp);
    }
}
