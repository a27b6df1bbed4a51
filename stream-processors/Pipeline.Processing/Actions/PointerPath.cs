using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Actions;

/// <summary>
/// The raw pointer samples of one device since its last button or wheel event: a ring of the latest
/// <see cref="ActionSettings.PathWindow"/> samples, taken (thinned) by the next pointer action.
/// </summary>
internal sealed class PointerPath(int capacity)
{
    private readonly long[] _times = new long[capacity];
    private readonly int[] _xs = new int[capacity];
    private readonly int[] _ys = new int[capacity];
    private int _start;
    private int _count;

    public int Count => _count;

    public void Add(long time, int x, int y)
    {
        // One add per pointer sample, the reducer's most frequent operation: wrap by comparison, not division.
        int capacity = _times.Length;
        int at;
        if (_count < capacity)
        {
            at = _start + _count;
            if (at >= capacity)
            {
                at -= capacity;
            }

            _count++;
        }
        else
        {
            // Full: the oldest sample makes room.
            at = _start;
            _start = _start + 1 == capacity ? 0 : _start + 1;
        }

        _times[at] = time;
        _xs[at] = x;
        _ys[at] = y;
    }

    public void Clear()
    {
        _start = 0;
        _count = 0;
    }

    /// <summary>The i-th oldest sample.</summary>
    public void Get(int i, out long time, out int x, out int y)
    {
        int at = (_start + i) % _times.Length;
        time = _times[at];
        x = _xs[at];
        y = _ys[at];
    }

    /// <summary>
    /// The path thinned and bounded, with time offsets from its first point, for an action starting at
    /// <paramref name="actionStart"/>; empties the ring. <paramref name="preMoveMs"/> is the time from the first point
    /// to the action's start.
    /// </summary>
    public PathPoint[] Take(long actionStart, ActionSettings settings, out int preMoveMs)
    {
        int n = _count;
        if (n == 0)
        {
            preMoveMs = 0;
            return [];
        }

        Span<long> times = settings.Times.AsSpan(0, n);
        Span<int> xs = settings.Xs.AsSpan(0, n);
        Span<int> ys = settings.Ys.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            Get(i, out times[i], out xs[i], out ys[i]);
        }

        Span<bool> keep = settings.Keep;
        int kept = PathThinning.SimplifyBounded(xs, ys, settings.Tolerance, settings.MaxPathPoints, keep, settings.Stack);
        var points = new PathPoint[kept];
        long first = times[0];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if (keep[i])
            {
                points[k++] = new PathPoint(xs[i], ys[i], Millis(times[i] - first));
            }
        }

        preMoveMs = Millis(actionStart - first);
        Clear();
        return points;
    }

    /// <summary>Microseconds as whole milliseconds, rounded down and kept in an int.</summary>
    public static int Millis(long micros) => (int)Math.Clamp(micros / 1000, int.MinValue, int.MaxValue);

    public void Write(ref ActionStateWriter w)
    {
        w.Int(_count);
        long lastTime = 0;
        long lastX = 0;
        long lastY = 0;
        for (int i = 0; i < _count; i++)
        {
            // Deltas: consecutive samples are close in time and place, so each takes a few bytes.
            Get(i, out long time, out int x, out int y);
            w.Long(time - lastTime);
            w.Long(x - lastX);
            w.Long(y - lastY);
            lastTime = time;
            lastX = x;
            lastY = y;
        }
    }

    public void Read(ref ActionStateReader r)
    {
        Clear();
        int count = r.Count(3);
        long time = 0;
        long x = 0;
        long y = 0;
        for (int i = 0; i < count; i++)
        {
            time += r.Long();
            x += r.Long();
            y += r.Long();
            if (x is < int.MinValue or > int.MaxValue || y is < int.MinValue or > int.MaxValue)
            {
                throw new InvalidDataException("action state has a path point outside the int range");
            }

            Add(time, (int)x, (int)y);
        }
    }
}
