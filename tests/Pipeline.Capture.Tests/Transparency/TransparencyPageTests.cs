using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Transparency;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>The page over real loopback sockets, with the headers a browser, a hostile page or a rebinding attack sends.</summary>
public sealed class TransparencyPageTests : IAsyncLifetime
{
    private readonly TempDirectory _state = new();
    private readonly ManualTime _time = new();
    private TransparencyPage _page = null!;
    private string _token = null!;

    private string Cookie => $"{TransparencyPage.CookieName}={_token}";

    private string Origin => $"http://127.0.0.1:{_page.Port}";

    private ConsentLedger Ledger => new(Path.Combine(_state.Path, ConsentLedger.FileName), _time);

    public Task InitializeAsync()
    {
        _page = Start(0);
        _token = _page.Url[(_page.Url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _page.DisposeAsync();
        _state.Dispose();
    }

    private TransparencyPage Start(int port, Func<ActivitySnapshot>? activity = null) => TransparencyPage.Start(
        new TransparencyPageOptions
        {
            StateDirectory = _state.Path,
            Port = port,
            Privacy = new PrivacyOptions { AllowApps = ["editor", "<script>alert(1)</script>"] },
            Destination = "Kafka at 127.0.0.1:9092",
        },
        activity ?? (() => ActivitySnapshot.Empty), servedByAgent: false, NullLoggerFactory.Instance, _time);

    [Fact]
    public void Url_Token_LoopbackAddressAndTokenOfAtLeast128Bits()
    {
        Assert.StartsWith($"http://127.0.0.1:{_page.Port}/?token=", _page.Url);
        Assert.True(_token.Length >= 22);
        Assert.Equal(_token, File.ReadAllText(_state.File("ui.token")).Trim());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/activity")]
    [InlineData("/assets/page.js")]
    [InlineData("/nothing-here")]
    public async Task Get_WithoutToken_403AndNothingElse(string path)
    {
        RawHttp.Response response = await RawHttp.GetAsync(_page.Port, path);
        AssertBareRefusal(response);
    }

    [Fact]
    public async Task Get_WrongTokenInUrlOrCookie_403()
    {
        AssertBareRefusal(await RawHttp.GetAsync(_page.Port, "/?token=" + _token[..^2] + "xx"));
        AssertBareRefusal(await RawHttp.GetAsync(_page.Port, "/", cookie: TransparencyPage.CookieName + "=" + _token[..^2] + "xx"));
        AssertBareRefusal(await RawHttp.GetAsync(_page.Port, "/?token="));
        AssertBareRefusal(await RawHttp.GetAsync(_page.Port, "/", cookie: "other=" + _token));
    }

    [Fact]
    public async Task Get_TokenInUrl_RedirectsToBarePathWithHttpOnlyStrictCookie()
    {
        RawHttp.Response response = await RawHttp.GetAsync(_page.Port, "/?token=" + _token);
        Assert.Equal(303, response.Status);
        Assert.Equal("/", response.Header("Location"));
        string cookie = response.Header("Set-Cookie")!;
        Assert.StartsWith(Cookie + ";", cookie);
        Assert.Contains("HttpOnly", cookie);
        Assert.Contains("SameSite=Strict", cookie);
        Assert.Contains("Path=/", cookie);
        Assert.Equal("same-origin", response.Header("Referrer-Policy"));
    }

    [Fact]
    public async Task Get_PageWithCookie_PlainWordsStrictHeadersAndNoCrossOriginHeaders()
    {
        RawHttp.Response response = await RawHttp.GetAsync(_page.Port, "/", Cookie);
        Assert.Equal(200, response.Status);
        Assert.Contains("Not recording: you have not given consent", response.Body);
        Assert.Contains(ConsentNotice.NeverCaptured, response.Body);
        Assert.Contains("Allowed applications: editor, &lt;script&gt;alert(1)&lt;/script&gt;", response.Body);
        Assert.DoesNotContain("<script>alert", response.Body);
        Assert.Contains("id=\"grant\"", response.Body);
        Assert.Equal(PageResponseCsp, response.Header("Content-Security-Policy"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
        Assert.Equal("no-store", response.Header("Cache-Control"));
        Assert.Equal("same-origin", response.Header("Cross-Origin-Resource-Policy"));
        Assert.DoesNotContain(response.Headers, h => h.Name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("http://", response.Body.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AssetsWithCookie_OwnScriptAndStyleThatFetchNothingFromOutside()
    {
        RawHttp.Response js = await RawHttp.GetAsync(_page.Port, "/assets/page.js", Cookie);
        RawHttp.Response css = await RawHttp.GetAsync(_page.Port, "/assets/page.css", Cookie);
        Assert.Equal((200, 200), (js.Status, css.Status));
        Assert.StartsWith("text/javascript", js.Header("Content-Type"));
        Assert.StartsWith("text/css", css.Header("Content-Type"));
        Assert.Contains("/api/activity", js.Body);
        Assert.DoesNotContain("//cdn", js.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", js.Body + css.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", css.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", css.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:1")]
    [InlineData("")]
    public async Task Get_HostHeaderOfAnotherName_403EvenWithTheCookie(string host)
    {
        // A DNS-rebinding page reaches 127.0.0.1 under its own name: the browser sends that name and the cookie of it, not ours.
        AssertBareRefusal(await RawHttp.GetAsync(_page.Port, "/", Cookie, host.Replace("{port}", _page.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Get_NoOrTwoHostHeaders_403()
    {
        AssertBareRefusal(await RawHttp.SendAsync(_page.Port, $"GET / HTTP/1.1\r\nCookie: {Cookie}\r\n\r\n"));
        AssertBareRefusal(await RawHttp.SendAsync(_page.Port, $"GET / HTTP/1.1\r\nHost: 127.0.0.1:{_page.Port}\r\nHost: evil.example\r\nCookie: {Cookie}\r\n\r\n"));
    }

    [Fact]
    public async Task Post_SameOriginPause_LedgerPausedForThirtyMinutesAndRedirected()
    {
        Ledger.Grant();
        RawHttp.Response response = await RawHttp.PostAsync(_page.Port, "/consent/pause", "minutes=30", Cookie, Origin, fetchSite: "same-origin");
        Assert.Equal(303, response.Status);
        Assert.Equal("/?done=paused", response.Header("Location"));
        ConsentRecord after = Ledger.Current;
        Assert.Equal(ConsentStatus.Paused, after.Status);
        Assert.Equal(Micros.Now(_time) + (30L * 60 * 1_000_000), after.PausedUntilMicros);
        Assert.Contains("Paused until", (await RawHttp.GetAsync(_page.Port, "/?done=paused", Cookie)).Body);
    }

    [Theory]
    [InlineData("http://127.0.0.1:1")]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    public async Task Post_FromAnotherOriginOrWithoutOne_403AndLedgerUnchanged(string? origin)
    {
        Ledger.Grant();
        // Another port on 127.0.0.1 is the same site to a browser, which sends it our SameSite=Strict cookie: the Origin check stops it.
        AssertBareRefusal(await RawHttp.PostAsync(_page.Port, "/consent/revoke", "", Cookie, origin));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
    }

    [Fact]
    public async Task Post_SameOriginButCrossSiteFetch_403()
    {
        Ledger.Grant();
        AssertBareRefusal(await RawHttp.PostAsync(_page.Port, "/consent/revoke", "", Cookie, Origin, fetchSite: "same-site"));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
    }

    [Fact]
    public async Task Post_WithoutToken_403()
    {
        Ledger.Grant();
        AssertBareRefusal(await RawHttp.PostAsync(_page.Port, "/consent/revoke", "", cookie: null, Origin));
        AssertBareRefusal(await RawHttp.PostAsync(_page.Port, "/?token=" + _token, "", cookie: null, Origin));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
    }

    [Fact]
    public async Task Post_GrantResumeRevoke_SameTransitionsAsTheCommands()
    {
        Assert.Equal("/?done=granted", (await RawHttp.PostAsync(_page.Port, "/consent/grant", "", Cookie, Origin)).Header("Location"));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
        Assert.Equal(ConsentRecord.CurrentNoticeVersion, Ledger.Current.NoticeVersion);
        Assert.Equal("/?problem=not-paused", (await RawHttp.PostAsync(_page.Port, "/consent/resume", "", Cookie, Origin)).Header("Location"));
        await RawHttp.PostAsync(_page.Port, "/consent/pause", "minutes=5", Cookie, Origin);
        Assert.Equal("/?done=resumed", (await RawHttp.PostAsync(_page.Port, "/consent/resume", "", Cookie, Origin)).Header("Location"));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
        Assert.Equal("/?done=revoked", (await RawHttp.PostAsync(_page.Port, "/consent/revoke", "", Cookie, Origin)).Header("Location"));
        Assert.Equal(ConsentStatus.Revoked, Ledger.Current.Status);
        Assert.Equal("/?problem=no-consent", (await RawHttp.PostAsync(_page.Port, "/consent/pause", "minutes=5", Cookie, Origin)).Header("Location"));
        Assert.Equal(
            [Schemas.Model.ConsentState.Granted, Schemas.Model.ConsentState.Paused, Schemas.Model.ConsentState.Resumed, Schemas.Model.ConsentState.Revoked],
            Ledger.Current.History.Select(t => t.State));
    }

    [Theory]
    [InlineData("minutes=0")]
    [InlineData("minutes=abc")]
    [InlineData("minutes=10081")]
    [InlineData("until=25:00")]
    [InlineData("")]
    public async Task Post_PauseOfNoUsableLength_ProblemAndLedgerUnchanged(string form)
    {
        Ledger.Grant();
        Assert.Equal("/?problem=duration", (await RawHttp.PostAsync(_page.Port, "/consent/pause", form, Cookie, Origin)).Header("Location"));
        Assert.Equal(ConsentStatus.Granted, Ledger.Current.Status);
    }

    [Fact]
    public async Task Post_PauseUntilAClockTime_PausedUntilThatLocalTimeNext()
    {
        Ledger.Grant();
        DateTimeOffset localNow = TimeZoneInfo.ConvertTime(_time.GetUtcNow(), _time.LocalTimeZone);
        DateTimeOffset target = localNow.AddMinutes(75);
        string clock = target.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        await RawHttp.PostAsync(_page.Port, "/consent/pause", "until=" + Uri.EscapeDataString(clock), Cookie, Origin);
        long until = Ledger.Current.PausedUntilMicros!.Value;
        DateTimeOffset end = TimeZoneInfo.ConvertTime(Micros.ToDateTimeOffset(until), _time.LocalTimeZone);
        Assert.Equal(clock, end.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(until - Micros.Now(_time), 1, 24L * 3600 * 1_000_000);
    }

    [Fact]
    public async Task Get_ActivityJson_SeriesTimelineHeatAndTotalsOfTheSnapshot()
    {
        await _page.DisposeAsync();
        long minute = Micros.Now(_time) / 60_000_000;
        var snapshot = new ActivitySnapshot
        {
            AsOfMicros = Micros.Now(_time),
            ScreenWidth = 1920,
            ScreenHeight = 1080,
            Minutes = [new ActivityMinute(minute, [5, 1, 1, 2, 3, 3, 1, 0, 0], 16, 1, true, true)],
            Heat = [new ActivityHeatHour(minute / 60, Enumerable.Range(0, ActivityTally.HeatCells).Select(i => i == 7 ? 6 : 0).ToArray())],
        };
        _page = Start(0, () => snapshot);
        RawHttp.Response response = await RawHttp.GetAsync(_page.Port, "/api/activity?hours=4", Cookie);
        Assert.Equal(200, response.Status);
        Assert.StartsWith("application/json", response.Header("Content-Type"));
        using JsonDocument json = JsonDocument.Parse(response.Body);
        JsonElement root = json.RootElement;
        Assert.Equal(4, root.GetProperty("hours").GetInt32());
        Assert.Equal(240, root.GetProperty("series")[0].GetProperty("values").GetArrayLength());
        Assert.Equal(5, root.GetProperty("series")[0].GetProperty("values")[239].GetInt32());
        Assert.Equal(2, root.GetProperty("series")[1].GetProperty("values")[239].GetInt32());
        Assert.Equal(6, root.GetProperty("series")[3].GetProperty("values")[239].GetInt32());
        Assert.Equal(6, root.GetProperty("heat").GetProperty("cells")[7].GetInt64());
        Assert.Equal(16, root.GetProperty("totals").GetProperty("eventsShown").GetInt64());
        Assert.Equal(16, root.GetProperty("totals").GetProperty("deliveredEventsToday").GetInt64());
        Assert.Equal("none", root.GetProperty("status").GetString());
        Assert.Contains("\"state\":\"active\"", response.Body);
    }

    [Fact]
    public async Task Start_Listening_OnlyOn127001()
    {
        // 127.0.0.2 is loopback too, but not the address the page binds: a page on 0.0.0.0 would answer it.
        await Assert.ThrowsAnyAsync<SocketException>(() => RawHttp.SendAsync(_page.Port, "GET / HTTP/1.1\r\n\r\n", "127.0.0.2"));
    }

    [Fact]
    public async Task Start_PortZeroAgain_SamePortAsLastTimeSoABookmarkKeepsWorking()
    {
        int port = _page.Port;
        await _page.DisposeAsync();
        _page = Start(0);
        Assert.Equal(port, _page.Port);
    }

    [Fact]
    public void Start_ExplicitPortInUse_OneLineIOException()
    {
        IOException ex = Assert.Throws<IOException>(() => Start(_page.Port));
        Assert.Contains($"127.0.0.1:{_page.Port}", ex.Message);
    }

    [Fact]
    public async Task Send_OtherMethodOrHead_405OrHeadersOnly()
    {
        RawHttp.Response put = await RawHttp.SendAsync(_page.Port, $"PUT / HTTP/1.1\r\nHost: 127.0.0.1:{_page.Port}\r\nCookie: {Cookie}\r\nContent-Length: 0\r\n\r\n");
        Assert.Equal(405, put.Status);
        RawHttp.Response head = await RawHttp.SendAsync(_page.Port, $"HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{_page.Port}\r\nCookie: {Cookie}\r\n\r\n");
        Assert.Equal(200, head.Status);
        Assert.Equal("", head.Body);
    }

    private const string PageResponseCsp =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private static void AssertBareRefusal(RawHttp.Response response)
    {
        Assert.Equal(403, response.Status);
        Assert.Equal("", response.Body);
        Assert.Equal(["Content-Length", "Connection"], response.Headers.Select(h => h.Name));
    }
}
