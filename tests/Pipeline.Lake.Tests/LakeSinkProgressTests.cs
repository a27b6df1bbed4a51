using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Tests;

public sealed class LakeSinkProgressTests
{
    [Fact]
    public void LagSeconds_NothingBuffered_Zero()
    {
        var progress = new LakeSinkProgress();

        Assert.Equal(0, progress.LagSeconds);
    }

    [Fact]
    public void LagSeconds_RowsWaitingWithoutCommit_Grows()
    {
        var progress = new LakeSinkProgress();
        progress.SetBuffered(10);
        Thread.Sleep(120);

        Assert.True(progress.LagSeconds >= 0.1, $"lag {progress.LagSeconds}");
    }

    [Fact]
    public void LagSeconds_AfterCommit_CountsFromTheCommit()
    {
        var progress = new LakeSinkProgress();
        progress.SetBuffered(10);
        Thread.Sleep(300);
        progress.AddCommitted(LakeTable.Events, 10, 1, 100);
        progress.SetBuffered(5);

        Assert.True(progress.LagSeconds < 0.25, $"lag {progress.LagSeconds} should count from the commit, not from the first waiting row");
    }

    [Fact]
    public void LagSeconds_AllCommitted_BackToZero()
    {
        var progress = new LakeSinkProgress();
        progress.SetBuffered(10);
        progress.AddCommitted(LakeTable.Events, 10, 1, 100);
        progress.SetBuffered(0);

        Assert.Equal(0, progress.LagSeconds);
    }
}
