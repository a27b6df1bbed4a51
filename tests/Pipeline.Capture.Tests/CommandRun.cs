using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

/// <summary>Runs the real host as a person would, for the command tests.</summary>
internal static class CommandRun
{
    /// <summary>These tests are not about sealing: the well-known development keys let the agent seal its batches.</summary>
    public const string DevelopmentSealingKeys = "PIPELINE__Shredding__AllowDevelopmentKeys";

    /// <summary>The port and token of a <c>ui: http://127.0.0.1:PORT/?token=TOKEN</c> line.</summary>
    public static (int Port, string Token) UiLine(PipelineProcess process)
    {
        string line = process.WaitForLine("ui: ", TimeSpan.FromSeconds(60));
        System.Text.RegularExpressions.Match m = System.Text.RegularExpressions.Regex.Match(line, @"^(?:ui: )?http://127\.0\.0\.1:(\d+)/\?token=([A-Za-z0-9_-]{22,})$");
        Assert.True(m.Success, line);
        return (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value);
    }

    /// <summary>Runs <c>pipeline ARGS</c> with <paramref name="home"/> as its home and waits for its exit.</summary>
    public static (int Code, string Out, string Err) Run(string home, params string[] args)
    {
        using PipelineProcess p = PipelineProcess.Start(args, home, new Dictionary<string, string> { [DevelopmentSealingKeys] = "true" });
        int code = p.WaitForExit(TimeSpan.FromSeconds(60));
        return (code, p.StandardOutput, p.StandardError);
    }
}
