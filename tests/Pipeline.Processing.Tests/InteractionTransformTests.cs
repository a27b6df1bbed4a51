using System.Buffers;
using Pipeline.Privacy;
using Pipeline.Processing.Actions;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Consent;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Shredding;
using Pipeline.Processing.State;
using Pipeline.Processing.Tests.Sessions;
using Pipeline.Processing.Tests.Shredding;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests;

public sealed class InteractionTransformTests
{
    private const long Second = 1_000_000;
    private const long T0 = 1_750_000_000L * Second;
    private static readonly byte[] s_key1 = Enumerable.Repeat((byte)1, 32).ToArray();
    private static readonly byte[] s_key2 = Enumerable.Repeat((byte)2, 32).ToArray();

    private static Pseudonymizer Keys(int current) =>
        new(new PseudonymOptions { Keys = new Dictionary<int, byte[]> { [1] = s_key1, [2] = s_key2 }, CurrentVersion = current });

    private static EventBatch Raw(long start, string? title = null)
    {
        var batch = new EventBatch { Subject = "alice", Device = "alice-laptop", ScreenWidth = 1920, ScreenHeight = 1080 };
        batch.Add(new InteractionEvent { Seq = start, TimeMicros = T0 + (start * Second), Kind = title is null ? EventKind.Move : EventKind.Focus, App = title is null ? null : "mail", Title = title });
        return batch;
    }

    [Fact]
    public void Transform_ConsentedBatch_PseudonymisesRedactsAndAssignsSession()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent));
        var clean = new EventBatch();
        var drops = new ConsentDrops();

        transform.Transform(Raw(1, "Mail to bob@example.com"), clean, 0, new SessionOutput(), ref drops);

        Assert.Equal(keys.Subject(FixedSecrets.SecretOf("alice"), 1), clean.Subject);
        Assert.Equal(keys.Device(FixedSecrets.SecretOf("alice"), "alice-laptop", 1), clean.Device);
        Assert.Equal(1, clean.KeyVersion);
        Assert.Equal(1920, clean.ScreenWidth);
        Assert.Equal("Mail to <EMAIL>", clean.Events[0].Title);
        Assert.Equal(Sessionizer.SessionId(clean.Subject, T0 + Second), clean.Events[0].SessionId);
    }

    [Fact]
    public void Transform_NoConsent_EmptyCleanBatchAndDropCounted()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent));
        var clean = new EventBatch();
        var drops = new ConsentDrops();

        transform.Transform(Raw(1), clean, 0, new SessionOutput(), ref drops);

        Assert.Equal(0, clean.Count);
        Assert.Equal(1, drops.NoConsent);
    }

    [Fact]
    public void Transform_KeyRotatedDuringOpenSession_KeepsOldVersionUntilSessionCloses()
    {
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var sessions = new Sessionizer(new SessionOptions(), consent);
        var clean = new EventBatch();
        var drops = new ConsentDrops();
        new InteractionTransform(Keys(1), new Redactor(), consent, new FixedSecrets(), sessions).Transform(Raw(1), clean, 0, new SessionOutput(), ref drops);
        var rotated = new InteractionTransform(Keys(2), new Redactor(), consent, new FixedSecrets(), sessions);

        rotated.Transform(Raw(2), clean, 0, new SessionOutput(), ref drops);
        Assert.Equal(1, clean.KeyVersion);
        sessions.CloseAll(new SessionOutput());
        rotated.Transform(Raw(3), clean, 0, new SessionOutput(), ref drops);

        Assert.Equal(2, clean.KeyVersion);
        Assert.Equal(Keys(2).Subject(FixedSecrets.SecretOf("alice"), 2), clean.Subject);
    }

    [Fact]
    public void Transform_NoConsent_NoSecretAskedFor()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        var secrets = new CountingSecrets();
        var transform = new InteractionTransform(keys, new Redactor(), consent, secrets, new Sessionizer(new SessionOptions(), consent));
        var drops = new ConsentDrops();

        transform.Transform(Raw(1), new EventBatch(), 0, new SessionOutput(), ref drops);
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        transform.Transform(Raw(2), new EventBatch(), 0, new SessionOutput(), ref drops);

        Assert.Equal(1, secrets.Resolved);
    }

    [Fact]
    public void Transform_PausedGap_IdleFoundPausedByTheLinkedPseudonym()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Resumed, T0 + (20 * 60 * Second), null, null,
            [new ConsentInterval(ConsentState.Granted, T0, null), new ConsentInterval(ConsentState.Paused, T0 + (10 * 60 * Second), null)]));
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent));
        var clean = new EventBatch();
        var drops = new ConsentDrops();

        transform.Transform(Raw(1), clean, 0, new SessionOutput(), ref drops);

        Assert.True(consent.WasPausedBetween(clean.Subject, T0, T0 + (25 * 60 * Second)));
    }

    private sealed class CountingSecrets : IPersonSecrets
    {
        private readonly FixedSecrets _inner = new();

        public int Resolved { get; private set; }

        public PersonSecret Resolve(string subject)
        {
            Resolved++;
            return _inner.Resolve(subject);
        }
    }

    private static (InteractionTransform Transform, Sessionizer Sessions) WithGate(Pseudonymizer keys, params string[] allow)
    {
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var sessions = new Sessionizer(new SessionOptions(), consent);
        return (new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), sessions, new AppGate(new AppGateOptions { AllowApps = allow }, keys)), sessions);
    }

    private static EventBatch Focus(long second, string app)
    {
        var batch = new EventBatch { Subject = "alice", Device = "alice-laptop", ScreenWidth = 1920, ScreenHeight = 1080 };
        batch.Add(new InteractionEvent { Seq = second, TimeMicros = T0 + (second * Second), Kind = EventKind.Focus, App = app });
        return batch;
    }

    [Fact]
    public void Transform_AppGateConfigured_DropsBeforeScrubbingAndCountsAppNotAllowed()
    {
        (InteractionTransform transform, _) = WithGate(Keys(1), "editor");
        var clean = new EventBatch();
        var drops = new ConsentDrops();

        transform.Transform(Focus(1, "editor"), clean, 0, new SessionOutput(), ref drops);
        Assert.Equal(1, clean.Count);
        transform.Transform(Focus(2, "bank"), clean, 0, new SessionOutput(), ref drops);
        Assert.Equal(0, clean.Count);
        transform.Transform(Raw(3), clean, 0, new SessionOutput(), ref drops);

        Assert.Equal(0, clean.Count);
        Assert.Equal((2L, 2L), (drops.AppNotAllowed, drops.Total));
    }

    [Fact]
    public void WriteState_OnlySessions_ThePinnedFormat1BytesRewrittenBare()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(SessionizerTests.Options, consent));
        const string Subject = "0123456789abcdef0123456789abcdef";

        transform.RestoreState(Subject, Convert.FromHexString(SessionStateCodecTests.Format1Hex), 0);
        var rewritten = new ArrayBufferWriter<byte>();
        transform.WriteState(Subject, rewritten);

        Assert.Equal(SessionStateCodecTests.Format1Hex, Convert.ToHexStringLower(rewritten.WrittenSpan));
    }

    [Fact]
    public void WriteState_GateAndSessions_ContainerThatRestoresBothExactly()
    {
        Pseudonymizer keys = Keys(1);
        (InteractionTransform first, _) = WithGate(keys, "editor");
        var clean = new EventBatch();
        var drops = new ConsentDrops();
        first.Transform(Focus(1, "editor"), clean, 0, new SessionOutput(), ref drops);
        string session = clean.Events[0].SessionId!;
        var changed = new List<string>();
        var removed = new List<string>();
        first.TakeChanges(changed, removed);
        string subject = Assert.Single(changed);
        var value = new ArrayBufferWriter<byte>();
        first.WriteState(subject, value);

        (InteractionTransform restored, _) = WithGate(keys, "editor");
        restored.RestoreState(subject, value.WrittenSpan, 0);
        restored.Transform(Raw(2), clean, 0, new SessionOutput(), ref drops);

        Assert.Equal(2, value.WrittenSpan[0]);
        Assert.Empty(removed);
        // The move passes (the gate knows the editor has focus) and continues the same session.
        Assert.Equal(0, drops.Total);
        Assert.Equal(session, Assert.Single(clean.Events.ToArray()).SessionId);
    }

    [Fact]
    public void TakeChanges_SessionsClosedButGateKeepsFocus_WrittenNotTombstoned()
    {
        (InteractionTransform transform, Sessionizer sessions) = WithGate(Keys(1), "editor");
        var drops = new ConsentDrops();
        transform.Transform(Focus(1, "editor"), new EventBatch(), 0, new SessionOutput(), ref drops);
        transform.TakeChanges([], []);

        sessions.CloseAll(new SessionOutput());
        var changed = new List<string>();
        var removed = new List<string>();
        transform.TakeChanges(changed, removed);
        var value = new ArrayBufferWriter<byte>();
        transform.WriteState(Assert.Single(changed), value);

        Assert.Empty(removed);
        Assert.Equal("02" + "02", Convert.ToHexStringLower(value.WrittenSpan[..2]));
    }

    [Fact]
    public void TakeChanges_NoStageKeepsState_Tombstone()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var sessions = new Sessionizer(new SessionOptions(), consent);
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), sessions);
        var drops = new ConsentDrops();
        transform.Transform(Raw(1), new EventBatch(), 0, new SessionOutput(), ref drops);
        transform.TakeChanges([], []);

        sessions.CloseAll(new SessionOutput());
        var changed = new List<string>();
        var removed = new List<string>();
        transform.TakeChanges(changed, removed);

        Assert.Empty(changed);
        Assert.Equal([keys.Subject(FixedSecrets.SecretOf("alice"), 1)], removed);
    }

    [Fact]
    public void Erase_PersonWithSessionAndFocus_ForgottenInEveryStageAndTombstoned()
    {
        Pseudonymizer keys = Keys(1);
        (InteractionTransform transform, Sessionizer sessions) = WithGate(keys, "editor");
        var drops = new ConsentDrops();
        transform.Transform(Focus(1, "editor"), new EventBatch(), 0, new SessionOutput(), ref drops);
        transform.TakeChanges([], []);
        string subject = keys.Subject(FixedSecrets.SecretOf("alice"), 1);

        bool erased = transform.Erase(subject);
        var changed = new List<string>();
        var removed = new List<string>();
        transform.TakeChanges(changed, removed);
        var output = new SessionOutput();
        sessions.CloseAll(output);

        Assert.True(erased);
        Assert.Empty(changed);
        Assert.Equal([subject], removed);
        Assert.Empty(output.Closed);
        Assert.False(transform.Erase(subject));
    }

    [Fact]
    public void WriteState_SessionsAndActions_ContainerWithSections1And3ThatRestoresTheReducerExactly()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var reducer = new ActionReducer(new ActionOptions(), new SessionOptions());
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent), null, reducer);
        var clean = new EventBatch();
        var drops = new ConsentDrops();
        transform.Transform(Raw(1), clean, 0, new SessionOutput(), ref drops);
        reducer.Process(clean, new ActionBatch()); // a pointer path: state, no action yet
        var changed = new List<string>();
        transform.TakeChanges(changed, []);
        string subject = Assert.Single(changed);
        var value = new ArrayBufferWriter<byte>();
        transform.WriteState(subject, value);

        var restoredReducer = new ActionReducer(new ActionOptions(), new SessionOptions());
        var restored = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent), null, restoredReducer);
        restored.RestoreState(subject, value.WrittenSpan, 0);
        var expected = new ArrayBufferWriter<byte>();
        reducer.WriteState(subject, expected);
        var actual = new ArrayBufferWriter<byte>();
        restoredReducer.WriteState(subject, actual);

        Assert.Equal(2, value.WrittenSpan[0]);
        Assert.Equal(1, value.WrittenSpan[1]); // the sessions' section first
        Assert.True(restoredReducer.HasState(subject));
        Assert.Equal(expected.WrittenSpan.ToArray(), actual.WrittenSpan.ToArray());
    }

    [Fact]
    public void Erase_PersonWithActionState_ReducerForgetsItAndLetsNothingOut()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var reducer = new ActionReducer(new ActionOptions(), new SessionOptions());
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent), null, reducer);
        var clean = new EventBatch();
        var drops = new ConsentDrops();
        transform.Transform(Raw(1), clean, 0, new SessionOutput(), ref drops);
        reducer.Process(clean, new ActionBatch());
        transform.TakeChanges([], []);
        string subject = keys.Subject(FixedSecrets.SecretOf("alice"), 1);
        Assert.True(reducer.HasState(subject));

        bool erased = transform.Erase(subject);
        var removed = new List<string>();
        transform.TakeChanges([], removed);
        var after = new ActionBatch();
        reducer.CloseSubject(subject, after);

        Assert.True(erased);
        Assert.False(reducer.HasState(subject));
        Assert.Equal([subject], removed);
        Assert.Equal(0, after.Count);
    }

    [Fact]
    public void RestoreState_OwnerRecorded_OrphanOfAnErasedPersonForgottenAndTombstoned()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var transform = new InteractionTransform(keys, new Redactor(), consent, new KeyedSecrets(), new Sessionizer(new SessionOptions(), consent));
        var drops = new ConsentDrops();
        transform.Transform(Raw(1), new EventBatch(), 0, new SessionOutput(), ref drops);
        var changed = new List<string>();
        transform.TakeChanges(changed, []);
        string subject = Assert.Single(changed);
        var value = new ArrayBufferWriter<byte>();
        transform.WriteState(subject, value);

        var restored = new InteractionTransform(keys, new Redactor(), consent, new KeyedSecrets(), new Sessionizer(new SessionOptions(), consent));
        restored.RestoreState(subject, value.WrittenSpan, 0);
        restored.TakeChanges([], []);
        var asked = new List<SubjectOwner>();
        int kept = restored.EraseOrphans((owner, pseudonym) => { asked.Add(owner); return true; });
        int forgotten = restored.EraseOrphans((owner, pseudonym) => false);
        var removed = new List<string>();
        restored.TakeChanges([], removed);

        Assert.Equal(new SubjectOwner("r0042/s/alice", 1), SubjectStateCodec.ReadOwner(SubjectStateCodec.Read(value.WrittenSpan).Owner));
        Assert.Equal([new SubjectOwner("r0042/s/alice", 1)], asked);
        Assert.Equal((0, 1), (kept, forgotten));
        Assert.Equal([subject], removed);
        Assert.Equal(0, restored.EraseOrphans((owner, pseudonym) => false));
    }

    [Fact]
    public void WriteState_SecretsWithoutRecordKeys_SessionsOnlyValueStaysBare()
    {
        Pseudonymizer keys = Keys(1);
        var consent = new ConsentTable();
        consent.Apply(new ConsentChange("alice", "alice-laptop", ConsentState.Granted, T0, null, null, []));
        var transform = new InteractionTransform(keys, new Redactor(), consent, new FixedSecrets(), new Sessionizer(new SessionOptions(), consent));
        var drops = new ConsentDrops();
        transform.Transform(Raw(1), new EventBatch(), 0, new SessionOutput(), ref drops);
        var changed = new List<string>();
        transform.TakeChanges(changed, []);
        var value = new ArrayBufferWriter<byte>();

        transform.WriteState(Assert.Single(changed), value);

        Assert.Equal(SubjectStateCodec.LegacySessionsFormat, value.WrittenSpan[0]);
    }

    /// <summary>Fixed secrets that live under a keys-topic record key, as the runner's do.</summary>
    private sealed class KeyedSecrets : IPersonSecrets
    {
        private readonly FixedSecrets _secrets = new();

        public PersonSecret Resolve(string subject) => _secrets.Resolve(subject);

        public string RecordKeyOf(PersonSecret person) => "r0042/s/" + person.Subject;
    }
}
