using System.Buffers;
using Pipeline.Processing.Idle;
using Pipeline.Processing.State;

namespace Pipeline.Processing.Sessions;

/// <summary>
/// The binary form of one subject's <see cref="SubjectSessions"/>, the sessions' section of its changelog value (the
/// key is the pseudonym). Little-endian; strings are an int32 byte length and UTF-8; counts are int32:
/// <code>
/// format:u8 = 1 | key version:i32 | stream time:i64 | sessions:i32 ×
///   ( id:string | start:i64 | end:i64 | count:i64 | idle micros:i64 | merged from:i32 × id:string
///   | runs:i32 × ( first:i64 | last:i64 | ends with lock:u8 ) )
/// </code>
/// Changelogs outlive deployments: a change to this layout takes a new format byte and still reads format 1. Since the
/// per-subject value became a container of stage sections (<see cref="SubjectStateCodec"/>), this is the sessions'
/// section; a bare format-1 value, as changelogs before the container hold, still restores as one.
/// </summary>
internal static class SessionStateCodec
{
    private const byte Format = 1;

    public static void Write(SubjectSessions state, IBufferWriter<byte> output)
    {
        var w = new StateWriter(output);
        w.Byte(Format);
        w.Int(state.KeyVersion);
        w.Long(state.StreamTime);
        w.Int(state.Windows.Count);
        foreach (SessionWindow s in state.Windows)
        {
            w.String(s.Id);
            w.Long(s.Start);
            w.Long(s.End);
            w.Long(s.Count);
            w.Long(s.IdleMicros);
            w.Int(s.MergedFrom?.Count ?? 0);
            if (s.MergedFrom is not null)
            {
                foreach (string id in s.MergedFrom)
                {
                    w.String(id);
                }
            }

            w.Int(s.Runs.Count);
            foreach (InputRun r in s.Runs)
            {
                w.Long(r.First);
                w.Long(r.Last);
                w.Byte(r.EndsWithLock ? (byte)1 : (byte)0);
            }
        }
    }

    /// <summary>Reads a value written by <see cref="Write"/>; the wall time of the result is left for the caller.</summary>
    /// <exception cref="InvalidDataException">The value is truncated, has trailing bytes, a bad count or an unknown format.</exception>
    public static SubjectSessions Read(ReadOnlySpan<byte> value)
    {
        var r = new StateReader(value);
        if (r.Byte() != Format)
        {
            throw new InvalidDataException("processor state record has an unknown format");
        }

        var state = new SubjectSessions(r.Int()) { StreamTime = r.Long(), HasStreamTime = true };
        int sessions = r.Count();
        for (int i = 0; i < sessions; i++)
        {
            var s = new SessionWindow(r.String()) { Start = r.Long(), End = r.Long(), Count = r.Long(), IdleMicros = r.Long() };
            int merged = r.Count();
            for (int m = 0; m < merged; m++)
            {
                (s.MergedFrom ??= []).Add(r.String());
            }

            int runs = r.Count();
            for (int k = 0; k < runs; k++)
            {
                s.Runs.Add(new InputRun(r.Long(), r.Long(), r.Byte() != 0));
            }

            state.Windows.Add(s);
        }

        r.End();
        return state;
    }
}
