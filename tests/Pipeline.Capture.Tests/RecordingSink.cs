using Pipeline.Capture.Sources;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

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

    /// <summary>
    /// Waits until the events other than focus satisfy <paramref name="done"/> and returns them; after
    /// <see cref="Eventually.DefaultTimeout"/> returns what arrived, for the caller's assertion to show.
    /// </summary>
    public List<InteractionEvent> WaitFor(Func<List<InteractionEvent>, bool> done)
    {
        Eventually.Within(Eventually.DefaultTimeout, () => done(Input()));
        return Input();
    }

    private List<InteractionEvent> Input() => Snapshot().Where(e => e.Kind != EventKind.Focus).ToList();
}
