using System.Globalization;

namespace Pipeline.Lake.Storage;

/// <summary>
/// The name of a sink file, which is also its exactly-once record: the topic, partition and the inclusive range of
/// offsets whose rows it holds, e.g. <c>interaction.clean.v1+3+000000000120-000000000245.parquet</c>. '+' cannot occur
/// in a Kafka topic name, so the name parses back unambiguously. Offsets are zero-padded so names sort in offset order.
/// </summary>
public readonly record struct LakeFileName(string Topic, int Partition, long FirstOffset, long LastOffset)
{
    public const string Extension = ".parquet";

    /// <summary>Suffix of a file still being written; never matched by readers' <c>*.parquet</c> globs.</summary>
    public const string TempSuffix = ".tmp";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Topic}+{Partition}+{FirstOffset:D12}-{LastOffset:D12}{Extension}");

    /// <summary>The temporary name the file is written under before the rename that commits it.</summary>
    public string TempName => "." + ToString() + TempSuffix;

    /// <summary>Parses a committed file name (<c>…parquet</c>) or a temporary one (<c>.….parquet.tmp</c>).</summary>
    public static bool TryParse(string fileName, out LakeFileName name, out bool isTemp)
    {
        name = default;
        isTemp = false;
        ReadOnlySpan<char> s = fileName;
        if (s.StartsWith('.') && s.EndsWith(TempSuffix, StringComparison.Ordinal))
        {
            isTemp = true;
            s = s[1..^TempSuffix.Length];
        }

        if (!s.EndsWith(Extension, StringComparison.Ordinal))
        {
            return false;
        }

        s = s[..^Extension.Length];
        int firstPlus = s.IndexOf('+');
        int lastPlus = s.LastIndexOf('+');
        if (firstPlus <= 0 || lastPlus == firstPlus)
        {
            return false;
        }

        ReadOnlySpan<char> range = s[(lastPlus + 1)..];
        int dash = range.IndexOf('-');
        if (dash <= 0
            || !int.TryParse(s[(firstPlus + 1)..lastPlus], NumberStyles.None, CultureInfo.InvariantCulture, out int partition)
            || !long.TryParse(range[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out long first)
            || !long.TryParse(range[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out long last)
            || last < first)
        {
            return false;
        }

        name = new LakeFileName(s[..firstPlus].ToString(), partition, first, last);
        return true;
    }
}
