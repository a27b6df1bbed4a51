using Pipeline.Capture.Consent;
using Pipeline.Capture.Delivery;
using Pipeline.Capture.Gate;
using Pipeline.Capture.Sources.X11;
using Pipeline.Schemas.Model;
using Pipeline.TestSupport;

namespace Pipeline.Capture.Tests;

[Collection(XDisplayCollection.Name)]
public sealed class X11InputSourceTests : IAsyncLifetime
{
    private readonly XvfbDisplay _x;
    private readonly RecordingSink _sink = new();
    private readonly X11InputSource _source;
    private readonly ulong _editor;

    public X11InputSourceTests(XvfbDisplay x)
    {
        _x = x;
        _editor = x.CreateWindow("editor", "Editor", "notes for ann@example.com");
        _x.Focus(_editor);
        _source = new X11InputSource(new X11Options { Display = x.Display }, TimeProvider.System);
    }

    public Task InitializeAsync()
    {
        _source.Start(_sink);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _source.DisposeAsync();

    [Fact]
    public void Start_ScreenAndFocusedApp_Reported()
    {
        Assert.Equal((1280, 1024), _sink.Screen);
        InteractionEvent focus = _sink.Snapshot().First(e => e.Kind == EventKind.Focus);
        Assert.Equal("Editor", focus.App);
        Assert.Null(focus.Title);
    }

    [Fact]
    public void MouseMove_Scripted_MoveAtExactPosition()
    {
        _x.Xdotool("mousemove", "--sync", "321", "123");
        List<InteractionEvent> input = _sink.WaitFor(l => l.Any(e => e.Kind == EventKind.Move && e.X == 321 && e.Y == 123));
        InteractionEvent last = input.Last(e => e.Kind == EventKind.Move);
        Assert.Equal((321, 123), (last.X, last.Y));
    }

    [Fact]
    public void Click_LeftAndRight_DownUpPairsAtPointer()
    {
        _x.Xdotool("mousemove", "--sync", "200", "150");
        _sink.WaitFor(l => l.Any(e => e.Kind == EventKind.Move && e.X == 200));
        _sink.Clear();
        _x.Xdotool("click", "1");
        _x.Xdotool("click", "3");
        List<InteractionEvent> input = _sink.WaitFor(l => l.Count >= 4);
        Assert.Equal(
            [(EventKind.ButtonDown, MouseButton.Left), (EventKind.ButtonUp, MouseButton.Left), (EventKind.ButtonDown, MouseButton.Right), (EventKind.ButtonUp, MouseButton.Right)],
            input.Select(e => (e.Kind, e.Button)));
        Assert.All(input, e => Assert.Equal((200, 150), (e.X, e.Y)));
    }

    [Fact]
    public void Scroll_WheelButtons_OneNotchPerClick()
    {
        _x.Xdotool("click", "--repeat", "3", "5");
        _x.Xdotool("click", "4");
        _x.Xdotool("click", "7");
        List<InteractionEvent> input = _sink.WaitFor(l => l.Count(e => e.Kind == EventKind.Scroll) >= 5);
        Assert.Equal([(0, 1), (0, 1), (0, 1), (0, -1), (1, 0)], input.Where(e => e.Kind == EventKind.Scroll).Select(e => (e.Dx, e.Dy)));
        Assert.DoesNotContain(input, e => e.Kind is EventKind.ButtonDown or EventKind.ButtonUp);
    }

    [Fact]
    public void Type_Text_KeyClassesOnlyInOrder()
    {
        _x.Xdotool("type", "--delay", "20", "ab 1.");
        List<InteractionEvent> input = _sink.WaitFor(l => l.Count(e => e.Kind is EventKind.KeyUp) >= 5);
        var expected = new List<(EventKind, KeyClass)>();
        foreach (KeyClass c in new[] { KeyClass.Letter, KeyClass.Letter, KeyClass.Space, KeyClass.Digit, KeyClass.Punctuation })
        {
            expected.Add((EventKind.KeyDown, c));
            expected.Add((EventKind.KeyUp, c));
        }

        Assert.Equal(expected, input.Select(e => (e.Kind, e.KeyClass)));
    }

    [Fact]
    public void Key_ModifiersNavigationEditingFunction_Classified()
    {
        _x.Xdotool("key", "ctrl+Left", "BackSpace", "F5", "Return");
        List<InteractionEvent> input = _sink.WaitFor(l => l.Count(e => e.Kind == EventKind.KeyUp) >= 5);
        Assert.Equal(
            [KeyClass.Modifier, KeyClass.Navigation, KeyClass.Editing, KeyClass.Function, KeyClass.Editing],
            input.Where(e => e.Kind == EventKind.KeyDown).Select(e => e.KeyClass));
    }

    [Fact]
    public void Focus_OtherWindow_FocusChangeWithItsClass()
    {
        ulong other = _x.CreateWindow("bankapp", "Bank");
        try
        {
            _x.Focus(other);
            _x.Xdotool("key", "a");
            _sink.WaitFor(l => l.Any(e => e.Kind == EventKind.KeyUp));
            Assert.Equal("Bank", _sink.Snapshot().Last(e => e.Kind == EventKind.Focus).App);
        }
        finally
        {
            _x.Focus(_editor);
        }
    }

    [Fact]
    public async Task Typing_ThroughGateAndBatcher_NoTextOrKeyIdentityInEncodedRecords()
    {
        await _source.StopAsync();
        var records = new MemorySink();
        var time = TimeProvider.System;
        using var device = new DeviceCapture(
            new DeviceCaptureOptions { Subject = "s", Device = "d", Privacy = new PrivacyOptions { AllowApps = ["editor"], WithTitles = true } },
            records, time, new SequenceAllocator(null));
        device.Consent = ConsentRecord.None.Grant("n", Micros.Now(time) - 1_000_000);
        await using var source = new X11InputSource(new X11Options { Display = _x.Display, ReadTitles = true }, time);
        source.Start(device);
        const string secret = "hunter2secretpassword";
        _x.Xdotool("type", "--delay", "5", secret);
        await Eventually.TrueAsync(() => device.Accepted >= 1 + (2 * secret.Length), "the focus and every key press and release");

        await source.StopAsync();
        device.Flush();
        List<InteractionEvent> events = records.Events();
        Assert.Equal(2 * secret.Length, events.Count(e => e.Kind is EventKind.KeyDown or EventKind.KeyUp));
        Assert.Equal("notes for <EMAIL>", events.Single(e => e.Kind == EventKind.Focus).Title);
        byte[] all = records.Records.SelectMany(r => r.Value).ToArray();
        foreach (string needle in new[] { secret, "hunter", "secret", "password", "ann@example.com" })
        {
            Assert.Equal(-1, all.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(needle)));
            Assert.Equal(-1, all.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(needle)));
        }
    }
}
