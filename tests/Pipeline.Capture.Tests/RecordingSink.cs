using Pipeline.Capture.Sources;
using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Tests;

/// <summary>Records what a source offers, before any gate.</summary>
public sealed class RecordingSink : IInteractionSink
{
    private readonly List<InteractionEvent> _events = [];

    public (int Width, int Height) Screen { get; private set; }

    public void Accept(in InteractionEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }

    public void SetScreen(int width, int height) => Screen = (width, height);

    public List<InteractionEvent> Snapshot()
    {
        lock (_events)
        {
            return [.. _events];
        }
    }

    public void Clear()
    {
        lock (_events)
        {
            _events.Clear();
        }
    }

    /// <summary>Waits until the events other than focus satisfy <paramref name="done"/>, or 5 s pass.</summary>
    public List<InteractionEvent> WaitFor(Func<List<InteractionEvent>, bool> done)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            List<InteractionEvent> input = Snapshot().Where(e => e.Kind != EventKind.Focus).ToList();
            if (done(input) || DateTime.UtcNow > deadline)
            {
                return input;
            }

            Thread.Sleep(20);
        }
    }
}
