using System.Diagnostics;
using System.Globalization;
using Pipeline.Capture.Delivery;
using Pipeline.Lake.Sink;
using Pipeline.Processing.Runner;

namespace Pipeline.Host.Commands;

/// <summary>The demo's live view: one status line a second (rewritten in place on a terminal).</summary>
internal sealed class DemoProgressView(TextWriter output, DemoPeople people, SpoolDelivery delivery, ProcessorProgress processor, LakeSinkProgress sink)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = !Console.IsOutputRedirected;
    private long _lastLine = -1;

    /// <summary>Shows progress for <paramref name="duration"/>, calling <paramref name="scriptStep"/> at each third.</summary>
    public async Task RunAsync(TimeSpan duration, Action scriptStep, CancellationToken cancel)
    {
        var thirds = new[] { duration / 3, duration * 2 / 3 };
        int next = 0;
        while (_clock.Elapsed < duration)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancel);
            if (next < thirds.Length && _clock.Elapsed >= thirds[next])
            {
                scriptStep();
                next++;
            }

            await ShowAsync("capturing");
        }
    }

    /// <summary>
    /// Goes on capturing after <see cref="RunAsync"/> until <paramref name="shown"/> holds or <paramref name="timeout"/>
    /// passes: whether it held.
    /// </summary>
    public async Task<bool> CaptureUntilAsync(Func<bool> shown, TimeSpan timeout, CancellationToken cancel)
    {
        var waited = Stopwatch.StartNew();
        while (!shown())
        {
            if (waited.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancel);
            await ShowAsync("capturing");
        }

        return true;
    }

    /// <summary>
    /// Waits until every accepted event was read by the processor, every clean event, session and idle period it
    /// wrote is in the lake, and the processor has been quiet long enough to close the open sessions.
    /// </summary>
    public async Task<bool> WaitUntilSettledAsync(long accepted, TimeSpan quietFor, TimeSpan timeout, CancellationToken cancel)
    {
        var waited = Stopwatch.StartNew();
        long lastOut = -1;
        var quiet = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancel);
            long outputs = processor.EventsOut + processor.SessionsClosed + processor.IdlePeriods + processor.Actions;
            if (outputs != lastOut)
            {
                lastOut = outputs;
                quiet.Restart();
            }

            await ShowAsync("settling");
            bool caughtUp = processor.EventsIn >= accepted
                && sink.Events >= processor.EventsOut
                && sink.Sessions >= processor.SessionsClosed
                && sink.IdlePeriods >= processor.IdlePeriods
                && sink.Actions >= processor.Actions
                && sink.BufferedRows == 0;
            if (caughtUp && quiet.Elapsed > quietFor)
            {
                await ShowAsync("done");
                if (_terminal)
                {
                    await output.WriteLineAsync();
                }

                return true;
            }
        }

        return false;
    }

    private async Task ShowAsync(string phase)
    {
        long second = (long)_clock.Elapsed.TotalSeconds;
        if (!_terminal && second == _lastLine && phase != "done")
        {
            return;
        }

        if (!_terminal && second % 5 != 0 && phase != "done")
        {
            return;
        }

        _lastLine = second;
        string line = string.Create(CultureInfo.InvariantCulture,
            $"  {_clock.Elapsed.TotalSeconds,5:0.0} s {phase,-9} captured {people.Accepted,9:N0} · sent {delivery.Sender.Delivered,6:N0} records · processed {processor.EventsIn,9:N0} → clean {processor.EventsOut,9:N0} · sessions {processor.SessionsClosed,3:N0} · idle {processor.IdlePeriods,3:N0} · lake {sink.Events,9:N0} rows in {sink.Files,3:N0} files");
        if (_terminal)
        {
            await output.WriteAsync("\r" + line);
        }
        else
        {
            await output.WriteLineAsync(line);
        }
    }
}
