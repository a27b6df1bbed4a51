using Pipeline.Processing.Apps;

namespace Pipeline.Processing.Tests.Apps;

public sealed class DeviceFocusTests
{
    [Fact]
    public void Record_OutOfOrder_KeptInTimeOrder()
    {
        var focus = new DeviceFocus("d");
        focus.Record(30, false);
        focus.Record(10, true);
        focus.Record(20, false);

        Assert.Equal([10L, 20, 30], focus.Marks.ToArray().Select(m => m.TimeMicros));
        Assert.True(focus.AllowedAt(15) is true);
        Assert.True(focus.AllowedAt(25) is false);
        Assert.Null(focus.AllowedAt(5));
    }

    [Fact]
    public void Record_Full_OldestGoesAndAnOlderChangeIsNotKept()
    {
        var focus = new DeviceFocus("d");
        for (int i = 1; i <= DeviceFocus.Capacity; i++)
        {
            focus.Record(i * 10, true);
        }

        Assert.True(focus.Record(55, false));
        Assert.False(focus.Record(1, false));

        Assert.Equal(DeviceFocus.Capacity, focus.Count);
        Assert.Equal(20, focus.Marks[0].TimeMicros);
        Assert.True(focus.AllowedAt(57) is false);
        Assert.True(focus.AllowedAt(60) is true);
        Assert.Null(focus.AllowedAt(15));
    }

    [Fact]
    public void Record_SameTime_LaterArrivalWins()
    {
        var focus = new DeviceFocus("d");
        focus.Record(10, true);
        focus.Record(10, false);

        Assert.True(focus.AllowedAt(10) is false);
    }
}
