using Pipeline.Capture.Delivery;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class EventBatcherTests
{
    private static InteractionEvent Move(long seq) => new() { Seq = seq, TimeMicros = 1_000_000 + seq, Kind = EventKind.Move, X = (int)seq, Y = 2 };

    [Fact]
    public void Add_MaxEvents_SealsOneRecordKeyedBySubject()
    {
        var sink = new MemorySink();
        var batcher = new EventBatcher("subject-1", "device-1", new BatcherOptions { MaxEvents = 3 }, sink, new ManualTime());
        batcher.SetScreen(800, 600);
        for (int i = 1; i <= 7; i++)
        {
            batcher.Add(Move(i));
        }

        Assert.Equal(2, sink.Records.Count);
        Assert.All(sink.Records, r => Assert.Equal("subject-1", r.Key));
        Assert.Equal([1L, 2, 3, 4, 5, 6], sink.Events().Select(e => e.Seq));
        Assert.Equal(1, batcher.Count);
    }

    [Fact]
    public void SealIfDue_AfterMaxDelay_Seals()
    {
        var sink = new MemorySink();
        var time = new ManualTime();
        var batcher = new EventBatcher("s", "d", new BatcherOptions { MaxDelay = TimeSpan.FromMilliseconds(200) }, sink, time);
        batcher.Add(Move(1));
        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(batcher.SealIfDue());
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(batcher.SealIfDue());
        InteractionEvent e = Assert.Single(sink.Events());
        Assert.Equal(1, e.X);
    }

    [Fact]
    public void Seal_Empty_WritesNothing()
    {
        var sink = new MemorySink();
        var batcher = new EventBatcher("s", "d", new BatcherOptions(), sink, new ManualTime());
        batcher.Seal();
        Assert.Empty(sink.Records);
    }

    [Fact]
    public void SetScreen_Changed_SealsBatchOfOldGeometry()
    {
        var sink = new MemorySink();
        var batcher = new EventBatcher("s", "d", new BatcherOptions(), sink, new ManualTime());
        batcher.SetScreen(800, 600);
        batcher.Add(Move(1));
        batcher.SetScreen(1024, 768);
        Assert.Single(sink.Records);
    }

    [Fact]
    public void BatcherOptions_Unusable_RejectedWithReason()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => new BatcherOptions { MaxEvents = 0 }.Validate());
        Assert.Contains("batch size", ex.Message);
        Assert.Throws<ArgumentException>(() => new BatcherOptions { MaxDelay = TimeSpan.Zero }.Validate());
    }
}
