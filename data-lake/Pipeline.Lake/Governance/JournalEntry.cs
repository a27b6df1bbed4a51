namespace Pipeline.Lake.Governance;

/// <summary>One file or folder a governance run changes, relative to the lake root, and how many rows leave it.</summary>
internal sealed class JournalEntry
{
    public string Table { get; set; } = "";

    public string Path { get; set; } = "";

    public long Rows { get; set; }
}
