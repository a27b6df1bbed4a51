using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;

namespace Pipeline.Lake.Tests;

public sealed class LakeRecoveryTests : IDisposable
{
    private readonly TempLake _lake = new();

    [Fact]
    public void Recover_EmptyLake_NoResumePoint()
    {
        RecoveryResult result = LakeRecovery.Recover(new LakeLayout(_lake.Root));

        Assert.Null(result.NextOffset("interaction.clean.v1", 0));
    }

    [Fact]
    public void Recover_CommittedFiles_ResumesAfterTheHighestOffsetPerPartition()
    {
        LakeWriter.Write(_lake.Root, 1, offset: 4, events: 10, LakeTestData.BaseMicros);
        LakeWriter.Write(_lake.Root, 1, offset: 9, events: 10, LakeTestData.BaseMicros);

        RecoveryResult result = LakeRecovery.Recover(new LakeLayout(_lake.Root));

        Assert.Equal(10, result.NextOffset("interaction.clean.v1", 0));
        Assert.Equal(10, result.NextOffset("interaction.sessions.v1", 0));
        Assert.Null(result.NextOffset("interaction.clean.v1", 1));
    }

    [Fact]
    public void Recover_SetRenamedHalfWay_RollsTheRestForward()
    {
        // A set across two hours whose first file was renamed before the crash, the second still temporary.
        LakeWriter.Write(_lake.Root, 1, offset: 7, events: 200, LakeTestData.BaseMicros);
        string[] files = _lake.Files("events").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, files.Length);
        string temp = Path.Combine(Path.GetDirectoryName(files[1])!, "." + Path.GetFileName(files[1]) + ".tmp");
        File.Move(files[1], temp);

        RecoveryResult result = LakeRecovery.Recover(new LakeLayout(_lake.Root));

        Assert.Equal(1, result.RolledForward);
        Assert.True(File.Exists(files[1]));
        Assert.False(File.Exists(temp));
        Assert.Equal(8, result.NextOffset("interaction.clean.v1", 0));
    }

    [Fact]
    public void Recover_SetNeverRenamed_RollsBackAndResumesBeforeIt()
    {
        LakeWriter.Write(_lake.Root, 1, offset: 3, events: 10, LakeTestData.BaseMicros);
        LakeWriter.Write(_lake.Root, 1, offset: 7, events: 200, LakeTestData.BaseMicros);
        foreach (string file in _lake.Files("events").Where(f => f.Contains("-000000000007", StringComparison.Ordinal)))
        {
            File.Move(file, Path.Combine(Path.GetDirectoryName(file)!, "." + Path.GetFileName(file) + ".tmp"));
        }

        RecoveryResult result = LakeRecovery.Recover(new LakeLayout(_lake.Root));

        Assert.Equal(2, result.RolledBack);
        Assert.Empty(Directory.GetFiles(_lake.Root, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(4, result.NextOffset("interaction.clean.v1", 0));
    }

    public void Dispose() => _lake.Dispose();
}
