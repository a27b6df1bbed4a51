using Pipeline.Processing.Actions;
using Pipeline.Processing.Sessions;
using Pipeline.Processing.Tests.Sessions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>Hand-written input of one device for the example tests: times in milliseconds from T0, positions in pixels.</summary>
internal sealed class DeviceInput(string device = DeviceInput.DefaultDevice, string session = "s1")
{
    public const string Subject = "5ab0c0ffee0123456789abcdef012345";
    public const string DefaultDevice = "d0c0ffee0123456789abcdef01234567";
    public const long T0 = 1_750_000_000_000_000;

    private long _seq;

    public string Device { get; } = device;

    public string Session { get; set; } = session;

    public int Width { get; set; } = 1000;

    public int Height { get; set; } = 500;

    public List<InteractionEvent> Events { get; } = [];

    public static long At(double ms) => T0 + (long)Math.Round(ms * 1000);

    public DeviceInput Move(double ms, int x, int y) => Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.Move, X = x, Y = y });

    public DeviceInput Down(double ms, int x, int y, MouseButton button = MouseButton.Left) =>
        Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.ButtonDown, Button = button, X = x, Y = y });

    public DeviceInput Up(double ms, int x, int y, MouseButton button = MouseButton.Left) =>
        Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.ButtonUp, Button = button, X = x, Y = y });

    public DeviceInput Click(double ms, int x, int y, double holdMs = 100, MouseButton button = MouseButton.Left) =>
        Down(ms, x, y, button).Up(ms + holdMs, x, y, button);

    public DeviceInput Scroll(double ms, int x, int y, int dx, int dy) =>
        Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.Scroll, X = x, Y = y, Dx = dx, Dy = dy });

    public DeviceInput KeyDown(double ms, KeyClass keyClass = KeyClass.Letter) =>
        Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.KeyDown, KeyClass = keyClass });

    public DeviceInput KeyUp(double ms, KeyClass keyClass = KeyClass.Letter) =>
        Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.KeyUp, KeyClass = keyClass });

    public DeviceInput Key(double ms, KeyClass keyClass = KeyClass.Letter) => KeyDown(ms, keyClass).KeyUp(ms + 60, keyClass);

    public DeviceInput Focus(double ms, string app) => Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.Focus, App = app });

    public DeviceInput Lock(double ms) => Add(new InteractionEvent { TimeMicros = At(ms), Kind = EventKind.Lock });

    /// <summary>Appends an event with the next sequence number (microsecond times through <see cref="At"/>).</summary>
    public DeviceInput Add(InteractionEvent e)
    {
        e.Seq = ++_seq;
        e.SessionId = Session;
        Events.Add(e);
        return this;
    }

    /// <summary>The events from index <paramref name="from"/> on as one clean batch.</summary>
    public EventBatch Batch(int from = 0, int? count = null)
    {
        var batch = new EventBatch(Math.Max(1, Events.Count)) { Subject = Subject, Device = Device, KeyVersion = 3, ScreenWidth = Width, ScreenHeight = Height };
        foreach (InteractionEvent e in Events.Skip(from).Take(count ?? int.MaxValue))
        {
            batch.Add(e);
        }

        return batch;
    }

    /// <summary>All events through a new reducer in one batch, then everything closed: the device's actions in order.</summary>
    public List<InteractionAction> Reduce(ActionOptions? options = null)
    {
        var reducer = new ActionReducer(options ?? new ActionOptions(), SessionOptions);
        var output = new ActionBatch();
        reducer.Process(Batch(), output);
        reducer.CloseSubject(Subject, output);
        return output.Actions;
    }

    public static SessionOptions SessionOptions => SessionizerTests.Options;
}
