using System.Buffers;
using System.Text;
using Pipeline.Processing.Consent;
using Pipeline.Schemas.Codec;
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

    // 2026-11-23: inside the rules' plausible range, so records built on it are readable.
    private const long T = 1_795_000_000L * 1_000_000;

    private static byte[] Encoded(ConsentChange change)
    {
        var buffer = new ArrayBufferWriter<byte>();
        ConsentChangeCodec.Write(change, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Key(string subject) => Encoding.UTF8.GetBytes(subject);

    private static (long Kept, ConsentDrops Drops) FilterAt(ConsentTable table, string subject, params long[] times)
    {
        var batch = new EventBatch { Subject = subject, Device = "dev-1" };
        foreach (long time in times)
        {
            batch.Add(new InteractionEvent { Seq = batch.Count, TimeMicros = time, Kind = EventKind.Move });
        }

        var drops = new ConsentDrops();
        table.Filter(batch, ref drops);
        return (batch.Count, drops);
    }

    [Fact]
    public void TryApply_ReadableRecordUnderItsSubjectsKey_Applied()
    {
        ConsentTable table = NewTable();

        Assert.True(table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out string fault));

        Assert.Equal("", fault);
        Assert.Equal(ConsentVerdict.Granted, table.Check("erin", T + Minute));
        Assert.Equal(0, table.UnreadableSubjects);
    }

    [Fact]
    public void TryApply_UndecodableAfterGrant_BlocksTheKeysSubjectAtEveryEventTime()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);
        table.TryApply(Key("finn"), Encoded(Change("finn", ConsentState.Granted, T)), out _);

        Assert.False(table.TryApply(Key("erin"), "not avro at all"u8.ToArray(), out string fault));

        Assert.StartsWith("bad_magic", fault, StringComparison.Ordinal);
        // Before, at and after the grant: the unreadable record may have been a revoke, so nothing passes.
        (long kept, ConsentDrops drops) = FilterAt(table, "erin", T - Minute, T + Minute, T + (1000 * Minute));
        Assert.Equal(0, kept);
        Assert.Equal(3, drops.ConsentUnreadable);
        Assert.Equal(3, drops.Total);
        Assert.Equal(ConsentVerdict.Unreadable, table.Check("erin", T + Minute));
        Assert.Equal(ConsentVerdict.Granted, table.Check("finn", T + Minute));
        Assert.Equal(1, table.UnreadableSubjects);
    }

    [Fact]
    public void TryApply_ReadableChangeAfterUnreadable_LiftsTheBlockAndJudgesByEventTimeAgain()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);
        table.TryApply(Key("erin"), [0xC3, 0x01, 1, 2, 3], out _);

        Assert.True(table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Paused, T + (10 * Minute), T + (20 * Minute), new ConsentInterval(ConsentState.Granted, T, null))), out _));

        Assert.Equal(ConsentVerdict.Granted, table.Check("erin", T + Minute));
        Assert.Equal(ConsentVerdict.Paused, table.Check("erin", T + (15 * Minute)));
        Assert.Equal(0, table.UnreadableSubjects);
    }

    [Fact]
    public void TryApply_TombstoneAfterUnreadable_MeansNoConsent()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);
        table.TryApply(Key("erin"), [1, 2, 3], out _);

        Assert.True(table.TryApply(Key("erin"), null, out _));

        (long kept, ConsentDrops drops) = FilterAt(table, "erin", T + Minute);
        Assert.Equal((0L, 1L, 0L), (kept, drops.NoConsent, drops.ConsentUnreadable));
    }

    [Fact]
    public void TryApply_TombstoneAfterGrant_NoConsent()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);

        Assert.True(table.TryApply(Key("erin"), null, out _));

        Assert.Equal(ConsentVerdict.NoConsent, table.Check("erin", T + Minute));
    }

    [Fact]
    public void TryApply_ValueBreaksTheRules_BlocksTheSubject()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);

        Assert.False(table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Revoked, T + Minute, until: T + (2 * Minute))), out string fault));

        Assert.Equal("only a pause has an end", fault);
        Assert.Equal(ConsentVerdict.Unreadable, table.Check("erin", T));
    }

    [Fact]
    public void TryApply_ValueNamesAnotherSubjectThanItsKey_BlocksTheKeysSubjectOnly()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);
        table.TryApply(Key("finn"), Encoded(Change("finn", ConsentState.Granted, T)), out _);

        Assert.False(table.TryApply(Key("erin"), Encoded(Change("finn", ConsentState.Revoked, T + Minute)), out string fault));

        Assert.Equal("the subject in the value is not the record's key", fault);
        Assert.Equal(ConsentVerdict.Unreadable, table.Check("erin", T + (2 * Minute)));
        Assert.Equal(ConsentVerdict.Granted, table.Check("finn", T + (2 * Minute)));
    }

    [Fact]
    public void TryApply_NoKeyButReadableValue_BlocksTheSubjectTheValueNames()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);

        Assert.False(table.TryApply(null, Encoded(Change("erin", ConsentState.Revoked, T + Minute)), out string fault));

        Assert.Equal("the record has no key", fault);
        Assert.Equal(ConsentVerdict.Unreadable, table.Check("erin", T));
    }

    [Fact]
    public void TryApply_NoKeyAndUndecodable_BlocksNobody()
    {
        ConsentTable table = NewTable();
        table.TryApply(Key("erin"), Encoded(Change("erin", ConsentState.Granted, T)), out _);

        Assert.False(table.TryApply([], [9, 9, 9], out string fault));
        Assert.False(table.TryApply(null, null, out string tombstoneFault));

        Assert.StartsWith("no key, and ", fault, StringComparison.Ordinal);
        Assert.Equal("a tombstone without a key names no subject", tombstoneFault);
        Assert.Equal(0, table.UnreadableSubjects);
        Assert.Equal(ConsentVerdict.Granted, table.Check("erin", T + Minute));
    }

    [Fact]
    public void TryApply_UnknownFingerprint_Unreadable()
    {
        ConsentTable table = NewTable();
        byte[] value = Encoded(Change("erin", ConsentState.Granted, T));
        value[2] ^= 0xFF; // a schema this build does not ship

        Assert.False(table.TryApply(Key("erin"), value, out string fault));

        Assert.StartsWith("unknown_fingerprint", fault, StringComparison.Ordinal);
        Assert.Equal(ConsentVerdict.Unreadable, table.Check("erin", T));
    }
}
