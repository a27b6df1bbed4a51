using System.Buffers;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Apps;
using Pipeline.Processing.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Apps;

public sealed class AppGateTests
{
    private const long Second = 1_000_000;
    private const long T0 = 1_750_000_000L * Second;
    private static readonly byte[] s_key1 = Enumerable.Repeat((byte)1, 32).ToArray();
    private static readonly byte[] s_key2 = Enumerable.Repeat((byte)2, 32).ToArray();

    // Pseudonyms come from the person's secret (crypto-shredding): one fixed secret for alice throughout.
    private static readonly PersonSecret s_alice = new("alice", Enumerable.Repeat((byte)7, PersonSecret.SecretBytes).ToArray());

    private static Pseudonymizer Development() => new(PseudonymOptions.Development);

    private static AppGate Gate(string[]? allow = null, string[]? deny = null, Pseudonymizer? keys = null) =>
        new(new AppGateOptions { AllowApps = allow ?? [], DenyApps = deny ?? [] }, keys ?? Development());

    /// <summary>A batch of one device: each step is a focus on an app (a name) or a move (null), one second apart.</summary>
    private static EventBatch Batch(long firstSecond, params string?[] steps)
    {
        var batch = new EventBatch { Subject = "alice", Device = "alice-laptop" };
        for (int i = 0; i < steps.Length; i++)
        {
            batch.Add(steps[i] is { } app
                ? new InteractionEvent { Seq = firstSecond + i, TimeMicros = T0 + ((firstSecond + i) * Second), Kind = EventKind.Focus, App = app, Title = $"{app} window" }
                : new InteractionEvent { Seq = firstSecond + i, TimeMicros = T0 + ((firstSecond + i) * Second), Kind = EventKind.Move, X = i });
        }

        return batch;
    }

    private static (long[] Seqs, ConsentDrops Drops) Filter(AppGate gate, EventBatch batch, int keyVersion = PseudonymOptions.DevelopmentKeyVersion)
    {
        var drops = new ConsentDrops();
        gate.Filter(batch, s_alice, keyVersion, ref drops);
        return (batch.Events.ToArray().Select(e => e.Seq).ToArray(), drops);
    }

    [Fact]
    public void Filter_NoListConfigured_PassesEverythingAndKeepsNoState()
    {
        AppGate gate = Gate();

        (long[] seqs, ConsentDrops drops) = Filter(gate, Batch(0, null, "anything", null));

        Assert.False(gate.IsActive);
        Assert.Equal([0L, 1, 2], seqs);
        Assert.Equal(0, drops.Total);
        Assert.Equal(0, gate.Subjects);
    }

    [Fact]
    public void Filter_AllowList_DropsInputWhileAnotherAppHasFocusAndThatFocusEvent()
    {
        AppGate gate = Gate(allow: ["editor"]);

        (long[] seqs, ConsentDrops drops) = Filter(gate, Batch(0, "editor", null, null, "browser", null, null, "Editor", null));

        Assert.Equal([0L, 1, 2, 6, 7], seqs);
        Assert.Equal(3, drops.AppNotAllowed);
        Assert.Equal(3, drops.Total);
    }

    [Fact]
    public void Filter_AllowList_TheDroppedAppsNameIsNowhereInTheBatch()
    {
        AppGate gate = Gate(allow: ["editor"]);
        EventBatch batch = Batch(0, "editor", null, "secret-banking", null);

        Filter(gate, batch);

        Assert.DoesNotContain(batch.Events.ToArray(), e => e.App == "secret-banking" || (e.Title?.Contains("secret", StringComparison.Ordinal) ?? false));
    }

    [Fact]
    public void Filter_EventsBeforeAnyFocus_DroppedUntilAnAllowedFocus()
    {
        AppGate gate = Gate(allow: ["editor"]);

        (long[] first, ConsentDrops drops) = Filter(gate, Batch(0, null, null));
        (long[] second, _) = Filter(gate, Batch(2, null, "editor", null));

        Assert.Empty(first);
        Assert.Equal(2, drops.AppNotAllowed);
        Assert.Equal([3L, 4], second);
    }

    [Fact]
    public void Filter_DenyListOnly_DropsDeniedAndUnknownPassesTheRest()
    {
        AppGate gate = Gate(deny: ["keepassxc"]);

        (long[] seqs, ConsentDrops drops) = Filter(gate, Batch(0, null, "browser", null, "KeePassXC", null, "terminal", null));

        Assert.Equal([1L, 2, 5, 6], seqs);
        Assert.Equal(3, drops.AppNotAllowed);
    }

    [Fact]
    public void Filter_AppOnBothLists_DenyWins()
    {
        AppGate gate = Gate(allow: ["editor", "browser"], deny: ["browser"]);

        (long[] seqs, _) = Filter(gate, Batch(0, "browser", null, "editor", null));

        Assert.Equal([2L, 3], seqs);
    }

    [Fact]
    public void Filter_UnnamedFocus_NotAdmittedOnceAListIsSet()
    {
        AppGate gate = Gate(deny: ["keepassxc"]);

        (long[] seqs, _) = Filter(gate, Batch(0, "", null));

        Assert.Empty(seqs);
        Assert.False(gate.Admits(null));
    }

    [Fact]
    public void Filter_EventArrivingAfterALaterFocus_JudgedByTheFocusAtItsOwnTime()
    {
        AppGate gate = Gate(allow: ["editor"]);
        Filter(gate, Batch(0, "editor"));
        Filter(gate, Batch(10, "browser"));

        // A device's second batch, spooled, arrives late: its moves happened while the editor had focus.
        (long[] seqs, _) = Filter(gate, Batch(5, null, null));
        (long[] after, _) = Filter(gate, Batch(11, (string?)null));

        Assert.Equal([5L, 6], seqs);
        Assert.Empty(after);
    }

    [Fact]
    public void Filter_EventOlderThanEveryKeptFocus_Dropped()
    {
        AppGate gate = Gate(allow: ["editor"]);
        for (int i = 0; i < DeviceFocus.Capacity + 2; i++)
        {
            Filter(gate, Batch(100 + i, "editor"));
        }

        (long[] seqs, ConsentDrops drops) = Filter(gate, Batch(100, (string?)null));

        Assert.Empty(seqs);
        Assert.Equal(1, drops.AppNotAllowed);
    }

    [Fact]
    public void Filter_TwoDevicesOfOneSubject_EachByItsOwnFocus()
    {
        AppGate gate = Gate(allow: ["editor"]);
        Filter(gate, Batch(0, "editor"));
        EventBatch desktop = Batch(1, "browser");
        desktop.Device = "alice-desktop";
        Filter(gate, desktop);

        EventBatch laptopMoves = Batch(2, (string?)null);
        EventBatch desktopMoves = Batch(2, (string?)null);
        desktopMoves.Device = "alice-desktop";

        Assert.Equal([2L], Filter(gate, laptopMoves).Seqs);
        Assert.Empty(Filter(gate, desktopMoves).Seqs);
    }

    [Fact]
    public void RestoreState_WrittenState_SameVerdictsAsTheWriter()
    {
        AppGate writer = Gate(allow: ["editor"]);
        Filter(writer, Batch(0, "editor", null, "browser", null));
        string subject = Development().Subject(s_alice, PseudonymOptions.DevelopmentKeyVersion);
        var section = new ArrayBufferWriter<byte>();
        Assert.True(writer.WriteState(subject, section));

        AppGate reader = Gate(allow: ["editor"]);
        reader.RestoreState(subject, section.WrittenSpan);

        // At second 1 the editor had focus, from second 2 the browser: the restored gate knows both.
        Assert.Equal([1L], Filter(reader, Batch(1, (string?)null)).Seqs);
        Assert.Empty(Filter(reader, Batch(4, (string?)null)).Seqs);
        var rewritten = new ArrayBufferWriter<byte>();
        reader.WriteState(subject, rewritten);
        Assert.Equal(Convert.ToHexString(section.WrittenSpan), Convert.ToHexString(rewritten.WrittenSpan));
    }

    [Fact]
    public void WriteState_Section_HasNoApplicationName()
    {
        AppGate gate = Gate(allow: ["editor"]);
        Filter(gate, Batch(0, "editor", "secret-banking"));
        var section = new ArrayBufferWriter<byte>();

        gate.WriteState(Development().Subject(s_alice, PseudonymOptions.DevelopmentKeyVersion), section);

        string text = System.Text.Encoding.UTF8.GetString(section.WrittenSpan);
        Assert.DoesNotContain("editor", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TakeChanges_FocusSeen_SubjectChangedOnce()
    {
        AppGate gate = Gate(allow: ["editor"]);
        Filter(gate, Batch(0, "editor", null));
        var changed = new HashSet<string>();

        gate.TakeChanges(changed);
        gate.TakeChanges(changed);
        Filter(gate, Batch(2, (string?)null));
        var afterMoves = new HashSet<string>();
        gate.TakeChanges(afterMoves);

        Assert.Equal([Development().Subject(s_alice, PseudonymOptions.DevelopmentKeyVersion)], changed);
        Assert.Empty(afterMoves);
    }

    [Fact]
    public void Filter_KeyRotated_DeviceStateMovesToTheNewKeys()
    {
        var keys = new Pseudonymizer(new PseudonymOptions { Keys = new Dictionary<int, byte[]> { [1] = s_key1, [2] = s_key2 }, CurrentVersion = 2 });
        AppGate gate = Gate(allow: ["editor"], keys: keys);
        Filter(gate, Batch(0, "editor"), keyVersion: 1);
        gate.TakeChanges(new HashSet<string>());

        (long[] seqs, _) = Filter(gate, Batch(1, (string?)null), keyVersion: 2);
        var changed = new HashSet<string>();
        gate.TakeChanges(changed);

        Assert.Equal([1L], seqs);
        Assert.True(gate.HasState(keys.Subject(s_alice, 2)));
        Assert.False(gate.HasState(keys.Subject(s_alice, 1)));
        Assert.Equal(new HashSet<string> { keys.Subject(s_alice, 1), keys.Subject(s_alice, 2) }, changed);
    }

    [Fact]
    public void Erase_SubjectWithState_ForgottenAndChanged()
    {
        AppGate gate = Gate(allow: ["editor"]);
        Filter(gate, Batch(0, "editor", null));
        string subject = Development().Subject(s_alice, PseudonymOptions.DevelopmentKeyVersion);
        gate.TakeChanges(new HashSet<string>());

        bool erased = gate.Erase(subject);
        var changed = new HashSet<string>();
        gate.TakeChanges(changed);

        Assert.True(erased);
        Assert.False(gate.HasState(subject));
        Assert.Equal([subject], changed);
        Assert.False(gate.Erase(subject));
        // Fail closed again: the device's focus is unknown after erasure.
        Assert.Empty(Filter(gate, Batch(2, (string?)null)).Seqs);
    }

    [Theory]
    [InlineData("02")]
    [InlineData("0101000000")]
    [InlineData("01ffffffff")]
    public void RestoreState_BrokenSection_ThrowsInvalidData(string hex) =>
        Assert.Throws<InvalidDataException>(() => Gate(allow: ["editor"]).RestoreState("s", Convert.FromHexString(hex)));
}
