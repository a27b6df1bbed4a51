using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Pipeline.Capture.Consent;
using Pipeline.Telemetry;

namespace Pipeline.Capture.Transparency;

/// <summary>
/// The person's page on their own workstation: a small HTTP server on 127.0.0.1 only (a socket server, not a web
/// framework: the agent's memory target leaves no room for one) that shows what is captured and what the agent saw,
/// and pauses, resumes, revokes and grants through the same consent ledger as <c>pipeline consent</c>.
/// </summary>
/// <remarks>
/// Who may use it: whoever holds the token in the owner-only state directory, that is, this account. The token is
/// given once in the URL and then kept in an HttpOnly, SameSite=Strict cookie. Every request is checked in this
/// order, and any failure is a bare 403: the Host header must name this loopback address and port (a DNS-rebinding
/// page carries its own host name); the token must match (from the cookie, or once in the URL of <c>/</c>); a POST
/// must carry an Origin of this very address and port, and <c>Sec-Fetch-Site: same-origin</c> when the browser sends
/// it (a page of another site, or of another port on 127.0.0.1, which browsers treat as the same site and send the
/// cookie to, cannot change anything). No cross-origin headers are ever sent.
/// </remarks>
public sealed class TransparencyPage : IAsyncDisposable
{
    /// <summary>The cookie that keeps the token after the first visit.</summary>
    public const string CookieName = "pipeline_ui";

    /// <summary>Where the last port is remembered, so a bookmark keeps working.</summary>
    public const string PortFileName = "ui.port";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte[]> s_assets = new(StringComparer.Ordinal);
    private static readonly long s_maxPauseMicros = (long)TimeSpan.FromDays(7).TotalMicroseconds;

    private readonly TransparencyPageOptions _options;
    private readonly Func<ActivitySnapshot> _activity;
    private readonly bool _servedByAgent;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly PageToken _token;
    private readonly ConsentLedger _ledger;
    private readonly SemaphoreSlim _connections;
    private readonly string[] _hosts;
    private readonly string[] _origins;
    private readonly ConnectionLoop _loop;

    private TransparencyPage(TransparencyPageOptions options, Func<ActivitySnapshot> activity, bool servedByAgent, ILoggerFactory loggers, TimeProvider time, TcpListener listener)
    {
        _options = options;
        _activity = activity;
        _servedByAgent = servedByAgent;
        _logger = loggers.CreateLogger("Pipeline.Capture.Page");
        _time = time;
        _token = PageToken.LoadOrCreate(options.StateDirectory);
        _ledger = new ConsentLedger(Path.Combine(options.StateDirectory, ConsentLedger.FileName), time);
        _connections = new SemaphoreSlim(options.MaxConnections, options.MaxConnections);
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        _hosts = [$"127.0.0.1:{Port}", $"localhost:{Port}"];
        _origins = [$"http://127.0.0.1:{Port}", $"http://localhost:{Port}"];
        _loop = new ConnectionLoop(listener, ServeAsync, Admit);
    }

    /// <summary>The port the page listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The address to open once, token included: <c>http://127.0.0.1:PORT/?token=TOKEN</c>.</summary>
    public string Url => $"http://127.0.0.1:{Port}/?token={_token.Value}";

    /// <summary>
    /// Starts serving. <paramref name="activity"/> gives the aggregates (the running agent's tally, or the file it
    /// leaves: <see cref="ReadActivityFile"/>). Throws <see cref="IOException"/> with a one-line reason when the
    /// port cannot be had.
    /// </summary>
    public static TransparencyPage Start(TransparencyPageOptions options, Func<ActivitySnapshot> activity, bool servedByAgent, ILoggerFactory loggers, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(loggers);
        ArgumentNullException.ThrowIfNull(time);
        options.Validate();
        AtomicFile.CreateOwnerOnlyDirectory(options.StateDirectory);
        TcpListener listener = Listen(options);
        var page = new TransparencyPage(options, activity, servedByAgent, loggers, time, listener);
        AtomicFile.Write(Path.Combine(options.StateDirectory, PortFileName), System.Text.Encoding.ASCII.GetBytes(page.Port.ToString(CultureInfo.InvariantCulture)));
        PageLog.Serving(page._logger, page.Port);
        return page;
    }

    /// <summary>
    /// The aggregates a running agent leaves in <paramref name="stateDirectory"/>, re-read when the file changes; an
    /// unusable file is logged once and shows as no activity.
    /// </summary>
    public static Func<ActivitySnapshot> ReadActivityFile(string stateDirectory, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stateDirectory);
        ArgumentNullException.ThrowIfNull(logger);
        string path = Path.Combine(stateDirectory, ActivityFile.FileName);
        object gate = new();
        (DateTime, long) seen = default;
        ActivitySnapshot current = ActivitySnapshot.Empty;
        return () =>
        {
            lock (gate)
            {
                var info = new FileInfo(path);
                (DateTime, long) stamp = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1);
                if (stamp != seen)
                {
                    seen = stamp;
                    current = ActivityFile.TryLoad(path, out string? problem) ?? ActivitySnapshot.Empty;
                    if (problem is not null)
                    {
                        PageLog.ActivityUnreadable(logger, problem);
                    }
                }

                return current;
            }
        };
    }

    /// <summary>Stops listening and waits for the accept loop.</summary>
    public async ValueTask DisposeAsync()
    {
        await _loop.DisposeAsync();
        _connections.Dispose();
    }

    private static TcpListener Listen(TransparencyPageOptions options)
    {
        if (options.Port != 0)
        {
            return Bind(options.Port) ?? throw new IOException($"cannot serve the page on 127.0.0.1:{options.Port}: the port is in use");
        }

        string remembered = Path.Combine(options.StateDirectory, PortFileName);
        if (File.Exists(remembered)
            && int.TryParse(File.ReadAllText(remembered).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int last)
            && last is > 1024 and <= 65535
            && Bind(last) is { } again)
        {
            return again;
        }

        return Bind(0) ?? throw new IOException("cannot serve the page: no free port on 127.0.0.1");
    }

    private static TcpListener? Bind(int port)
    {
        // Loopback only: the page never listens on an address another machine can reach.
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            listener.Stop();
            return null;
        }
    }

    /// <summary>Takes a connection only while fewer than <see cref="TransparencyPageOptions.MaxConnections"/> are open.</summary>
    private bool Admit()
    {
        if (_connections.Wait(0))
        {
            return true;
        }

        PageLog.Busy(_logger, _options.MaxConnections);
        return false;
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stopping)
    {
        try
        {
            using (client)
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(stopping))
            {
                deadline.CancelAfter(_options.RequestTimeout);
                NetworkStream stream = client.GetStream();
                PageRequest? request = await PageRequest.ReadAsync(stream, deadline.Token);
                PageResponse response;
                if (request is null)
                {
                    PageLog.Refused(_logger, "not a request this page answers");
                    response = PageResponse.Forbidden;
                }
                else
                {
                    response = Handle(request);
                }

                await response.WriteAsync(stream, request?.Method == "HEAD", deadline.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A browser that hangs up, or a client too slow to send its request, costs nothing more.
        }
        finally
        {
            _connections.Release();
        }
    }

    /// <summary>Checks a request and answers it (see the remarks on the type for the order of the checks).</summary>
    internal PageResponse Handle(PageRequest request)
    {
        if (request.Header("host") is not { } host || Array.IndexOf(_hosts, host.ToLowerInvariant()) < 0)
        {
            return Refuse("Host header is not this page's address");
        }

        if (request.Method == "GET" && request.Path == "/" && request.Query.TryGetValue("token", out string? offered))
        {
            if (!_token.Matches(offered))
            {
                return Refuse("wrong token");
            }

            // The token leaves the address bar (and history) at once; the cookie carries it from here on.
            return PageResponse.SeeOther("/", $"{CookieName}={_token.Value}; Path=/; HttpOnly; SameSite=Strict");
        }

        if (request.Cookie(CookieName) is not { } cookie || !_token.Matches(cookie))
        {
            return Refuse("no valid token");
        }

        if (request.Method == "POST")
        {
            if (request.Header("origin") is not { } origin || Array.IndexOf(_origins, origin.ToLowerInvariant()) < 0
                || request.Header("sec-fetch-site") is { } site && site != "same-origin")
            {
                return Refuse("POST from another origin");
            }

            return Post(request);
        }

        if (request.Method is not ("GET" or "HEAD"))
        {
            return PageResponse.Plain(405, "only GET and POST");
        }

        try
        {
            return request.Path switch
            {
                "/" => Page(request),
                "/api/activity" => Activity(request),
                "/assets/page.css" => Asset("page.css", "text/css; charset=utf-8"),
                "/assets/page.js" => Asset("page.js", "text/javascript; charset=utf-8"),
                "/assets/icon.svg" or "/favicon.ico" => Asset("icon.svg", "image/svg+xml"),
                _ => PageResponse.Plain(404, "not found"),
            };
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            PageLog.Failed(_logger, ex.Message);
            return PageResponse.Plain(500, "the page could not read its data: " + ex.Message);
        }
    }

    private PageResponse Refuse(string reason)
    {
        PageLog.Refused(_logger, reason);
        return PageResponse.Forbidden;
    }

    private PageResponse Post(PageRequest request)
    {
        ConsentRecord after;
        string done;
        try
        {
            _ledger.Refresh();
            switch (request.Path)
            {
                case "/consent/grant":
                    after = _ledger.Grant();
                    done = "granted";
                    break;
                case "/consent/pause":
                    if (PauseLength(request) is not { } micros)
                    {
                        return PageResponse.SeeOther("/?problem=duration");
                    }

                    after = _ledger.Pause(TimeSpan.FromTicks(micros * 10));
                    done = "paused";
                    break;
                case "/consent/resume":
                    after = _ledger.Resume();
                    done = "resumed";
                    break;
                case "/consent/revoke":
                    after = _ledger.Revoke();
                    done = "revoked";
                    break;
                default:
                    return PageResponse.Plain(404, "not found");
            }
        }
        catch (InvalidOperationException)
        {
            // The transition is not possible from the current state (resume when not paused, pause without consent).
            return PageResponse.SeeOther("/?problem=" + (request.Path == "/consent/resume" ? "not-paused" : "no-consent"));
        }
        catch (InvalidDataException ex)
        {
            PageLog.Failed(_logger, ex.Message);
            return PageResponse.SeeOther("/?problem=ledger");
        }

        PageLog.ConsentChanged(_logger, after.StatusAt(Micros.Now(_time)));
        return PageResponse.SeeOther("/?done=" + done);
    }

    /// <summary>The pause asked for: <c>minutes</c>, or <c>until</c> as a local HH:MM (today, or tomorrow if passed).</summary>
    private long? PauseLength(PageRequest request)
    {
        if (request.Form.TryGetValue("minutes", out string? text))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double minutes)
                && minutes >= 1 && minutes * 60_000_000 <= s_maxPauseMicros
                ? (long)(minutes * 60_000_000)
                : null;
        }

        if (request.Form.TryGetValue("until", out string? until)
            && TimeOnly.TryParseExact(until, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly clock))
        {
            TimeZoneInfo zone = _time.LocalTimeZone;
            DateTimeOffset now = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), zone);
            DateTime target = now.Date + clock.ToTimeSpan();
            if (target <= now.DateTime)
            {
                target = target.AddDays(1);
            }

            long micros = Micros.From(new DateTimeOffset(target, zone.GetUtcOffset(target))) - Micros.From(now);
            return micros > 0 && micros <= s_maxPauseMicros ? micros : null;
        }

        return null;
    }

    private PageResponse Page(PageRequest request)
    {
        (ConsentRecord consent, string? problem) = ReadConsent();
        long now = Micros.Now(_time);
        int hours = Hours(request);
        ActivitySummary summary = ActivitySummary.Build(_activity(), consent, now, hours, _options.IdleThreshold, _time.LocalTimeZone);
        (string? message, bool isProblem) = Message(request, consent, now);
        var model = new PageRenderer.Model(consent, now, _time.LocalTimeZone, _options.Privacy, _options.Destination, _ledger.Path,
            Path.Combine(_options.StateDirectory, ActivityFile.FileName), _servedByAgent, summary, message, isProblem, problem);
        return PageResponse.Html(PageRenderer.Render(model));
    }

    private PageResponse Activity(PageRequest request)
    {
        (ConsentRecord consent, _) = ReadConsent();
        long now = Micros.Now(_time);
        ActivitySnapshot snapshot = _activity();
        ActivitySummary summary = ActivitySummary.Build(snapshot, consent, now, Hours(request), _options.IdleThreshold, _time.LocalTimeZone);
        return PageResponse.Json(ActivityView.Write(snapshot, summary, PageRenderer.StatusKey(consent.StatusAt(now)),
            PageRenderer.StatusLine(consent, now, _time.LocalTimeZone)));
    }

    private (ConsentRecord Consent, string? Problem) ReadConsent()
    {
        try
        {
            _ledger.Refresh();
            return (_ledger.Current, null);
        }
        catch (InvalidDataException ex)
        {
            // A damaged ledger is never consent: show it as none, and say why.
            return (ConsentRecord.None, ex.Message);
        }
    }

    private static int Hours(PageRequest request) =>
        request.Query.TryGetValue("hours", out string? text)
        && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int hours)
        && Array.IndexOf(PageRenderer.HourChoices, hours) >= 0
            ? hours
            : 8;

    private (string? Message, bool Problem) Message(PageRequest request, ConsentRecord consent, long now)
    {
        if (request.Query.TryGetValue("done", out string? done))
        {
            string? text = done switch
            {
                "granted" => "Thank you. Recording starts within a second, in allowed applications only.",
                "paused" => "Paused. Nothing is recorded until " + PageRenderer.Until(consent.PausedUntilMicros ?? now, now, _time.LocalTimeZone) + ".",
                "resumed" => "Resumed. Recording again, in allowed applications only.",
                "revoked" => "Consent revoked. Nothing is recorded until you grant it again.",
                _ => null,
            };
            return (text, false);
        }

        if (request.Query.TryGetValue("problem", out string? problem))
        {
            string? text = problem switch
            {
                "duration" => "Choose a pause between 1 minute and 7 days.",
                "not-paused" => "Capture is not paused, so there is nothing to resume.",
                "no-consent" => "There is no consent to pause; grant it first.",
                "ledger" => "Your consent record could not be read; nothing is captured until it is fixed or removed.",
                _ => null,
            };
            return (text, text is not null);
        }

        return (null, false);
    }

    private static PageResponse Asset(string name, string contentType) =>
        PageResponse.Asset(contentType, s_assets.GetOrAdd(name, static n =>
        {
            using Stream stream = typeof(TransparencyPage).Assembly.GetManifestResourceStream("Pipeline.Capture.Transparency.Assets." + n)
                ?? throw new IOException($"the page's {n} is missing from this build");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }));
}
