namespace Pipeline.Capture.Transparency;

/// <summary>
/// Consecutive records in the spool, in spool order, with how many event batches and events they hold, so that
/// when the broker acknowledges them the page can say how many events were delivered.
/// </summary>
/// <param name="Records">Records in the run (event batches and consent changes).</param>
/// <param name="Batches">Of those, event batches.</param>
/// <param name="Events">Events in those batches; -1 when unknown (records an earlier run left without its tally).</param>
public readonly record struct UndeliveredRun(long Records, long Batches, long Events);
