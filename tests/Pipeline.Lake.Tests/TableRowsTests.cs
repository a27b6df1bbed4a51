using Pipeline.Lake.Tables;

namespace Pipeline.Lake.Tests;

/// <summary><see cref="TableRows"/> (through <see cref="EventRows"/>): what a cleared buffer keeps for reuse.</summary>
public sealed class TableRowsTests
{
    [Fact]
    public void Clear_AfterMoreRowsThanRetained_KeepsOnlyTheRetainedCapacity()
    {
        EventRows rows = LakeTestData.Rows(1, TableRows.MaxRetainedRows + 10_000, LakeTestData.BaseMicros);
        Assert.True(rows.Capacity > TableRows.MaxRetainedRows);

        rows.Clear();

        Assert.Equal(0, rows.Count);
        Assert.Equal(TableRows.MaxRetainedRows, rows.Capacity);
    }

    [Fact]
    public void Clear_FewerRowsThanRetained_KeepsItsArrays()
    {
        EventRows rows = LakeTestData.Rows(1, 5_000, LakeTestData.BaseMicros);
        int capacity = rows.Capacity;

        rows.Clear();

        Assert.Equal(0, rows.Count);
        Assert.Equal(capacity, rows.Capacity);
    }
}
