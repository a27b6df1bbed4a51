using Pipeline.Processing.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Consent;

public sealed class ConsentTableTests
{
    private const long Minute = 60_000_000;

    private static ConsentChange Change(string subject, ConsentState state, long time, long? until = null, params ConsentInterval[] history) =>
        new(subject, "dev-1", state, time, until, null, history);

    private static ConsentTable NewTable() => new();

    [Fact]
    public void Check_UnknownSubject_IsNoConsent() => Assert.Equal(ConsentVerdict.NoConsent, NewTable().Check("nobody", 10));

    [Fact]
    public void Check_BeforeGrant_IsNoConsentAndAfterIsGranted()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("alice", ConsentState.Granted, 100 * Minute));

        Assert.Equal(ConsentVerdict.NoConsent, table.Check("alice", 99 * Minute));
        Assert.Equal(ConsentVerdict.Granted, table.Check("alice", 100 * Minute));
    }

    [Fact]
    public void Check_LatestRecordWithHistory_JudgesPastTimesByHistory()
    {
        // Compaction kept only the revocation; its history still says what held before.
        ConsentTable table = NewTable();
        table.Apply(Change("carol", ConsentState.Revoked, 50 * Minute, null,
            new ConsentInterval(ConsentState.Granted, 0, null),
            new ConsentInterval(ConsentState.Paused, 10 * Minute, 20 * Minute),
            new ConsentInterval(ConsentState.Paused, 30 * Minute, null),
            new ConsentInterval(ConsentState.Resumed, 35 * Minute, null)));

        Assert.Equal(ConsentVerdict.Granted, table.Check("carol", 5 * Minute));
        Assert.Equal(ConsentVerdict.Paused, table.Check("carol", 15 * Minute));
        Assert.Equal(ConsentVerdict.Granted, table.Check("carol", 25 * Minute)); // the pause ran out by itself
        Assert.Equal(ConsentVerdict.Paused, table.Check("carol", 32 * Minute));
        Assert.Equal(ConsentVerdict.Granted, table.Check("carol", 40 * Minute));
        Assert.Equal(ConsentVerdict.Revoked, table.Check("carol", 50 * Minute));
    }

    [Fact]
    public void Apply_OlderRecordAfterNewer_KeepsBoth()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("dan", ConsentState.Revoked, 50 * Minute));
        table.Apply(Change("dan", ConsentState.Granted, 10 * Minute));

        Assert.Equal(ConsentVerdict.Granted, table.Check("dan", 20 * Minute));
        Assert.Equal(ConsentVerdict.Revoked, table.Check("dan", 60 * Minute));
    }

    [Fact]
    public void Filter_MixedBatch_KeepsGrantedInOrderAndCountsDropsByReason()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("erin", ConsentState.Revoked, 40 * Minute, null,
            new ConsentInterval(ConsentState.Granted, 10 * Minute, null),
            new ConsentInterval(ConsentState.Paused, 20 * Minute, 30 * Minute)));
        var batch = new EventBatch { Subject = "erin" };
        long[] times = [5, 11, 12, 25, 31, 45];
        for (int i = 0; i < times.Length; i++)
        {
            batch.Add(new InteractionEvent { Seq = i, TimeMicros = times[i] * Minute });
        }

        var drops = new ConsentDrops();
        table.Filter(batch, ref drops);

        Assert.Equal([1L, 2, 4], batch.Events.ToArray().Select(e => e.Seq));
        Assert.Equal(1, drops.NoConsent);
        Assert.Equal(1, drops.Paused);
        Assert.Equal(1, drops.Revoked);
    }

    [Fact]
    public void Filter_UnknownSubject_DropsAllAsNoConsent()
    {
        var batch = new EventBatch { Subject = "frank" };
        batch.Add(new InteractionEvent { Seq = 1, TimeMicros = 1 });
        var drops = new ConsentDrops();

        NewTable().Filter(batch, ref drops);

        Assert.Equal(0, batch.Count);
        Assert.Equal(1, drops.NoConsent);
    }

    [Fact]
    public void WasPausedBetween_ByPseudonym_FindsOverlappingPauseOnly()
    {
        var table = new ConsentTable();
        table.Apply(Change("gina", ConsentState.Resumed, 25 * Minute, null,
            new ConsentInterval(ConsentState.Granted, 0, null),
            new ConsentInterval(ConsentState.Paused, 20 * Minute, null)));
        const string pseudonym = "0123456789abcdef0123456789abcdef";
        Assert.False(table.WasPausedBetween(pseudonym, 18 * Minute, 27 * Minute));
        table.Link("gina", pseudonym);

        Assert.True(table.WasPausedBetween(pseudonym, 18 * Minute, 27 * Minute));
        Assert.False(table.WasPausedBetween(pseudonym, 26 * Minute, 40 * Minute));
        Assert.False(table.WasPausedBetween(pseudonym, 5 * Minute, 19 * Minute));
    }

    [Fact]
    public void Remove_Subject_EventsNoLongerPass()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("hank", ConsentState.Granted, 0));

        table.Remove("hank");

        Assert.Equal(ConsentVerdict.NoConsent, table.Check("hank", 10));
    }

    [Fact]
    public void Remove_LinkedSubject_PseudonymNoLongerAnswers()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("ivan", ConsentState.Paused, 10 * Minute, 60 * Minute, new ConsentInterval(ConsentState.Granted, 0, null)));
        table.Link("ivan", "ivan-pseudonym-v1");
        Assert.True(table.WasPausedBetween("ivan-pseudonym-v1", 0, 20 * Minute));

        table.Remove("ivan");

        Assert.False(table.WasPausedBetween("ivan-pseudonym-v1", 0, 20 * Minute));
    }

    [Fact]
    public void Unlink_ErasedPseudonym_NoLongerAnswersButTheSubjectKeepsItsConsent()
    {
        ConsentTable table = NewTable();
        table.Apply(Change("jana", ConsentState.Paused, 10 * Minute, 60 * Minute, new ConsentInterval(ConsentState.Granted, 0, null)));
        table.Link("jana", "jana-old");

        table.Unlink("jana-old");
        table.Link("jana", "jana-new");

        Assert.False(table.WasPausedBetween("jana-old", 0, 20 * Minute));
        Assert.True(table.WasPausedBetween("jana-new", 0, 20 * Minute));
        Assert.Equal(ConsentVerdict.Granted, table.Check("jana", 5 * Minute));
    }
}
