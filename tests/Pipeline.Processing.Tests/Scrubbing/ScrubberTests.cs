using Pipeline.Privacy;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Processing.Scrubbing;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Scrubbing;

public sealed class ScrubberTests
{
    private static readonly byte[] s_key1 = Enumerable.Repeat((byte)1, 32).ToArray();
    private static readonly byte[] s_key2 = Enumerable.Repeat((byte)2, 32).ToArray();

    [Fact]
    public void Scrub_RawBatch_PseudonymisesUnderTheGivenVersionRedactsAndKeepsTheRest()
    {
        var keys = new Pseudonymizer(new PseudonymOptions { Keys = new Dictionary<int, byte[]> { [1] = s_key1, [2] = s_key2 }, CurrentVersion = 2 });
        var raw = new EventBatch { Subject = "alice", Device = "alice-laptop", ScreenWidth = 2560, ScreenHeight = 1440 };
        raw.Add(new InteractionEvent { Seq = 7, TimeMicros = 42, Kind = EventKind.Focus, App = "mail bob@example.com", Title = "Card 4111 1111 1111 1111" });
        raw.Add(new InteractionEvent { Seq = 8, TimeMicros = 43, Kind = EventKind.Move, X = 5, Y = 6 });
        var clean = new EventBatch { Subject = "stale" };
        clean.Add(new InteractionEvent { Seq = 99 });

        var alice = PersonSecret.Create("alice");
        new Scrubber(keys, new Redactor()).Scrub(raw, alice, 1, clean);

        Assert.Equal((keys.Subject(alice, 1), keys.Device(alice, "alice-laptop", 1), 1, 2560, 1440),
            (clean.Subject, clean.Device, clean.KeyVersion, clean.ScreenWidth, clean.ScreenHeight));
        Assert.Equal(2, clean.Count);
        Assert.Equal(("mail <EMAIL>", "Card <CARD>"), (clean.Events[0].App, clean.Events[0].Title));
        Assert.Equal(raw.Events[1], clean.Events[1]);
        Assert.Equal((7L, 42L), (clean.Events[0].Seq, clean.Events[0].TimeMicros));
    }
}
