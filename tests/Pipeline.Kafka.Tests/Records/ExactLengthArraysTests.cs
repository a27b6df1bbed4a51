using Pipeline.Kafka.Records;

namespace Pipeline.Kafka.Tests.Records;

/// <summary><see cref="ExactLengthArrays"/>: one reused array per length, never one of the wrong length.</summary>
public sealed class ExactLengthArraysTests
{
    [Fact]
    public void Fill_SameLengthTwice_ReusesTheArrayWithTheNewContent()
    {
        var arrays = new ExactLengthArrays();

        byte[] first = arrays.Fill([1, 2, 3]);
        byte[] again = arrays.Fill([4, 5, 6]);

        Assert.Same(first, again);
        Assert.Equal([4, 5, 6], again);
    }

    [Fact]
    public void Fill_DifferentLengths_ArraysOfExactlyThoseLengths()
    {
        var arrays = new ExactLengthArrays();

        Assert.Equal([9], arrays.Fill([9]));
        Assert.Equal([], arrays.Fill([]));
        Assert.Equal(3, arrays.Fill([1, 2, 3]).Length);
    }

    [Fact]
    public void Fill_LongerThanCached_FreshArrayEachTime()
    {
        var arrays = new ExactLengthArrays();
        byte[] big = new byte[ExactLengthArrays.MaxCachedLength + 1];

        byte[] first = arrays.Fill(big);
        byte[] second = arrays.Fill(big);

        Assert.NotSame(first, second);
        Assert.Equal(big.Length, second.Length);
    }
}
