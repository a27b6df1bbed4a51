using Pipeline.Lake.Sink;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tests;

public sealed class PartitionBufferTests
{
    private readonly PartitionBuffer _events = new("interaction.clean.v1", 0, LakeTable.Events);

    [Fact]
    public void AppendEvents_SameBatchTwice_SecondDroppedEntirely()
    {
        EventBatch batch = LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 10);

        int first = _events.AppendEvents(batch, 0);
        int second = _events.AppendEvents(batch, 1);

        Assert.Equal(0, first);
        Assert.Equal(10, second);
        Assert.Equal(10, _events.Rows);
        Assert.Equal(9, _events.Replays.HighestSeq(LakeTestData.Device(1)));
    }

    [Fact]
    public void AppendEvents_RepeatsInsideOneBatch_DroppedAndCounted()
    {
        EventBatch batch = LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 6);
        EventBatch replayed = LakeTestData.Batch(1, 3, LakeTestData.BaseMicros + 60_000, 3);
        for (int i = 0; i < replayed.Count; i++)
        {
            batch.Add() = replayed.Events[i]; // seq 0..5 then 3..5 again, as a repeat glued to the tail
        }

        int dropped = _events.AppendEvents(batch, 0);

        Assert.Equal(3, dropped);
        Assert.Equal(6, _events.Rows);
    }

    [Fact]
    public void AppendEvents_BatchOverlappingTheMark_KeepsOnlyTheNewTail()
    {
        _events.AppendEvents(LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 10), 0);

        int dropped = _events.AppendEvents(LakeTestData.Batch(1, 5, LakeTestData.BaseMicros, 10), 1);

        Assert.Equal(5, dropped);
        Assert.Equal(15, _events.Rows);
        Assert.Equal(14, _events.Replays.HighestSeq(LakeTestData.Device(1)));
    }

    [Fact]
    public void AppendEvents_DifferentDevicesWithEqualSeq_BothKept()
    {
        int first = _events.AppendEvents(LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 10), 0);
        int second = _events.AppendEvents(LakeTestData.Batch(2, 0, LakeTestData.BaseMicros, 10), 1);

        Assert.Equal(0, first + second);
        Assert.Equal(20, _events.Rows);
    }

    [Fact]
    public void AppendEvents_AfterReset_MarksStillDropRepeats()
    {
        EventBatch batch = LakeTestData.Batch(1, 0, LakeTestData.BaseMicros, 10);
        _events.NoteOffset(0, 0);
        _events.AppendEvents(batch, 0);
        _events.Reset(); // what a commit does: the rows are in the lake now

        int dropped = _events.AppendEvents(batch, 1);

        Assert.Equal(10, dropped);
        Assert.Equal(0, _events.Rows);
    }

    [Fact]
    public void Append_RepeatedSession_Dropped()
    {
        var sessions = new PartitionBuffer("interaction.sessions.v1", 0, LakeTable.Sessions);
        SessionSummary session = LakeTestData.Session(1, LakeTestData.BaseMicros);

        bool first = sessions.Append(session, 0);
        bool repeat = sessions.Append(session with { EndMicros = session.EndMicros + 1 }, 1);
        bool other = sessions.Append(LakeTestData.Session(2, LakeTestData.BaseMicros), 2);

        Assert.True(first);
        Assert.False(repeat);
        Assert.True(other);
        Assert.Equal(2, sessions.Rows);
    }

    [Fact]
    public void Append_SessionAlreadyMergedIntoAWrittenOne_Dropped()
    {
        var sessions = new PartitionBuffer("interaction.sessions.v1", 0, LakeTable.Sessions);
        SessionSummary merged = LakeTestData.Session(1, LakeTestData.BaseMicros) with { MergedFrom = ["s-later"] };
        sessions.Append(merged, 0);

        bool appended = sessions.Append(LakeTestData.Session(1, LakeTestData.BaseMicros) with { SessionId = "s-later" }, 1);

        Assert.False(appended);
        Assert.Equal(1, sessions.Rows);
    }

    [Fact]
    public void Append_IdlePeriods_RepeatDroppedOtherStartKept()
    {
        var idle = new PartitionBuffer("interaction.idle.v1", 0, LakeTable.IdlePeriods);
        IdlePeriod period = LakeTestData.Idle(1, LakeTestData.BaseMicros);

        bool first = idle.Append(period, 0);
        bool repeat = idle.Append(period, 1);
        bool later = idle.Append(period with { StartMicros = period.StartMicros + 1 }, 2);
        bool otherSubject = idle.Append(LakeTestData.Idle(2, LakeTestData.BaseMicros) with { SessionId = period.SessionId }, 3);

        Assert.Equal(new[] { true, false, true, true }, new[] { first, repeat, later, otherSubject });
        Assert.Equal(3, idle.Rows);
    }

    [Fact]
    public void AppendActions_SameBatchTwiceThenALaterOne_RepeatsDroppedLaterKept()
    {
        var buffer = new PartitionBuffer("interaction.actions.v1", 0, LakeTable.Actions);

        int first = buffer.AppendActions(LakeTestData.Actions(1, 0, LakeTestData.BaseMicros), 0);
        int repeat = buffer.AppendActions(LakeTestData.Actions(1, 0, LakeTestData.BaseMicros), 1);
        int later = buffer.AppendActions(LakeTestData.Actions(1, 100, LakeTestData.BaseMicros + 10_000_000), 2);
        int otherDevice = buffer.AppendActions(LakeTestData.Actions(2, 0, LakeTestData.BaseMicros), 3);

        Assert.Equal(new[] { 0, 5, 0, 0 }, new[] { first, repeat, later, otherDevice });
        Assert.Equal(15, buffer.Rows);
    }
}
