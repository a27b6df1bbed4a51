using Pipeline.Bench;

namespace Pipeline.EndToEnd.Tests;

/// <summary>The bench's file-backed copy of the capture path's records: what goes in comes back, by index and in order.</summary>
public sealed class SpilledRecordsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-spilled-").FullName;

    [Fact]
    public void Indexer_AfterAppends_ReturnsEachRecordAsWritten()
    {
        var random = new Random(16);
        var written = new List<(byte[] Key, byte[] Value)>();
        using var records = new SpilledRecords(Path.Combine(_root, "records.bin"));
        for (int i = 0; i < 2_000; i++)
        {
            byte[] key = new byte[random.Next(0, 40)];
            byte[] value = new byte[random.Next(0, 5_000)];
            random.NextBytes(key);
            random.NextBytes(value);
            records.Add(key, value);
            written.Add((key, value));
            if (i % 500 == 0)
            {
                // Reads between writes see everything written so far.
                Assert.Equal(value, records[i].Value);
            }
        }

        Assert.Equal(written.Count, records.Count);
        for (int i = written.Count - 1; i >= 0; i -= 7)
        {
            Assert.Equal(written[i].Key, records[i].Key);
            Assert.Equal(written[i].Value, records[i].Value);
        }

        int n = 0;
        foreach ((byte[] key, byte[] value) in records)
        {
            Assert.Equal(written[n].Key, key);
            Assert.Equal(written[n].Value, value);
            n++;
        }

        Assert.Equal(written.Count, n);
    }

    [Fact]
    public void Dispose_DeletesTheFile()
    {
        string path = Path.Combine(_root, "gone.bin");
        var records = new SpilledRecords(path);
        records.Add([1], [2, 3]);
        Assert.True(File.Exists(path));
        records.Dispose();
        Assert.False(File.Exists(path));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
