using System.Text.Json;
using Pipeline.Lake.Storage;

namespace Pipeline.Lake.Governance;

/// <summary>
/// The plan of an erasure or retention run, written durably before the first file changes and removed after the
/// audit record is written. A run killed half-way leaves it behind; the next run finds it and finishes the same
/// request (same id, same counts) instead of starting a new one. Holds pseudonyms only, never a raw id.
/// </summary>
internal sealed class GovernanceJournal
{
    public string RequestId { get; set; } = "";

    /// <summary><c>erase</c> or <c>retention</c>.</summary>
    public string Action { get; set; } = "";

    public DateTimeOffset StartedAt { get; set; }

    public List<string> Pseudonyms { get; set; } = [];

    /// <summary>The files (erase) or partition folders (retention) to change, with the rows that go.</summary>
    public List<JournalEntry> Entries { get; set; } = [];

    public static string Directory(LakeLayout layout) => Path.Combine(layout.ControlDirectory, "journal");

    public string PathIn(LakeLayout layout) => Path.Combine(Directory(layout), $"{Action}-{RequestId}.json");

    /// <summary>Unfinished journals of <paramref name="action"/>, oldest first.</summary>
    public static List<GovernanceJournal> Pending(LakeLayout layout, string action)
    {
        var pending = new List<GovernanceJournal>();
        string directory = Directory(layout);
        if (!System.IO.Directory.Exists(directory))
        {
            return pending;
        }

        foreach (string path in System.IO.Directory.EnumerateFiles(directory, action + "-*.json"))
        {
            GovernanceJournal? journal = JsonSerializer.Deserialize<GovernanceJournal>(File.ReadAllText(path));
            if (journal is not null)
            {
                pending.Add(journal);
            }
        }

        pending.Sort((a, b) => a.StartedAt.CompareTo(b.StartedAt));
        return pending;
    }

    public void Save(LakeLayout layout)
    {
        DurableFiles.EnsureDirectory(layout.Root, Directory(layout));
        DurableFiles.WriteAllTextAtomically(PathIn(layout), JsonSerializer.Serialize(this));
    }

    public void Complete(LakeLayout layout) => DurableFiles.DeleteDurably(PathIn(layout));
}
