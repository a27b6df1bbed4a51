using System.Globalization;

namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>A US social security number by the issuing rules: area 001–899 but not 666, group 01–99, serial
/// 0001–9999. Part of the harness like <see cref="Checksums"/>, for every family: each still decides where it plants
/// one and how it is written.</summary>
internal readonly record struct UsSsn(int Area, int Group, int Serial)
{
    /// <summary>A number the SSA could issue, drawn area first, then group, then serial.</summary>
    public static UsSsn Draw(SeededRandom random)
    {
        int area;
        do
        {
            area = random.Between(1, 899);
        }
        while (area == 666);
        int group = random.Between(1, 99);
        return new UsSsn(area, group, random.Between(1, 9999));
    }

    /// <summary>The three parts joined by <paramref name="separator"/> (empty for none).</summary>
    public string Format(string separator) =>
        string.Create(CultureInfo.InvariantCulture, $"{Area:000}{separator}{Group:00}{separator}{Serial:0000}");
}
