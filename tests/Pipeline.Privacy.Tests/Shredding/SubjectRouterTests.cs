using Pipeline.Privacy.Shredding;

namespace Pipeline.Privacy.Tests.Shredding;

public sealed class SubjectRouterTests
{
    private static readonly RoutingOptions s_fleet = new() { Secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray() };

    [Fact]
    public void RouteOf_SameSubject_SameRouteOnEveryInstance()
    {
        // Every device of a person computes its route on its own; they must agree, so all land in one partition.
        Assert.Equal(new SubjectRouter(s_fleet).RouteOf("alice@corp"), new SubjectRouter(s_fleet).RouteOf("alice@corp"));
    }

    [Fact]
    public void RouteOf_AnyId_NamesABucketNotThePerson()
    {
        var router = new SubjectRouter(s_fleet);

        string route = router.RouteOf("alice@corp");

        Assert.Matches("^r[0-9a-f]{4}$", route);
        Assert.DoesNotContain("alice", route, StringComparison.Ordinal);
        Assert.True(router.BucketOf("alice@corp") < RoutingOptions.DefaultBuckets);
    }

    [Fact]
    public void BucketOf_ManyIds_SpreadOverEveryBucket()
    {
        var router = new SubjectRouter(s_fleet);
        int[] counts = new int[router.Buckets];
        for (int i = 0; i < 25_600; i++)
        {
            counts[router.BucketOf($"person-{i}")]++;
        }

        // 100 expected per bucket; a keyed hash stays well inside ±50 (about five standard deviations).
        Assert.All(counts, c => Assert.InRange(c, 50, 150));
    }

    [Fact]
    public void BucketOf_AnotherFleetSecret_RoutesDifferently()
    {
        var other = new RoutingOptions { Secret = Enumerable.Range(2, 32).Select(i => (byte)i).ToArray() };
        int same = 0;
        for (int i = 0; i < 256; i++)
        {
            same += new SubjectRouter(s_fleet).BucketOf($"p{i}") == new SubjectRouter(other).BucketOf($"p{i}") ? 1 : 0;
        }

        Assert.InRange(same, 0, 10);
    }

    [Fact]
    public void PersonTagOf_TwoPeopleInOneBucket_DifferentTags()
    {
        var router = new SubjectRouter(s_fleet with { Buckets = 1 });

        Assert.Equal(router.RouteOf("alice"), router.RouteOf("bob"));
        Assert.NotEqual(router.PersonTagOf("alice"), router.PersonTagOf("bob"));
        Assert.Equal(SubjectRouter.PersonTagLength, router.PersonTagOf("alice").Length);
        Assert.Equal(RecordKeys.PersonSecret(router.RouteOf("alice"), router.PersonTagOf("alice")), router.PersonSecretKeyOf("alice"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(RecordKeys.MaxBuckets + 1)]
    public void Validate_BucketsOutOfRange_RefusedWithReason(int buckets)
    {
        var ex = Assert.Throws<ArgumentException>(() => new SubjectRouter(s_fleet with { Buckets = buckets }));
        Assert.Contains("RoutingBuckets", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromConfiguration_ShortOrBadSecret_RefusedWithoutQuotingIt()
    {
        Assert.Contains("at least 32 bytes", Assert.Throws<ArgumentException>(() => RoutingOptions.FromConfiguration("c2hvcnQ=", null)).Message, StringComparison.Ordinal);
        Assert.Contains("not valid base64", Assert.Throws<ArgumentException>(() => RoutingOptions.FromConfiguration("!!", null)).Message, StringComparison.Ordinal);
    }
}
