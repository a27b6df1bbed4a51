using System.Text.Json;

namespace Pipeline.Lake.Storage;

/// <summary>
/// The highest offset per topic-partition among files that governance deleted (retention drops whole hours). The
/// sink's resume point is the highest offset in the lake's file names; without this record, deleting the newest
/// files would make a restarted sink read those offsets again and bring back the very rows retention removed.
/// </summary>
internal static class RetainedOffsets
{
    private const string FileName = "retained-offsets.json";

    public static Dictionary<string, long> Read(LakeLayout layout)
    {
        string path = Path.Combine(layout.ControlDirectory, FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, long>(StringComparer.Ordinal);
        }

        return JsonSerializer.Deserialize<Dictionary<string, long>>(File.ReadAllText(path)) ?? new Dictionary<string, long>(StringComparer.Ordinal);
    }

    /// <summary>Raises the recorded offsets to cover <paramref name="removed"/>; durable before any file is deleted.</summary>
    public static void Raise(LakeLayout layout, IEnumerable<LakeFileName> removed)
    {
        Dictionary<string, long> offsets = Read(layout);
        bool changed = false;
        foreach (LakeFileName name in removed)
        {
            string key = Key(name.Topic, name.Partition);
            if (!offsets.TryGetValue(key, out long last) || name.LastOffset > last)
            {
                offsets[key] = name.LastOffset;
                changed = true;
            }
        }

        if (changed)
        {
            DurableFiles.EnsureDirectory(layout.Root, layout.ControlDirectory);
            DurableFiles.WriteAllTextAtomically(Path.Combine(layout.ControlDirectory, FileName), JsonSerializer.Serialize(offsets));
        }
    }

    public static string Key(string topic, int partition) => topic + "+" + partition.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
