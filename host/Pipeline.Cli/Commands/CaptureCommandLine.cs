using System.CommandLine;
using Pipeline.Host.Commands;

namespace Pipeline.Cli.Commands;

/// <summary>The workstation side: <c>capture</c>, <c>loadgen</c>, <c>consent …</c> and <c>import</c>.</summary>
internal static class CaptureCommandLine
{
    private static readonly LoadgenRequest s_loadgen = new();
    private static readonly ConsentRequest s_consent = new();

    public static Command Capture(GlobalOptions globals)
    {
        var display = new Option<string?>("--display") { Description = "The X display to read, e.g. :0 (default $DISPLAY)" };
        Option<string?> allowApps = AllowAppsOption();
        Option<bool> withTitles = WithTitlesOption();
        var uiPort = new Option<int?>("--ui-port") { Description = "Serve your page on this port of 127.0.0.1 (default: the last one, else any free one)" };
        var noUi = new Option<bool>("--no-ui") { Description = "Do not serve your page (use `pipeline consent ui` instead)" };
        var cmd = new Command("capture", "The workstation agent: records minimised input from an X display, with consent, into Kafka; serves your page (prints ui: URL)")
        {
            display, allowApps, withTitles, uiPort, noUi,
        };
        globals.SetAction(cmd, (parse, host) => CaptureCommand.RunAsync(host, new CaptureRequest
        {
            Display = parse.GetValue(display),
            AllowApps = parse.GetValue(allowApps),
            WithTitles = parse.GetValue(withTitles),
            UiPort = parse.GetValue(uiPort),
            NoUi = parse.GetValue(noUi),
        }));
        return cmd;
    }

    public static Command Loadgen(GlobalOptions globals)
    {
        var devices = new Option<int>("--devices") { Description = "How many synthetic devices", DefaultValueFactory = _ => s_loadgen.Devices };
        var rate = new Option<double>("--rate") { Description = "Pointer sampling rate per device while moving, in Hz", DefaultValueFactory = _ => s_loadgen.RateHz };
        var duration = new Option<double>("--duration") { Description = "How long to run, in seconds", DefaultValueFactory = _ => s_loadgen.DurationSeconds };
        var seed = new Option<int>("--seed") { Description = "Seed of the first device (device i uses seed + i)", DefaultValueFactory = _ => s_loadgen.Seed };
        var cmd = new Command("loadgen", "Synthetic devices with human-like input, each with recorded consent, through the same gate and producer")
        {
            devices, rate, duration, seed,
        };
        globals.SetAction(cmd, (parse, host) => LoadgenCommand.RunAsync(host, new LoadgenRequest
        {
            Devices = parse.GetValue(devices),
            RateHz = parse.GetValue(rate),
            DurationSeconds = parse.GetValue(duration),
            Seed = parse.GetValue(seed),
        }));
        return cmd;
    }

    public static Command Consent(GlobalOptions globals)
    {
        var cmd = new Command("consent", "Your controls on this device: grant, pause, resume, revoke, status, and your page (ui)");
        cmd.Subcommands.Add(ConsentAction(globals, "grant", "Agree to the notice that `consent status` shows; capture may start", ConsentChange.Grant));
        var minutes = new Option<double>("--minutes") { Description = "How long to pause, in minutes", DefaultValueFactory = _ => s_consent.PauseMinutes };
        Command pause = ConsentAction(globals, "pause", "Stop capture for a while; it resumes by itself", ConsentChange.Pause, minutes);
        pause.Options.Add(minutes);
        cmd.Subcommands.Add(pause);
        cmd.Subcommands.Add(ConsentAction(globals, "resume", "End a pause now", ConsentChange.Resume));
        cmd.Subcommands.Add(ConsentAction(globals, "revoke", "Withdraw consent; nothing is captured until you grant it again", ConsentChange.Revoke));
        cmd.Subcommands.Add(ConsentAction(globals, "status", "What is captured now, what never is, and where the data goes", ConsentChange.Status));
        var port = new Option<int?>("--port") { Description = "The port of 127.0.0.1 to serve on (default: the last one, else any free one)" };
        var ui = new Command("ui", "Your page on this workstation: what is captured and what the agent saw of you, with pause, resume and revoke; prints ui: URL") { port };
        globals.SetAction(ui, (parse, host) => ConsentUiCommand.RunAsync(host, new ConsentUiRequest { Port = parse.GetValue(port) }));
        cmd.Subcommands.Add(ui);
        return cmd;
    }

    public static Command Import(GlobalOptions globals)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The JSON Lines file to import" };
        Option<string?> allowApps = AllowAppsOption();
        Option<bool> withTitles = WithTitlesOption();
        var cmd = new Command("import", "Recorded interaction events (JSON Lines, DESIGN.md import format) to the raw topic through the privacy gate")
        {
            file, allowApps, withTitles,
        };
        globals.SetAction(cmd, (parse, host) => ImportCommand.RunAsync(host, new ImportRequest
        {
            File = parse.GetValue(file)!,
            AllowApps = parse.GetValue(allowApps),
            WithTitles = parse.GetValue(withTitles),
        }));
        return cmd;
    }

    private static Command ConsentAction(GlobalOptions globals, string name, string description, ConsentChange change, Option<double>? minutes = null)
    {
        var cmd = new Command(name, description);
        globals.SetAction(cmd, (parse, host) => ConsentCommand.RunAsync(host, new ConsentRequest
        {
            Change = change,
            PauseMinutes = minutes is null ? s_consent.PauseMinutes : parse.GetValue(minutes),
        }));
        return cmd;
    }

    private static Option<string?> AllowAppsOption() => new("--allow-apps")
    {
        Description = "Applications whose input may be recorded, comma-separated (X11: WM_CLASS); nothing is recorded until some are listed (config Capture:AllowApps)",
    };

    private static Option<bool> WithTitlesOption() => new("--with-titles")
    {
        Description = "Also record window titles of allowed applications, scrubbed on this device (off by default)",
    };
}
