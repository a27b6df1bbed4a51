using Pipeline.Capture.Delivery;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class SequenceAllocatorTests
{
    [Fact]
    public void Next_CleanRestart_ContinuesWithoutGap()
    {
        using var dir = new TempDirectory();
        using (var a = new SequenceAllocator(dir.File("sequence"), blockSize: 10))
        {
            Assert.Equal(1, a.Next());
            Assert.Equal(2, a.Next());
        }

        using var b = new SequenceAllocator(dir.File("sequence"), blockSize: 10);
        Assert.Equal(3, b.Next());
    }

    [Fact]
    public void Next_CrashWithoutDispose_NeverReusesANumber()
    {
        using var dir = new TempDirectory();
        var crashed = new SequenceAllocator(dir.File("sequence"), blockSize: 10);
        long last = 0;
        for (int i = 0; i < 25; i++)
        {
            last = crashed.Next();
        }

        // Not disposed: as if the process was killed.
        using var b = new SequenceAllocator(dir.File("sequence"), blockSize: 10);
        long next = b.Next();
        Assert.True(next > last, $"{next} must be above {last}");
        Assert.True(next - last <= 10, "the gap is at most one block");
    }

    [Fact]
    public void Next_InMemory_StartsAtOne()
    {
        using var a = new SequenceAllocator(null);
        Assert.Equal(1, a.Next());
        Assert.Equal(2, a.Peek);
    }
}
