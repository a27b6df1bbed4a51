namespace Pipeline.Processing.Actions;

/// <summary>
/// Ramer–Douglas–Peucker over a pointer path, iteratively (an explicit interval stack, no recursion, no allocation):
/// keep both ends; in each interval keep the point farthest from the segment between its ends if it lies farther
/// than the tolerance, and split there. Distances are to the segment, not the line through it, so a path that
/// overshoots and comes back keeps its turning point.
/// </summary>
internal static class PathThinning
{
    /// <summary>
    /// Marks in <paramref name="keep"/> the points of the path kept at <paramref name="tolerance"/> and returns their
    /// number; on a tie the first farthest point wins.
    /// </summary>
    public static int Simplify(ReadOnlySpan<int> xs, ReadOnlySpan<int> ys, double tolerance, Span<bool> keep, Span<int> stack)
    {
        int n = xs.Length;
        keep[..n].Clear();
        if (n == 0)
        {
            return 0;
        }

        keep[0] = true;
        keep[n - 1] = true;
        if (n <= 2)
        {
            return n;
        }

        double limit = tolerance * tolerance;
        int kept = 2;
        int top = 0;
        stack[top++] = 0;
        stack[top++] = n - 1;
        while (top > 0)
        {
            int b = stack[--top];
            int a = stack[--top];
            int best = -1;
            double bestDistance = limit;
            for (int i = a + 1; i < b; i++)
            {
                double d = SquaredDistanceToSegment(xs[a], ys[a], xs[b], ys[b], xs[i], ys[i]);
                if (d > bestDistance)
                {
                    bestDistance = d;
                    best = i;
                }
            }

            if (best < 0)
            {
                continue;
            }

            keep[best] = true;
            kept++;
            stack[top++] = a;
            stack[top++] = best;
            stack[top++] = best;
            stack[top++] = b;
        }

        return kept;
    }

    /// <summary>
    /// Thins at <paramref name="tolerance"/>, doubling it until at most <paramref name="maxPoints"/> remain (at a
    /// tolerance beyond the path's largest deviation only the two ends do). Returns the number kept.
    /// </summary>
    public static int SimplifyBounded(ReadOnlySpan<int> xs, ReadOnlySpan<int> ys, double tolerance, int maxPoints, Span<bool> keep, Span<int> stack)
    {
        int kept = Simplify(xs, ys, tolerance, keep, stack);
        while (kept > maxPoints)
        {
            tolerance = tolerance > 0 ? tolerance * 2 : 1;
            kept = Simplify(xs, ys, tolerance, keep, stack);
        }

        return kept;
    }

    /// <summary>The squared distance from P to the segment AB (to A when A and B coincide).</summary>
    public static double SquaredDistanceToSegment(int ax, int ay, int bx, int by, int px, int py)
    {
        double dx = (double)bx - ax;
        double dy = (double)by - ay;
        double qx = (double)px - ax;
        double qy = (double)py - ay;
        double length2 = (dx * dx) + (dy * dy);
        double dot = (qx * dx) + (qy * dy);
        if (length2 == 0 || dot <= 0)
        {
            return (qx * qx) + (qy * qy);
        }

        if (dot >= length2)
        {
            double rx = (double)px - bx;
            double ry = (double)py - by;
            return (rx * rx) + (ry * ry);
        }

        double cross = (qx * dy) - (qy * dx);
        return cross * cross / length2;
    }
}
