using FsCheck;
using FsCheck.Fluent;
using Pipeline.Processing.Actions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

public sealed class PathThinningTests
{
    private static readonly Gen<(int X, int Y)[]> s_paths =
        from n in Gen.Choose(0, 120)
        from walk in Gen.ArrayOf(Gen.Choose(-15, 15), 2 * n)
        select Walk(walk);

    [Fact]
    public void Simplify_StraightLine_KeepsOnlyTheEnds()
    {
        int[] xs = [0, 10, 20, 30, 40];
        int[] ys = [0, 5, 10, 15, 20];

        bool[] keep = Run(xs, ys, 2, out int kept);

        Assert.Equal(2, kept);
        Assert.Equal([true, false, false, false, true], keep);
    }

    [Theory]
    [InlineData(2, false)] // exactly the tolerance away: dropped
    [InlineData(3, true)]
    public void Simplify_PointOffTheSegment_KeptOnlyBeyondTolerance(int offset, bool kept)
    {
        bool[] keep = Run([0, 50, 100], [0, offset, 0], 2, out _);

        Assert.Equal(kept, keep[1]);
    }

    [Fact]
    public void Simplify_Overshoot_KeepsTheTurningPointBeyondTheEnd()
    {
        // Overshoot to 120 and back to 100: beyond the segment's end, the line through it would hide the turn.
        bool[] keep = Run([0, 60, 120, 100], [0, 0, 0, 0], 2, out int kept);

        Assert.Equal(3, kept);
        Assert.True(keep[2]);
    }

    [Fact]
    public void SquaredDistanceToSegment_BeforeStartBeyondEndAndDegenerate_IsToTheNearestEnd()
    {
        Assert.Equal(25, PathThinning.SquaredDistanceToSegment(0, 0, 10, 0, -3, 4));
        Assert.Equal(25, PathThinning.SquaredDistanceToSegment(0, 0, 10, 0, 13, -4));
        Assert.Equal(16, PathThinning.SquaredDistanceToSegment(0, 0, 10, 0, 5, 4));
        Assert.Equal(2, PathThinning.SquaredDistanceToSegment(7, 7, 7, 7, 8, 8));
    }

    [Fact]
    public void SimplifyBounded_AnyPath_MatchesRecursiveReferenceAndStaysWithinBound()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(s_paths.ToArbitrary(), Gen.Choose(2, 12).ToArbitrary(), (path, max) =>
        {
            int[] xs = path.Select(p => p.X).ToArray();
            int[] ys = path.Select(p => p.Y).ToArray();
            var keep = new bool[xs.Length];
            int kept = PathThinning.SimplifyBounded(xs, ys, 2.0, max, keep, new int[(2 * xs.Length) + 4]);

            List<InteractionEvent> points = path.Select((p, i) => new InteractionEvent { X = p.X, Y = p.Y, Seq = i }).ToList();
            double tolerance = 2.0;
            List<InteractionEvent> expected = ReferenceActionReducer.Rdp(points, tolerance);
            while (expected.Count > max)
            {
                tolerance *= 2;
                expected = ReferenceActionReducer.Rdp(points, tolerance);
            }

            Assert.Equal(expected.Select(p => (int)p.Seq), Enumerable.Range(0, xs.Length).Where(i => keep[i]));
            Assert.Equal(expected.Count, kept);
            Assert.True(kept <= max || xs.Length <= max);
            Assert.True(xs.Length == 0 || (keep[0] && keep[^1]));
        }));
    }

    [Fact]
    public void Simplify_AnyPath_EveryDroppedPointLiesWithinToleranceOfItsKeptSegment()
    {
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(s_paths.ToArbitrary(), path =>
        {
            int[] xs = path.Select(p => p.X).ToArray();
            int[] ys = path.Select(p => p.Y).ToArray();
            bool[] keep = Run(xs, ys, 2.5, out _);
            int previous = 0;
            for (int i = 1; i < xs.Length; i++)
            {
                if (!keep[i])
                {
                    continue;
                }

                for (int k = previous + 1; k < i; k++)
                {
                    Assert.True(PathThinning.SquaredDistanceToSegment(xs[previous], ys[previous], xs[i], ys[i], xs[k], ys[k]) <= 2.5 * 2.5);
                }

                previous = i;
            }
        }));
    }

    private static bool[] Run(int[] xs, int[] ys, double tolerance, out int kept)
    {
        var keep = new bool[xs.Length];
        kept = PathThinning.Simplify(xs, ys, tolerance, keep, new int[(2 * xs.Length) + 4]);
        return keep;
    }

    private static (int X, int Y)[] Walk(int[] steps)
    {
        var path = new (int, int)[steps.Length / 2];
        int x = 500;
        int y = 500;
        for (int i = 0; i < path.Length; i++)
        {
            x += steps[2 * i];
            y += steps[(2 * i) + 1];
            path[i] = (x, y);
        }

        return path;
    }
}
