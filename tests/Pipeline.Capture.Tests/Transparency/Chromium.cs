using Microsoft.Playwright;

namespace Pipeline.Capture.Tests.Transparency;

/// <summary>
/// Debian's headless Chromium (<c>/usr/bin/chromium</c>, installed by scripts/install-test-deps.sh) driven by
/// Playwright for .NET, whose driver ships its own Node in the NuGet package; Playwright's browser download is never
/// used. Each <see cref="LaunchAsync"/> is a fresh browser with a fresh user-data directory, so no cookie or cache
/// carries over between tests. <c>rebind.test</c> resolves to 127.0.0.1 inside it, as a DNS-rebinding name would.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A name that resolves to the loopback address, as an attacker's domain does after rebinding.</summary>
    public const string RebindingHost = "rebind.test";

    private readonly List<string> _profiles = [];
    private IPlaywright? _playwright;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run scripts/install-test-deps.sh (Debian package chromium)");
        _playwright = await Playwright.CreateAsync();
    }

    public async Task<IBrowserContext> LaunchAsync()
    {
        string profile = Path.Combine(Path.GetTempPath(), "pipeline-chromium-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(profile);
        lock (_profiles)
        {
            _profiles.Add(profile);
        }

        return await _playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", $"--host-resolver-rules=MAP {RebindingHost} 127.0.0.1",
            ],
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            Timeout = 60_000,
        });
    }

    public Task DisposeAsync()
    {
        _playwright?.Dispose();
        foreach (string profile in _profiles)
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // the browser may still be closing a file; /tmp is cleaned eventually
            }
        }

        return Task.CompletedTask;
    }
}
