using Pipeline.Capture.Consent;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

public class ConsentRecordTests
{
    private const long T0 = 1_000_000_000;

    [Fact]
    public void AllowsCaptureAt_NoConsent_False()
    {
        Assert.False(ConsentRecord.None.AllowsCaptureAt(T0));
        Assert.Equal(ConsentStatus.None, ConsentRecord.None.StatusAt(T0));
    }

    [Fact]
    public void AllowsCaptureAt_Granted_OnlyFromGrantTime()
    {
        ConsentRecord r = ConsentRecord.None.Grant("n1", T0);
        Assert.False(r.AllowsCaptureAt(T0 - 1));
        Assert.True(r.AllowsCaptureAt(T0));
        Assert.Equal("n1", r.NoticeVersion);
    }

    [Fact]
    public void StatusAt_PauseEnds_GrantedAgainByItself()
    {
        ConsentRecord r = ConsentRecord.None.Grant("n1", T0).Pause(T0 + 10, T0 + 1_000);
        Assert.Equal(ConsentStatus.Paused, r.StatusAt(T0 + 999));
        Assert.False(r.AllowsCaptureAt(T0 + 999));
        Assert.Equal(ConsentStatus.Granted, r.StatusAt(T0 + 1_000));
        Assert.True(r.AllowsCaptureAt(T0 + 1_000));
    }

    [Fact]
    public void Resume_AfterPause_GrantedWithResumedTransition()
    {
        ConsentRecord r = ConsentRecord.None.Grant("n1", T0).Pause(T0 + 10, T0 + 1_000).Resume(T0 + 20);
        Assert.Equal(ConsentStatus.Granted, r.StatusAt(T0 + 21));
        Assert.Equal([ConsentState.Granted, ConsentState.Paused, ConsentState.Resumed], r.History.Select(h => h.State));
    }

    [Fact]
    public void Revoke_AfterGrant_NothingAllowed()
    {
        ConsentRecord r = ConsentRecord.None.Grant("n1", T0).Revoke(T0 + 5);
        Assert.Equal(ConsentStatus.Revoked, r.StatusAt(T0 + 6));
        Assert.False(r.AllowsCaptureAt(T0 + 6));
    }

    [Fact]
    public void Pause_WithoutConsent_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => ConsentRecord.None.Pause(T0, T0 + 10));
        Assert.Throws<InvalidOperationException>(() => ConsentRecord.None.Grant("n", T0).Revoke(T0 + 1).Pause(T0 + 2, T0 + 10));
    }

    [Fact]
    public void Resume_WhenNotPaused_Throws() =>
        Assert.Throws<InvalidOperationException>(() => ConsentRecord.None.Grant("n1", T0).Resume(T0 + 1));
}
