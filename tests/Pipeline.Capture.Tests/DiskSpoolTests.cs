using System.Text;
using Pipeline.Capture.Delivery;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

public class DiskSpoolTests
{
    private static readonly SpoolOptions s_small = new() { SegmentBytes = 4096, MaxBytes = 64 * 1024 };

    private static byte[] Value(int i) => Encoding.ASCII.GetBytes($"record-{i:D5}-" + new string('x', 200));

    private static List<SpoolEntry> ReadAll(DiskSpool spool)
    {
        var all = new List<SpoolEntry>();
        while (spool.Read(all, 1000) > 0)
        {
        }

        return all;
    }

    [Fact]
    public void Read_AcrossSegments_InWriteOrder()
    {
        using var dir = new TempDirectory();
        using var spool = new DiskSpool(dir.Path, s_small, new ManualTime());
        for (int i = 0; i < 100; i++)
        {
            spool.Write(i % 2 == 0 ? RecordTopic.Raw : RecordTopic.Consent, $"k{i}", Value(i));
        }

        List<SpoolEntry> all = ReadAll(spool);
        Assert.Equal(100, all.Count);
        Assert.True(Directory.GetFiles(dir.Path, "*.seg").Length > 1, "records span several segments");
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal($"k{i}", all[i].Key);
            Assert.Equal(Value(i), all[i].Value);
            Assert.Equal(i % 2 == 0 ? RecordTopic.Raw : RecordTopic.Consent, all[i].Topic);
        }
    }

    [Fact]
    public void Reopen_AfterPartialCommit_ReplaysTheRestExactlyOnceInOrder()
    {
        using var dir = new TempDirectory();
        using (var spool = new DiskSpool(dir.Path, s_small, new ManualTime()))
        {
            for (int i = 0; i < 60; i++)
            {
                spool.Write(RecordTopic.Raw, "k", Value(i));
            }

            var first = new List<SpoolEntry>();
            spool.Read(first, 25);
            spool.Commit(first[^1].End, 25);
        }

        using (var reopened = new DiskSpool(dir.Path, s_small, new ManualTime()))
        {
            Assert.Equal(35, reopened.PendingRecords);
            List<SpoolEntry> rest = ReadAll(reopened);
            Assert.Equal(Enumerable.Range(25, 35).Select(Value), rest.Select(e => e.Value));
            reopened.Commit(rest[^1].End, rest.Count);
            Assert.Equal(0, reopened.PendingRecords);
            Assert.Equal(0, reopened.PendingBytes);
        }

        using var empty = new DiskSpool(dir.Path, s_small, new ManualTime());
        Assert.Empty(ReadAll(empty));
        Assert.Single(Directory.GetFiles(dir.Path, "*.seg"));
    }

    [Fact]
    public void Reopen_TornLastRecord_CutOffAndWritingContinues()
    {
        using var dir = new TempDirectory();
        using (var spool = new DiskSpool(dir.Path, s_small, new ManualTime()))
        {
            spool.Write(RecordTopic.Raw, "k", Value(1));
            spool.Write(RecordTopic.Raw, "k", Value(2));
        }

        string segment = Directory.GetFiles(dir.Path, "*.seg").Single();
        long whole = new FileInfo(segment).Length;
        using (FileStream f = File.OpenWrite(segment))
        {
            f.SetLength(whole - 17); // the second record loses its tail, as in a crash mid-write
        }

        using var reopened = new DiskSpool(dir.Path, s_small, new ManualTime());
        reopened.Write(RecordTopic.Raw, "k", Value(3));
        Assert.Equal([Value(1), Value(3)], ReadAll(reopened).Select(e => e.Value));
    }

    [Fact]
    public void Rewind_AfterRead_ReadsSameRecordsAgain()
    {
        using var dir = new TempDirectory();
        using var spool = new DiskSpool(dir.Path, s_small, new ManualTime());
        spool.Write(RecordTopic.Raw, "k", Value(1));
        Assert.Single(ReadAll(spool));
        Assert.Empty(ReadAll(spool));
        spool.Rewind();
        Assert.Single(ReadAll(spool));
    }

    [Fact]
    public void IsFull_PastMaxBytes_TrueUntilDelivered()
    {
        using var dir = new TempDirectory();
        using var spool = new DiskSpool(dir.Path, s_small, new ManualTime());
        int n = 0;
        while (!spool.IsFull)
        {
            spool.Write(RecordTopic.Raw, "k", Value(n++));
        }

        Assert.True(spool.PendingBytes >= s_small.MaxBytes);
        List<SpoolEntry> all = ReadAll(spool);
        Assert.Equal(n, all.Count);
        spool.Commit(all[^1].End, all.Count);
        Assert.False(spool.IsFull);
    }

    [Fact]
    public void Open_Files_OwnerOnly()
    {
        using var dir = new TempDirectory();
        string path = Path.Combine(dir.Path, "spool");
        using var spool = new DiskSpool(path, s_small, new ManualTime());
        spool.Write(RecordTopic.Raw, "k", Value(1));
        var all = new List<SpoolEntry>();
        spool.Read(all, 1);
        spool.Commit(all[0].End, 1);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
        foreach (string file in Directory.GetFiles(path))
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }
    }

    [Fact]
    public void Open_SecondInstanceOnSameDirectory_Refused()
    {
        using var dir = new TempDirectory();
        using var spool = new DiskSpool(dir.Path, s_small, new ManualTime());
        IOException ex = Assert.Throws<IOException>(() => new DiskSpool(dir.Path, s_small, new ManualTime()));
        Assert.Contains("in use", ex.Message);
    }

    [Fact]
    public void Gauges_OpenSpool_ReportsItsPendingBytesAndBoundUnderItsName()
    {
        using var dir = new TempDirectory();
        string name = SpoolName();
        using var bytes = new GaugeReader("pipeline_spool_bytes", "spool");
        using var capacity = new GaugeReader("pipeline_spool_capacity_bytes", "spool");
        using var spool = new DiskSpool(dir.Path, s_small with { Name = name }, new ManualTime());
        Assert.Equal(0, bytes.Read()[name]);

        spool.Write(RecordTopic.Raw, "k", Value(1));

        Assert.Equal(spool.PendingBytes, bytes.Read()[name]);
        Assert.True(spool.PendingBytes > 0);
        Assert.Equal(s_small.MaxBytes, capacity.Read()[name]);
    }

    [Fact]
    public void Gauges_DisposedSpool_NoLongerReported()
    {
        using var dir = new TempDirectory();
        string name = SpoolName();
        using var bytes = new GaugeReader("pipeline_spool_bytes", "spool");
        using var capacity = new GaugeReader("pipeline_spool_capacity_bytes", "spool");
        var spool = new DiskSpool(dir.Path, s_small with { Name = name }, new ManualTime());
        spool.Write(RecordTopic.Raw, "k", Value(1));
        Assert.Contains(name, bytes.Read().Keys);

        spool.Dispose();
        spool.Dispose();

        Assert.DoesNotContain(name, bytes.Read().Keys);
        Assert.DoesNotContain(name, capacity.Read().Keys);
    }

    [Fact]
    public void Gauges_TwoSpoolsOfDifferentNames_TwoSeries()
    {
        using var dirA = new TempDirectory();
        using var dirB = new TempDirectory();
        string a = SpoolName(), b = SpoolName();
        using var bytes = new GaugeReader("pipeline_spool_bytes", "spool");
        using var spoolA = new DiskSpool(dirA.Path, s_small with { Name = a }, new ManualTime());
        using var spoolB = new DiskSpool(dirB.Path, s_small with { Name = b, MaxBytes = 2 * s_small.MaxBytes }, new ManualTime());

        spoolA.Write(RecordTopic.Raw, "k", Value(1));
        spoolB.Write(RecordTopic.Raw, "k", Value(1));
        spoolB.Write(RecordTopic.Raw, "k", Value(2));

        IReadOnlyDictionary<string, double> series = bytes.Read();
        Assert.Equal(spoolA.PendingBytes, series[a]);
        Assert.Equal(spoolB.PendingBytes, series[b]);
        Assert.NotEqual(series[a], series[b]);
    }

    [Fact]
    public void Gauges_TwoSpoolsOfOneName_OneSeriesSummingBytesAndBounds()
    {
        using var dirA = new TempDirectory();
        using var dirB = new TempDirectory();
        string name = SpoolName();
        using var bytes = new GaugeReader("pipeline_spool_bytes", "spool");
        using var capacity = new GaugeReader("pipeline_spool_capacity_bytes", "spool");
        using var spoolA = new DiskSpool(dirA.Path, s_small with { Name = name }, new ManualTime());
        using var spoolB = new DiskSpool(dirB.Path, s_small with { Name = name }, new ManualTime());
        spoolA.Write(RecordTopic.Raw, "k", Value(1));
        spoolB.Write(RecordTopic.Raw, "k", Value(2));
        spoolB.Write(RecordTopic.Raw, "k", Value(3));

        Assert.Equal(spoolA.PendingBytes + spoolB.PendingBytes, bytes.Read()[name]);
        Assert.Equal(2 * s_small.MaxBytes, capacity.Read()[name]);
        spoolB.Dispose();
        Assert.Equal(spoolA.PendingBytes, bytes.Read()[name]);
        Assert.Equal(s_small.MaxBytes, capacity.Read()[name]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Capture")]
    [InlineData("/home/ann/spool")]
    [InlineData("ann@example.com")]
    [InlineData("a-name-that-goes-on-for-more-than-32")]
    public void Open_NameNotARole_RefusedWithReason(string name)
    {
        using var dir = new TempDirectory();

        ArgumentException error = Assert.Throws<ArgumentException>(() => new DiskSpool(dir.Path, s_small with { Name = name }, new ManualTime()));

        Assert.Contains("spool name", error.Message);
    }

    // Unique in the process: other tests' spools report on the same gauges.
    private static string SpoolName() => "test-" + Guid.NewGuid().ToString("N")[..12];
}
