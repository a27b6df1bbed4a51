using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;
using Pipeline.TestSupport;

namespace Pipeline.Lake.Tests;

public sealed class LakeSinkProgressTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void LagSeconds_NothingBuffered_Zero()
    {
        var progress = new LakeSinkProgress(_time);
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(0, progress.LagSeconds);
    }

    [Fact]
    public void LagSeconds_RowsWaitingWithoutCommit_GrowsWithTheSinksClock()
    {
        var progress = new LakeSinkProgress(_time);
        progress.SetBuffered(10);
        _time.Advance(TimeSpan.FromSeconds(90));

        Assert.Equal(90, progress.LagSeconds);
    }

    [Fact]
    public void LagSeconds_AfterCommit_CountsFromTheCommit()
    {
        var progress = new LakeSinkProgress(_time);
        progress.SetBuffered(10);
        _time.Advance(TimeSpan.FromMinutes(5));
        progress.AddCommitted(LakeTable.Events, 10, 1, 100);
        progress.SetBuffered(5);
        _time.Advance(TimeSpan.FromSeconds(30));

        Assert.Equal(30, progress.LagSeconds);
    }

    [Fact]
    public void LagSeconds_QuietHoursThenNewRows_CountsFromTheNewRowsNotTheLastCommit()
    {
        var progress = new LakeSinkProgress(_time);
        progress.SetBuffered(10);
        progress.AddCommitted(LakeTable.Events, 10, 1, 100);
        progress.SetBuffered(0);
        _time.Advance(TimeSpan.FromHours(3));
        progress.SetBuffered(4);
        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.Equal(20, progress.LagSeconds);
    }

    [Fact]
    public void LagSeconds_AllCommitted_BackToZero()
    {
        var progress = new LakeSinkProgress(_time);
        progress.SetBuffered(10);
        _time.Advance(TimeSpan.FromMinutes(1));
        progress.AddCommitted(LakeTable.Events, 10, 1, 100);
        progress.SetBuffered(0);

        Assert.Equal(0, progress.LagSeconds);
    }
}
