using Pipeline.Capture.Consent;
using Pipeline.Capture.Gate;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

public class PrivacyGateTests
{
    private const long T0 = 5_000_000_000;

    private static PrivacyGate Granted(PrivacyOptions? options = null)
    {
        var gate = new PrivacyGate(options ?? new PrivacyOptions { AllowApps = ["editor"] })
        {
            Consent = ConsentRecord.None.Grant("n", T0),
        };
        return gate;
    }

    private static DropReason Offer(PrivacyGate gate, EventKind kind, long time, string? app = null, string? title = null)
    {
        var e = new InteractionEvent { Kind = kind, TimeMicros = time, App = app, Title = title };
        return gate.Admit(ref e);
    }

    [Fact]
    public void Admit_NoConsent_NoConsent()
    {
        var gate = new PrivacyGate(new PrivacyOptions { AllowApps = ["editor"] });
        Assert.Equal(DropReason.NoConsent, Offer(gate, EventKind.Focus, T0, "editor"));
        Assert.Equal(DropReason.NoConsent, Offer(gate, EventKind.Move, T0));
    }

    [Fact]
    public void Admit_BeforeGrantTime_NoConsent()
    {
        PrivacyGate gate = Granted();
        Assert.Equal(DropReason.NoConsent, Offer(gate, EventKind.Focus, T0 - 1, "editor"));
    }

    [Fact]
    public void Admit_PausedThenPauseEnds_PausedThenAdmitted()
    {
        PrivacyGate gate = Granted();
        gate.Consent = gate.Consent.Pause(T0 + 10, T0 + 100);
        Assert.Equal(DropReason.Paused, Offer(gate, EventKind.Focus, T0 + 50, "editor"));
        Assert.Equal(DropReason.None, Offer(gate, EventKind.Move, T0 + 100));
    }

    [Fact]
    public void Admit_Revoked_Revoked()
    {
        PrivacyGate gate = Granted();
        Assert.Equal(DropReason.None, Offer(gate, EventKind.Focus, T0 + 1, "editor"));
        gate.Consent = gate.Consent.Revoke(T0 + 2);
        Assert.Equal(DropReason.Revoked, Offer(gate, EventKind.Move, T0 + 3));
    }

    [Fact]
    public void Admit_NoFocusKnown_NotAllowListed()
    {
        PrivacyGate gate = Granted();
        Assert.Equal(DropReason.NotAllowListed, Offer(gate, EventKind.KeyDown, T0 + 1));
    }

    [Fact]
    public void Admit_UnlistedApp_FocusAndInputDroppedAndNameCleared()
    {
        PrivacyGate gate = Granted();
        var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = T0 + 1, App = "bank", Title = "Account 12345678" };
        Assert.Equal(DropReason.NotAllowListed, gate.Admit(ref focus));
        Assert.Null(focus.App);
        Assert.Null(focus.Title);
        Assert.Equal(DropReason.NotAllowListed, Offer(gate, EventKind.KeyDown, T0 + 2));
        Assert.Equal(DropReason.None, Offer(gate, EventKind.Focus, T0 + 3, "EDITOR"));
        Assert.Equal(DropReason.None, Offer(gate, EventKind.KeyDown, T0 + 4));
    }

    [Fact]
    public void Admit_EmptyAllowList_NothingRecorded()
    {
        PrivacyGate gate = Granted(new PrivacyOptions());
        Assert.Equal(DropReason.NotAllowListed, Offer(gate, EventKind.Focus, T0 + 1, "editor"));
        Assert.Equal(DropReason.NotAllowListed, Offer(gate, EventKind.Move, T0 + 2));
    }

    [Fact]
    public void Admit_TitlesOff_TitleRemoved()
    {
        PrivacyGate gate = Granted();
        var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = T0 + 1, App = "editor", Title = "notes.txt" };
        Assert.Equal(DropReason.None, gate.Admit(ref focus));
        Assert.Equal("editor", focus.App);
        Assert.Null(focus.Title);
    }

    [Fact]
    public void Admit_TitlesOn_TitleScrubbed()
    {
        PrivacyGate gate = Granted(new PrivacyOptions { AllowApps = ["editor"], WithTitles = true });
        var focus = new InteractionEvent { Kind = EventKind.Focus, TimeMicros = T0 + 1, App = "editor", Title = "Mail to ann@example.com re 4111 1111 1111 1111" };
        Assert.Equal(DropReason.None, gate.Admit(ref focus));
        Assert.Equal("Mail to <EMAIL> re <CARD>", focus.Title);
    }

    [Fact]
    public void Admit_SpoolFull_SpoolFull()
    {
        PrivacyGate gate = Granted();
        Offer(gate, EventKind.Focus, T0 + 1, "editor");
        gate.SpoolFull = true;
        Assert.Equal(DropReason.SpoolFull, Offer(gate, EventKind.Move, T0 + 2));
    }

    [Fact]
    public void TryTakeFocusAnnouncement_FocusDuringPause_AnnouncedOnceAfter()
    {
        PrivacyGate gate = Granted();
        gate.Consent = gate.Consent.Pause(T0 + 1, T0 + 100);
        Assert.Equal(DropReason.Paused, Offer(gate, EventKind.Focus, T0 + 2, "editor"));
        Assert.Equal(DropReason.None, Offer(gate, EventKind.Move, T0 + 200));
        Assert.True(gate.TryTakeFocusAnnouncement(out string app, out _));
        Assert.Equal("editor", app);
        Assert.False(gate.TryTakeFocusAnnouncement(out _, out _));
    }
}
