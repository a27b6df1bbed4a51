namespace Pipeline.Capture.Transparency;

/// <summary>
/// Where the pointer was during one hour, as counts in a grid over the screen (<see cref="ActivityTally.HeatColumns"/>
/// × <see cref="ActivityTally.HeatRows"/> cells, row by row from the top left): positions of moves, clicks and scrolls.
/// </summary>
/// <param name="Hour">Hours since the Unix epoch (UTC) of the hour's start.</param>
/// <param name="Cells">Counts per cell; <see cref="ActivityTally.HeatCells"/> entries.</param>
public sealed record ActivityHeatHour(long Hour, IReadOnlyList<int> Cells);
