using Confluent.Kafka;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.Synthetic;
using Pipeline.Capture.Transparency;
using Pipeline.Kafka;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;
using Xunit.Abstractions;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>The page in a real browser, as the person uses it: open the printed URL, read, press the buttons.</summary>
public sealed class TransparencyPageBrowserTests : IClassFixture<Chromium>, IClassFixture<BrokerFixture>, IDisposable
{
    /// <summary>
    /// The answer to a button is the redirect to <c>?done=…</c>: wait for that navigation to commit, not for the page's
    /// load event, which on a busy machine came after Playwright's 30 s now and then. Locators wait for what they read.
    /// </summary>
    private static readonly PageWaitForURLOptions s_committed = new() { WaitUntil = WaitUntilState.Commit };

    private readonly Chromium _chromium;
    private readonly BrokerFixture _broker;
    private readonly ITestOutputHelper _output;

    public TransparencyPageBrowserTests(Chromium chromium, BrokerFixture broker, ITestOutputHelper output)
    {
        _chromium = chromium;
        _broker = broker;
        _output = output;
    }

    /// <summary>What the page logged (refusals and why), for a failing run.</summary>
    public void Dispose() => _output.WriteLine(_log.Text);

    private readonly ListLogger _log = new();

    private TransparencyPage Serve(string state, TimeProvider time, Func<ActivitySnapshot>? activity = null, bool servedByAgent = false) =>
        TransparencyPage.Start(
            new TransparencyPageOptions
            {
                StateDirectory = state,
                Privacy = new PrivacyOptions { AllowApps = ["editor", "browser"] },
                Destination = "Kafka at 127.0.0.1:9092, topics interaction.raw.v1 and interaction.consent.v1",
            },
            activity ?? TransparencyPage.ReadActivityFile(state, _log), servedByAgent, _log, time);

    [Fact]
    public async Task Open_PrintedUrl_TokenLeavesTheAddressBarCookieIsHttpOnlyStrictAndTheStateIsShown()
    {
        using var state = new TempDirectory();
        ManualTime time = SyntheticDay.Play(state.Path);
        await using TransparencyPage page = Serve(state.Path, time);
        await using IBrowserContext browser = await _chromium.LaunchAsync();
        var requested = new List<string>();
        var problems = new List<string>();
        browser.Request += (_, r) => requested.Add(r.Url);
        IPage tab = await browser.NewPageAsync();
        tab.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning")
            {
                problems.Add(m.Text);
            }
        };
        tab.PageError += (_, e) => problems.Add(e);

        IResponse? response = await tab.GotoAsync(page.Url);
        Assert.Equal(200, response!.Status);
        Assert.Equal($"http://127.0.0.1:{page.Port}/", tab.Url);
        BrowserContextCookiesResult cookie = Assert.Single(await browser.CookiesAsync());
        Assert.Equal((TransparencyPage.CookieName, true, SameSiteAttribute.Strict), (cookie.Name, cookie.HttpOnly, cookie.SameSite));

        Assert.Equal("granted", await tab.Locator("#status").GetAttributeAsync("data-state"));
        Assert.Contains("Recording", await tab.Locator("#status").InnerTextAsync());
        Assert.Contains($"notice version {ConsentRecord.CurrentNoticeVersion}", await tab.Locator("#notice-version").InnerTextAsync());
        Assert.Contains("editor, browser", await tab.Locator("#allowed-apps").InnerTextAsync());
        Assert.Contains("Which key was pressed", await tab.Locator("#never-captured").InnerTextAsync());
        Assert.Matches(@"Sent today: [\d,]+ events in [\d,]+ batches", await tab.Locator("#sent-today").InnerTextAsync());
        Assert.Contains("wait in the spool", await tab.Locator("#spool").InnerTextAsync());

        // The charts are drawn by the page's own script from its own data.
        await tab.WaitForSelectorAsync("#chart-minutes svg rect");
        Assert.True(await tab.Locator("#chart-minutes svg rect").CountAsync() > 100);
        Assert.True(await tab.Locator("#chart-timeline svg rect[fill='#f2b134']").CountAsync() >= 1, "the lunch pause is on the timeline");
        Assert.True(await tab.Locator("#chart-heat svg rect").CountAsync() > 20);
        Assert.Contains("1920 × 1080", await tab.Locator("#chart-heat").InnerTextAsync());

        Assert.All(requested, url => Assert.StartsWith($"http://127.0.0.1:{page.Port}/", url));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task Open_WithoutTokenWithWrongTokenOrUnderARebindingName_403AndAnEmptyPage()
    {
        using var state = new TempDirectory();
        var time = new ManualTime();
        await using TransparencyPage page = Serve(state.Path, time);
        string token = page.Url[(page.Url.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        await using IBrowserContext browser = await _chromium.LaunchAsync();
        IPage tab = await browser.NewPageAsync();

        foreach (string url in new[]
        {
            $"http://127.0.0.1:{page.Port}/",
            $"http://127.0.0.1:{page.Port}/api/activity",
            $"http://127.0.0.1:{page.Port}/?token=not-the-token",
            $"http://{Chromium.RebindingHost}:{page.Port}/?token={token}",
        })
        {
            IResponse response = await RefusedNavigationAsync(tab, url);
            Assert.Equal(403, response.Status);
            Assert.Equal("0", (await response.AllHeadersAsync())["content-length"]);
        }

        Assert.Empty(await browser.CookiesAsync());
    }

    [Fact]
    public async Task PostFromAnotherPageOnLocalhost_RefusedWith403AndConsentUnchanged()
    {
        using var state = new TempDirectory();
        var time = new ManualTime();
        new ConsentLedger(Path.Combine(state.Path, ConsentLedger.FileName), time).Grant();
        await using TransparencyPage page = Serve(state.Path, time);
        await using var hostile = new HostilePage(page.Port);
        await using IBrowserContext browser = await _chromium.LaunchAsync();
        IPage tab = await browser.NewPageAsync();
        await tab.GotoAsync(page.Url); // the person has the page open: the browser holds the cookie

        IPage other = await browser.NewPageAsync();
        await other.GotoAsync(hostile.Url);
        IResponse answer = await other.RunAndWaitForResponseAsync(() => other.ClickAsync("#go"), r => r.Url.EndsWith("/consent/revoke", StringComparison.Ordinal));
        Assert.Equal(403, answer.Status);
        // A fresh tab for the script's attempt: the refused form post leaves the first one committing Chromium's own
        // error page, and a navigation started meanwhile is interrupted by it.
        IPage again = await browser.NewPageAsync();
        await again.GotoAsync(hostile.Url);
        Assert.Equal("sent", await again.EvaluateAsync<string>("window.tryFetch()"));

        var ledger = new ConsentLedger(Path.Combine(state.Path, ConsentLedger.FileName), time);
        Assert.Equal(ConsentStatus.Granted, ledger.Current.Status);
        Assert.Single(ledger.Current.History);
        Assert.Equal(2, _log.Lines.Count(l => l.Contains("POST from another origin", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Buttons_GrantPauseResumeRevoke_LedgerFollowsAndThePageSaysSo()
    {
        using var state = new TempDirectory();
        var time = new ManualTime();
        await using TransparencyPage page = Serve(state.Path, time);
        await using IBrowserContext browser = await _chromium.LaunchAsync();
        IPage tab = await browser.NewPageAsync();
        await tab.GotoAsync(page.Url);
        var ledger = new ConsentLedger(Path.Combine(state.Path, ConsentLedger.FileName), time);
        Assert.Equal("none", await tab.Locator("#status").GetAttributeAsync("data-state"));

        await tab.ClickAsync("#grant");
        await tab.WaitForURLAsync("**/?done=granted", s_committed);
        ledger.Refresh();
        Assert.Equal(ConsentStatus.Granted, ledger.Current.Status);
        Assert.Equal("granted", await tab.Locator("#status").GetAttributeAsync("data-state"));

        await tab.FillAsync("#pause-minutes", "90");
        await tab.ClickAsync("#pause-custom");
        await tab.WaitForURLAsync("**/?done=paused", s_committed);
        ledger.Refresh();
        Assert.Equal(Micros.Now(time) + (90L * 60 * 1_000_000), ledger.Current.PausedUntilMicros);
        Assert.Contains("Paused until", await tab.Locator("#status").InnerTextAsync());

        await tab.ClickAsync("#resume");
        await tab.WaitForURLAsync("**/?done=resumed", s_committed);
        ledger.Refresh();
        Assert.Equal(ConsentStatus.Granted, ledger.Current.Status);

        await tab.ClickAsync("#revoke");
        await tab.WaitForURLAsync("**/?done=revoked", s_committed);
        ledger.Refresh();
        Assert.Equal(ConsentStatus.Revoked, ledger.Current.Status);
        Assert.Equal("revoked", await tab.Locator("#status").GetAttributeAsync("data-state"));
        Assert.Contains("Nothing is captured until you grant it again", await tab.Locator("#status").InnerTextAsync());

        await tab.ClickAsync("#grant");
        await tab.WaitForURLAsync("**/?done=granted", s_committed);
        ledger.Refresh();
        Assert.Equal(
            [ConsentState.Granted, ConsentState.Paused, ConsentState.Resumed, ConsentState.Revoked, ConsentState.Granted],
            ledger.Current.History.Select(t => t.State));
    }

    [Fact]
    public async Task PauseButton_RunningAgent_StopsRecordingAndPublishesThePause()
    {
        using var state = new TempDirectory();
        var topics = new TopicNames { Raw = _broker.CreateTopic("raw"), Consent = _broker.CreateTopic("consent") };
        var options = new CaptureAgentOptions
        {
            StateDirectory = state.Path,
            Device = new DeviceCaptureOptions { Subject = "person-p", Device = "device-p", Privacy = new PrivacyOptions { AllowApps = ["editor"] } },
            Delivery = new DeliveryOptions { Bootstrap = _broker.BootstrapServers, Topics = topics },
        };
        new ConsentLedger(Path.Combine(state.Path, ConsentLedger.FileName), TimeProvider.System).Grant();
        await using var source = new SyntheticInputSource(new SyntheticOptions { Seed = 3, Apps = ["editor"], IdleProbability = 0 }, TimeProvider.System);
        var agent = new CaptureAgent(options, source, NullLoggerFactory.Instance, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        Task running = agent.RunAsync(stop.Token);
        await Eventually.TrueAsync(() => agent.Status is { Listening: true, Accepted: > 50 }, "the agent listens and records");
        long accepted;

        await using (TransparencyPage page = Serve(state.Path, TimeProvider.System, agent.Activity.Snapshot, servedByAgent: true))
        {
            await using IBrowserContext browser = await _chromium.LaunchAsync();
            IPage tab = await browser.NewPageAsync();
            await tab.GotoAsync(page.Url);
            Assert.Contains("The agent serving this page is running", await tab.Locator("#agent").InnerTextAsync());
            await tab.WaitForSelectorAsync("#chart-minutes svg rect");

            await tab.ClickAsync("#pause-30");
            await tab.WaitForURLAsync("**/?done=paused", s_committed);
            var ledger = new ConsentLedger(agent.LedgerPath, TimeProvider.System);
            Assert.Equal(ConsentStatus.Paused, ledger.Current.Status);
            // Within a second is the agent's consent poll (at most 1 s, CaptureAgentOptions), timed on a fake clock in
            // CaptureAgentTests; here, on the real clock, that the page's pause reaches the running agent at all.
            await Eventually.TrueAsync(() => agent.Status is { Listening: false }, "the agent stops listening after the pause");
            accepted = agent.Status!.Accepted;
            Assert.Contains("Paused until", await tab.Locator("#status").InnerTextAsync());
        }

        await stop.CancelAsync();
        await running;

        // Nothing was recorded from the pause until the agent stopped (what it wrote on stopping).
        Assert.Equal(accepted, AgentStatusFile.Read(state.Path)!.Accepted);
        var states = new List<ConsentState>();
        foreach (ConsumeResult<byte[]?, byte[]> r in _broker.ReadToEnd(topics.Consent, TimeSpan.FromSeconds(10)))
        {
            Assert.True(ConsentChangeCodec.TryRead(r.Message.Value, out ConsentChange? change, out DecodeError error), error.Detail);
            states.Add(change.State);
        }

        Assert.Equal([ConsentState.Granted, ConsentState.Paused], states);
    }

    [Fact]
    public async Task Screenshot_SyntheticDay_AReadablePageWithEveryChart()
    {
        using var state = new TempDirectory();
        ManualTime time = SyntheticDay.Play(state.Path);
        await using TransparencyPage page = Serve(state.Path, time);
        await using IBrowserContext browser = await _chromium.LaunchAsync();
        IPage tab = await browser.NewPageAsync();
        await tab.GotoAsync(page.Url.Replace("/?token", "/?hours=8&token", StringComparison.Ordinal));
        await tab.GotoAsync($"http://127.0.0.1:{page.Port}/?hours=8");
        await tab.WaitForSelectorAsync("#chart-heat svg rect");
        string file = state.File("consent-page.png");
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Assert.True(new FileInfo(file).Length > 50_000, "the screenshot is suspiciously small");

        // scripts/consent-page-screenshot.sh sets this to refresh docs/consent-page.png from this very test.
        if (Environment.GetEnvironmentVariable("PIPELINE_UPDATE_SCREENSHOT") is { Length: > 0 } target)
        {
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> expecting the page's bare 403, on which Chromium shows its own error page (an
    /// error status with an empty body) and Playwright reports the navigation as failed, either as
    /// ERR_HTTP_RESPONSE_CODE_FAILURE or as interrupted by the error page: the response itself says what happened.
    /// </summary>
    private static Task<IResponse> RefusedNavigationAsync(IPage tab, string url) =>
        tab.RunAndWaitForResponseAsync(
            async () =>
            {
                try
                {
                    await tab.GotoAsync(url);
                }
                catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE", StringComparison.Ordinal)
                    || e.Message.Contains("chrome-error://", StringComparison.Ordinal))
                {
                }
            },
            r => r.Url == url);
}
