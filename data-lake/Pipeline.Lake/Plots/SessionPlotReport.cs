namespace Pipeline.Lake.Plots;

/// <summary>What a picture was drawn from.</summary>
/// <param name="File">The PNG written.</param>
/// <param name="PointerSamples">Events with a pointer position (path and heat map).</param>
/// <param name="Actions">Rows of <c>actions</c> (markers and timeline).</param>
/// <param name="IdlePeriods">Rows of <c>idle_periods</c> (timeline bands).</param>
public sealed record SessionPlotReport(string File, long PointerSamples, long Actions, long IdlePeriods);
