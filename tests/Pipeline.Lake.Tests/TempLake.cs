namespace Pipeline.Lake.Tests;

/// <summary>A lake directory of its own under the temp folder, deleted afterwards.</summary>
public sealed class TempLake : IDisposable
{
    public TempLake()
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-lake-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    /// <summary>Every committed Parquet file of a table folder.</summary>
    public string[] Files(string table) =>
        Directory.Exists(Path.Combine(Root, table))
            ? Directory.GetFiles(Path.Combine(Root, table), "*.parquet", SearchOption.AllDirectories)
            : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a child process may still be closing a file; the temp folder is cleaned eventually
        }
    }
}
