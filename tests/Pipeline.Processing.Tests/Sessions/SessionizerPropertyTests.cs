using FsCheck.Xunit;
using Pipeline.Processing.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Sessions;

/// <summary>
/// The streaming sessionizer against a brute-force model on random streams: sort all events, split sessions where
/// consecutive events are more than the gap apart, and inside each session call the gap after a lock a lock idle
/// period and any other gap over the threshold an inactivity idle period. Arrival order is shuffled within the grace
/// period; lock signals arrive in order on their device (see <see cref="Sessionizer"/>).
/// </summary>
public sealed class SessionizerPropertyTests
{
    private const long Second = 1_000_000;
    private const long T0 = 1_750_000_000L * Second;
    private static readonly long s_gap = SessionizerTests.Options.Gap.Ticks / 10;
    private static readonly long s_grace = SessionizerTests.Options.Grace.Ticks / 10;
    private static readonly long s_threshold = SessionizerTests.Options.IdleThreshold.Ticks / 10;

    [Property(MaxTest = 300)]
    public void Process_RandomStreamDisorderedWithinGrace_MatchesBruteForceModel(int[] steps, int seed)
    {
        string[] subjects = ["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"];
        var all = new List<(string Subject, long Time, bool Lock)>();
        var random = new Random(seed);
        for (int s = 0; s < subjects.Length; s++)
        {
            long t = T0 + (s * 7 * Second);
            foreach (int step in steps)
            {
                uint u = (uint)step ^ (uint)(s * 0x9E3779B9);
                t += Delta(u);
                all.Add((subjects[s], t, u % 13 == 0));
            }
        }

        var sessionizer = new Sessionizer(SessionizerTests.Options);
        var output = new SessionOutput();
        var summaries = new List<SessionSummary>();
        var idle = new List<IdlePeriod>();
        var assigned = new List<(string Subject, long Time, string SessionId)>();
        foreach (string subject in subjects)
        {
            List<(long Time, bool Lock)> arrival = ArrivalOrder(all.Where(e => e.Subject == subject).Select(e => (e.Time, e.Lock)).ToList(), random);
            for (int i = 0; i < arrival.Count;)
            {
                int size = Math.Min(arrival.Count - i, 1 + random.Next(4));
                EventBatch batch = SessionizerTests.Batch(subject, arrival.Skip(i).Take(size).Select(e => (e.Time, e.Lock ? EventKind.Lock : EventKind.Move)).ToArray());
                i += size;
                output.Clear();
                sessionizer.Process(batch, 0, output);
                Assert.Equal(0, output.Late.Count);
                foreach (InteractionEvent e in batch.Events)
                {
                    assigned.Add((subject, e.TimeMicros, e.SessionId!));
                }

                summaries.AddRange(output.Closed);
                idle.AddRange(output.Idle);
            }
        }

        output.Clear();
        sessionizer.CloseAll(output);
        summaries.AddRange(output.Closed);
        idle.AddRange(output.Idle);

        var finalId = new Dictionary<string, string>();
        foreach (SessionSummary summary in summaries)
        {
            finalId[summary.SessionId] = summary.SessionId;
            foreach (string merged in summary.MergedFrom)
            {
                finalId[merged] = summary.SessionId;
            }
        }

        foreach (string subject in subjects)
        {
            List<(long Time, bool Lock)> sorted = all.Where(e => e.Subject == subject).Select(e => (e.Time, e.Lock)).OrderBy(e => e.Time).ToList();
            List<ModelSession> expected = Model(sorted);
            List<SessionSummary> actual = summaries.Where(s => s.Subject == subject).OrderBy(s => s.StartMicros).ToList();

            Assert.Equal(expected.Select(s => (s.Start, s.End, s.Count)), actual.Select(s => (s.StartMicros, s.EndMicros, s.EventCount)));
            for (int k = 0; k < expected.Count; k++)
            {
                Assert.Equal(expected[k].Idle.Sum(p => p.End - p.Start) / 1e6, actual[k].IdleSeconds, 6);
                Assert.Equal((expected[k].End - expected[k].Start - expected[k].Idle.Sum(p => p.End - p.Start)) / 1e6, actual[k].ActiveSeconds, 6);
                string id = actual[k].SessionId;
                Assert.Equal(
                    expected[k].Idle.OrderBy(p => p.Start),
                    idle.Where(p => p.Subject == subject && finalId[p.SessionId] == id).Select(p => (p.StartMicros, p.EndMicros, p.Reason)).OrderBy(p => p.StartMicros));
                foreach ((string _, long time, string sessionId) in assigned.Where(a => a.Subject == subject && a.Time >= expected[k].Start && a.Time <= expected[k].End))
                {
                    Assert.Equal(id, finalId[sessionId]);
                }
            }
        }
    }

    private static long Delta(uint u)
    {
        uint scale = u % 50;
        return scale switch
        {
            0 => s_threshold,                       // exactly on the idle threshold: not idle
            1 => s_gap,                             // exactly on the session gap: same session
            < 36 => (1 + (u / 50 % 170)) * Second,  // typing and pointing
            < 46 => (s_threshold + Second + ((u / 50 % 1700) * Second)), // idle inside a session
            _ => s_gap + Second + ((u / 50 % 5000) * Second),            // a new session
        } + (u % 997);
    }

    /// <summary>Events of one subject shuffled within the grace period; a lock arrives after everything before it.</summary>
    private static List<(long Time, bool Lock)> ArrivalOrder(List<(long Time, bool Lock)> sorted, Random random)
    {
        var keyed = new List<(int Segment, long Key, long Time, bool Lock)>();
        int segment = 0;
        foreach ((long time, bool isLock) in sorted)
        {
            if (isLock)
            {
                keyed.Add((++segment, time, time, true));
                segment++;
            }
            else
            {
                keyed.Add((segment, time + random.NextInt64(s_grace), time, false));
            }
        }

        return keyed.OrderBy(k => k.Segment).ThenBy(k => k.Key).Select(k => (k.Time, k.Lock)).ToList();
    }

    private static List<ModelSession> Model(List<(long Time, bool Lock)> sorted)
    {
        var sessions = new List<ModelSession>();
        ModelSession? current = null;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (current is null || sorted[i].Time - sorted[i - 1].Time > s_gap)
            {
                current = new ModelSession { Start = sorted[i].Time };
                sessions.Add(current);
            }
            else
            {
                long gap = sorted[i].Time - sorted[i - 1].Time;
                if (sorted[i - 1].Lock)
                {
                    current.Idle.Add((sorted[i - 1].Time, sorted[i].Time, IdleReason.Lock));
                }
                else if (gap > s_threshold)
                {
                    current.Idle.Add((sorted[i - 1].Time, sorted[i].Time, IdleReason.Inactivity));
                }
            }

            current.End = sorted[i].Time;
            current.Count++;
        }

        return sessions;
    }

    private sealed class ModelSession
    {
        public long Start { get; set; }
        public long End { get; set; }
        public long Count { get; set; }
        public List<(long Start, long End, IdleReason Reason)> Idle { get; } = [];
    }
}
