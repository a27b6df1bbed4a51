using Pipeline.Capture.Consent;
using Pipeline.Privacy;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Gate;

/// <summary>
/// Decides, event by event, whether input may be recorded: consent at the event's time, the allow-list of
/// applications (tracked through focus events, so input in an unlisted application is not recorded at all, not
/// even the application's name), window titles only when enabled and then scrubbed, and a full spool. Not thread
/// safe: one device's events pass through it in order, under the device's lock. No allocation on the event path.
/// </summary>
public sealed class PrivacyGate
{
    private readonly ApplicationList _allowed;
    private readonly bool _withTitles;
    private volatile ConsentRecord _consent = ConsentRecord.None;
    private bool _focusAllowed;
    private string? _focusApp;
    private string? _focusTitle;
    private bool _focusAnnounced;

    /// <summary>Creates a gate with nothing consented and no focus known: everything is refused until both arrive.</summary>
    public PrivacyGate(PrivacyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _allowed = new ApplicationList(options.AllowApps);
        _withTitles = options.WithTitles;
    }

    /// <summary>The consent snapshot the gate enforces; replaced whenever the ledger changes.</summary>
    public ConsentRecord Consent
    {
        get => _consent;
        set => _consent = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Set while the spool cannot take more: capture stops rather than losing accepted data.</summary>
    public bool SpoolFull { get; set; }

    /// <summary>Whether <paramref name="app"/> is on the allow-list.</summary>
    public bool IsAllowed(string? app) => _allowed.Contains(app);

    /// <summary>
    /// Admits <paramref name="e"/> (returns <see cref="DropReason.None"/>) or says why not. A focus event is
    /// remembered either way, so the gate knows which application has focus when consent returns; its title is
    /// removed or scrubbed here.
    /// </summary>
    public DropReason Admit(ref InteractionEvent e)
    {
        if (e.Kind == EventKind.Focus)
        {
            _focusAllowed = IsAllowed(e.App);
            _focusApp = _focusAllowed ? e.App : null;
            _focusTitle = _focusAllowed && _withTitles && e.Title is { Length: > 0 } title ? TitleScrubber.Scrub(title) : null;
            _focusAnnounced = false;
            e.App = _focusApp;
            e.Title = _focusTitle;
        }
        else
        {
            e.App = null;
            e.Title = null;
        }

        ConsentRecord consent = _consent;
        switch (consent.StatusAt(e.TimeMicros))
        {
            case ConsentStatus.None:
                return DropReason.NoConsent;
            case ConsentStatus.Paused:
                return DropReason.Paused;
            case ConsentStatus.Revoked:
                return DropReason.Revoked;
        }

        if (e.TimeMicros < consent.SinceMicros)
        {
            return DropReason.NoConsent;
        }

        if (!_focusAllowed)
        {
            return DropReason.NotAllowListed;
        }

        if (SpoolFull)
        {
            return DropReason.SpoolFull;
        }

        if (e.Kind == EventKind.Focus)
        {
            _focusAnnounced = true;
        }

        return DropReason.None;
    }

    /// <summary>
    /// After an admitted event: when the focused application's own focus event was refused earlier (before consent,
    /// during a pause), gives it once so the recorded stream says which application the input belongs to.
    /// </summary>
    public bool TryTakeFocusAnnouncement(out string app, out string? title)
    {
        if (_focusAnnounced || _focusApp is null)
        {
            app = "";
            title = null;
            return false;
        }

        _focusAnnounced = true;
        app = _focusApp;
        title = _focusTitle;
        return true;
    }
}
