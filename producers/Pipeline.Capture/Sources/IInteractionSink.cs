using Pipeline.Schemas.Model;

namespace Pipeline.Capture.Sources;

/// <summary>What an input source writes into: the privacy gate of one device. Called from the source's own thread.</summary>
public interface IInteractionSink
{
    /// <summary>Offers one event. The sink decides whether it is recorded; the source never learns.</summary>
    void Accept(in InteractionEvent e);

    /// <summary>The size of the virtual screen, in pixels, that coordinates refer to.</summary>
    void SetScreen(int width, int height);
}
