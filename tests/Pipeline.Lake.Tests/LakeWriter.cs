using Pipeline.Lake.Sink;
using Pipeline.Lake.Storage;
using Pipeline.Lake.Tables;
using Pipeline.Schemas.Model;

namespace Pipeline.Lake.Tests;

/// <summary>Writes sink file sets straight to a lake (no Kafka), for governance and recovery tests.</summary>
internal static class LakeWriter
{
    /// <summary>Events of <paramref name="person"/> as offset <paramref name="offset"/> of clean partition 0, plus a session and an idle period.</summary>
    public static void Write(string lake, int person, long offset, int events, long startMicros, string? subject = null)
    {
        var layout = new LakeLayout(lake);
        var buffer = new PartitionBuffer("interaction.clean.v1", 0, LakeTable.Events);
        buffer.NoteOffset(offset, 0);
        EventBatch batch = LakeTestData.Batch(person, offset * 1000, startMicros, events);
        batch.Subject = subject ?? batch.Subject;
        for (int i = 0; i < batch.Count; i++)
        {
            ((EventRows)buffer.RowsFor(batch.Events[i].TimeMicros)).Add(batch, in batch.Events[i], 0, offset);
        }

        buffer.Added(batch.Count);
        FileSetWriter.Commit(buffer, layout, new LakeParquetSettings());

        var sessions = new PartitionBuffer("interaction.sessions.v1", 0, LakeTable.Sessions);
        sessions.NoteOffset(offset, 0);
        ((SessionRows)sessions.RowsFor(startMicros)).Add(LakeTestData.Session(person, startMicros) with { Subject = subject ?? LakeTestData.Pseudonym(person) }, 0, offset);
        sessions.Added(1);
        FileSetWriter.Commit(sessions, layout, new LakeParquetSettings());

        var idle = new PartitionBuffer("interaction.idle.v1", 0, LakeTable.IdlePeriods);
        idle.NoteOffset(offset, 0);
        ((IdlePeriodRows)idle.RowsFor(startMicros)).Add(LakeTestData.Idle(person, startMicros) with { Subject = subject ?? LakeTestData.Pseudonym(person) }, 0, offset);
        idle.Added(1);
        FileSetWriter.Commit(idle, layout, new LakeParquetSettings());
    }

    /// <summary>The five actions of <see cref="LakeTestData.Actions"/> for <paramref name="person"/> as offset <paramref name="offset"/> of actions partition 0.</summary>
    public static void WriteActions(string lake, int person, long offset, long startMicros)
    {
        var buffer = new PartitionBuffer("interaction.actions.v1", 0, LakeTable.Actions);
        buffer.NoteOffset(offset, 0);
        buffer.AppendActions(LakeTestData.Actions(person, offset * 1000, startMicros), offset);
        FileSetWriter.Commit(buffer, new LakeLayout(lake), new LakeParquetSettings());
    }
}
