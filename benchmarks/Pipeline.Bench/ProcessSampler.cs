using System.Globalization;

namespace Pipeline.Bench;

/// <summary>
/// The process's thread count and resident memory, sampled four times a second from <c>/proc/self/status</c> while
/// a stage runs: the peaks of one stage, and the live view's figures. Zero where there is no procfs.
/// </summary>
internal sealed class ProcessSampler : IDisposable
{
    private readonly Timer _timer;
    private int _maxThreads;
    private long _maxRssKb;
    private long _maxManagedBytes;

    public ProcessSampler()
    {
        Sample();
        _timer = new Timer(_ => Sample(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
    }

    /// <summary>The most threads seen since the last <see cref="Reset"/>.</summary>
    public int MaxThreads => Volatile.Read(ref _maxThreads);

    /// <summary>The most resident memory seen since the last <see cref="Reset"/>, in MB.</summary>
    public double MaxRssMb => Interlocked.Read(ref _maxRssKb) / 1024.0;

    /// <summary>The most memory the garbage collector had committed since the last <see cref="Reset"/>, in MB: the managed share of the resident set.</summary>
    public double MaxManagedMb => Interlocked.Read(ref _maxManagedBytes) / (1024.0 * 1024.0);

    /// <summary>Starts a new stage's peaks from the current figures.</summary>
    public void Reset()
    {
        Volatile.Write(ref _maxThreads, 0);
        Interlocked.Exchange(ref _maxRssKb, 0);
        Interlocked.Exchange(ref _maxManagedBytes, 0);
        Sample();
    }

    public void Dispose() => _timer.Dispose();

    /// <summary>Threads and resident kB now, read from procfs.</summary>
    public static (int Threads, long RssKb) Now()
    {
        int threads = 0;
        long rss = 0;
        try
        {
            foreach (string line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("Threads:", StringComparison.Ordinal))
                {
                    threads = int.Parse(line.AsSpan(8).Trim(), CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // no procfs: figures stay zero
        }
        catch (UnauthorizedAccessException)
        {
            // no procfs: figures stay zero
        }

        return (threads, rss);
    }

    private void Sample()
    {
        (int threads, long rss) = Now();
        if (threads > Volatile.Read(ref _maxThreads))
        {
            Volatile.Write(ref _maxThreads, threads);
        }

        if (rss > Interlocked.Read(ref _maxRssKb))
        {
            Interlocked.Exchange(ref _maxRssKb, rss);
        }

        long managed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        if (managed > Interlocked.Read(ref _maxManagedBytes))
        {
            Interlocked.Exchange(ref _maxManagedBytes, managed);
        }
    }
}
