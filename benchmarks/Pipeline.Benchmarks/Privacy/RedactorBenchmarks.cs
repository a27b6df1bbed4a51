using BenchmarkDotNet.Attributes;
using Pipeline.Privacy;

namespace Pipeline.Benchmarks.Privacy;

/// <summary>
/// The redactor's cost per title (results are per title: OperationsPerInvoke), by what the title holds: nothing
/// (with and without digits), the classic kinds (e-mail, card, IBAN, IP, secrets, URL parts), phones in national form
/// (the libphonenumber path), and the kinds found by words and context (names, handles, repositories, addresses,
/// companies). <c>Find</c> is the scan alone (no cache, no output string); <c>Redact</c> on a title seen before is the
/// steady state of the stream (titles repeat with every focus change). Only the public API is used, so the same file
/// measures an older redactor for a before/after comparison.
/// Run: <c>dotnet run -c Release --project benchmarks/Pipeline.Benchmarks -- --filter '*RedactorBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class RedactorBenchmarks
{
    private static readonly string[] s_plainNoDigits =
        ["Inbox - Outlook", "Paris weather forecast", "Visual Studio Code - Welcome", "Pull requests · GitHub", "Design review notes.docx - Word",
         "Settings", "Jordan travel guide - Lonely Planet", "Quarterly planning - Google Sheets"];

    private static readonly string[] s_plainWithDigits =
        ["Quarterly Report Q3 - final.xlsx", "Meeting notes 2024-01-15 - Notepad", "Visual Studio Code 1.85.2", "Sprint 42 board - Jira",
         "Windows 10.0.19045.3803", "Invoice INV-2024-000123.pdf - Adobe Acrobat", "https://github.com/dotnet/runtime/pull/12345 - GitHub",
         "Agent 2.4.1.7 update"];

    private static readonly string[] s_classicPii =
        ["Re: budget - john.doe@example.com - Outlook", "Call +49 30 1234567 - Softphone", "Transfer to DE89 3704 0044 0532 0130 00",
         "Ping 192.168.1.254 - Network", "https://example.com/reset?token=a8f5f167f44f4964e6c998dee827110c",
         "Checkout - card 4111 1111 1111 1111 - Shop", "export GITHUB_TOKEN=ghp_1234567890abcdefghijABCDEFGHIJ123456", "SSN 123-45-6789 - Tax form"];

    private static readonly string[] s_nationalPhones =
        ["Büro 030 12345678 - Kontakte", "Rappeler 01.23.45.67.89", "Tokyo office 03-1234-5678", "Callback 555-123-4567 tomorrow",
         "Hotline 020 7946 0958 - Support", "Llamar al 612 34 56 78", "Verify number 4155550123", "Mobil 0171-1234567"];

    private static readonly string[] s_contextKinds =
        ["Chat with Alice Johnson - Teams", "Yekaterina Petrova is presenting | Microsoft Teams", "DM: aidenpark", "#incidents - 3 unread",
         "kepler-labs/timer-service - GitHub", "Meet at 500 Market St, Apt 12B, SF, CA 94104", "Dashboard - Acme, LLC - Stripe",
         "https://calendly.com/jane-doe/30min"];

    private readonly Redaction[] _findings = new Redaction[64];
    private readonly Redactor _redactor = new();

    [GlobalSetup]
    public void Setup()
    {
        foreach (string[] set in new[] { s_plainNoDigits, s_plainWithDigits, s_classicPii, s_nationalPhones, s_contextKinds })
        {
            foreach (string title in set)
            {
                _redactor.Redact(title);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = 8)]
    public int FindPlainTitleNoDigits() => FindAll(s_plainNoDigits);

    [Benchmark(OperationsPerInvoke = 8)]
    public int FindPlainTitleWithDigits() => FindAll(s_plainWithDigits);

    [Benchmark(OperationsPerInvoke = 8)]
    public int FindClassicPii() => FindAll(s_classicPii);

    [Benchmark(OperationsPerInvoke = 8)]
    public int FindNationalPhone() => FindAll(s_nationalPhones);

    [Benchmark(OperationsPerInvoke = 8)]
    public int FindNamesHandlesReposAddresses() => FindAll(s_contextKinds);

    /// <summary>The stream's steady state: a title seen before is one dictionary lookup.</summary>
    [Benchmark(OperationsPerInvoke = 8)]
    public int RedactRepeatedTitle()
    {
        int n = 0;
        foreach (string title in s_classicPii)
        {
            n += _redactor.Redact(title).Length;
        }

        return n;
    }

    private int FindAll(string[] titles)
    {
        int n = 0;
        foreach (string title in titles)
        {
            n += Redactor.Find(title, _findings);
        }

        return n;
    }
}
