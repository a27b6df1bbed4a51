using System.Buffers;
using Pipeline.Processing.Actions;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Tests.Actions;

/// <summary>Each rule of <see cref="ActionReducer"/> and each of its boundaries, by example.</summary>
public sealed class ActionReducerTests
{
    private static ActionKind[] Kinds(List<InteractionAction> actions) => actions.Select(a => a.Kind).ToArray();

    // ---- Buttons ----

    [Fact]
    public void Process_PressAndReleaseInPlace_IsClickWhereItWasPressed()
    {
        InteractionAction click = Assert.Single(new DeviceInput().Down(0, 100, 50).Up(120, 100, 50).Reduce());

        Assert.Equal(ActionKind.Click, click.Kind);
        Assert.Equal((DeviceInput.At(0), DeviceInput.At(120)), (click.StartMicros, click.EndMicros));
        Assert.Equal((100, 50, 100, 50), (click.X, click.Y, click.EndX, click.EndY));
        Assert.Equal((0.1, 0.1), (click.Nx, click.Ny));
        Assert.Equal(MouseButton.Left, click.Button);
        Assert.Equal((1L, 2L), (click.SeqFirst, click.SeqLast));
        Assert.Equal("s1", click.SessionId);
        Assert.Equal(DeviceInput.DefaultDevice, click.Device);
        Assert.Equal(0, click.KeyCount);
        Assert.Empty(click.PreMovePath);
    }

    [Theory]
    [InlineData(3, 4, ActionKind.Click)] // exactly 5 px: within the slop
    [InlineData(0, 5, ActionKind.Click)]
    [InlineData(4, 4, ActionKind.Drag)] // 5.66 px
    [InlineData(0, 6, ActionKind.Drag)]
    [InlineData(-6, 0, ActionKind.Drag)]
    public void Process_ReleaseAtDistance_IsClickWithinSlopAndDragBeyond(int dx, int dy, ActionKind expected)
    {
        InteractionAction action = Assert.Single(new DeviceInput().Down(0, 100, 100).Up(100, 100 + dx, 100 + dy).Reduce());

        Assert.Equal(expected, action.Kind);
        Assert.Equal((100 + dx, 100 + dy), (action.EndX, action.EndY));
    }

    [Fact]
    public void Process_PointerWandersDuringQuickPressAndComesBack_IsStillClick()
    {
        List<InteractionAction> actions = new DeviceInput().Down(0, 100, 100).Move(50, 140, 100).Move(100, 101, 100).Up(200, 101, 100).Reduce();

        Assert.Equal([ActionKind.Click], Kinds(actions));
    }

    [Theory]
    [InlineData(1000, ActionKind.Click)] // held exactly the drag hold time: not past it
    [InlineData(1000.001, ActionKind.Drag)]
    public void Process_HeldWhilePointerTravelsAndReleasedInPlace_IsDragOnlyPastDragHoldTime(double holdMs, ActionKind expected)
    {
        InteractionAction action = Assert.Single(new DeviceInput().Down(0, 100, 100).Move(300, 160, 100).Move(600, 100, 100).Up(holdMs, 100, 100).Reduce());

        Assert.Equal(expected, action.Kind);
    }

    [Fact]
    public void Process_HeldLongInPlaceWithoutTravel_IsClick()
    {
        InteractionAction action = Assert.Single(new DeviceInput().Down(0, 100, 100).Move(1000, 102, 101).Up(5000, 100, 100).Reduce());

        Assert.Equal(ActionKind.Click, action.Kind);
        Assert.Equal(DeviceInput.At(5000), action.EndMicros);
    }

    [Theory]
    [InlineData(MouseButton.Right, ActionKind.RightClick)]
    [InlineData(MouseButton.Middle, ActionKind.MiddleClick)]
    [InlineData(MouseButton.Back, ActionKind.Click)]
    [InlineData(MouseButton.Forward, ActionKind.Click)]
    public void Process_ClickOfButton_IsNamedByButton(MouseButton button, ActionKind expected)
    {
        InteractionAction action = Assert.Single(new DeviceInput().Click(0, 10, 10, button: button).Reduce());

        Assert.Equal(expected, action.Kind);
        Assert.Equal(button, action.Button);
    }

    [Fact]
    public void Process_RightButtonReleasedAway_IsDragWithRightButton()
    {
        InteractionAction action = Assert.Single(new DeviceInput().Down(0, 10, 10, MouseButton.Right).Up(300, 90, 10, MouseButton.Right).Reduce());

        Assert.Equal((ActionKind.Drag, MouseButton.Right), (action.Kind, action.Button));
    }

    [Fact]
    public void Process_TwoQuickClicksSecondPressedExactlyAtDoubleClickTime_IsDoubleClick()
    {
        InteractionAction action = Assert.Single(new DeviceInput().Click(0, 100, 100, holdMs: 80).Click(500, 103, 104, holdMs: 80).Reduce());

        Assert.Equal(ActionKind.DoubleClick, action.Kind);
        Assert.Equal((DeviceInput.At(0), DeviceInput.At(580)), (action.StartMicros, action.EndMicros));
        Assert.Equal((100, 100, 103, 104), (action.X, action.Y, action.EndX, action.EndY));
        Assert.Equal((1L, 4L), (action.SeqFirst, action.SeqLast));
    }

    [Fact]
    public void Process_SecondPressOneMicrosecondPastDoubleClickTime_IsTwoClicks()
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100, holdMs: 80).Click(500.001, 100, 100, holdMs: 80).Reduce();

        Assert.Equal([ActionKind.Click, ActionKind.Click], Kinds(actions));
    }

    [Theory]
    [InlineData(3, 4, ActionKind.DoubleClick)]
    [InlineData(0, 6, ActionKind.Click)]
    public void Process_SecondPressAtDistance_PairsOnlyWithinDoubleClickSlop(int dx, int dy, ActionKind first)
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100).Click(250, 100 + dx, 100 + dy).Reduce();

        Assert.Equal(first, actions[0].Kind);
    }

    [Theory]
    [InlineData(500, ActionKind.DoubleClick)] // the second click held exactly the click time is still quick
    [InlineData(500.001, ActionKind.Click)]
    public void Process_SecondClickHeld_PairsOnlyWhenQuick(double holdMs, ActionKind first)
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100, holdMs: 50).Click(200, 100, 100, holdMs: holdMs).Reduce();

        Assert.Equal(first, actions[0].Kind);
    }

    [Fact]
    public void Process_FirstClickHeldPastClickTime_DoesNotPair()
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100, holdMs: 500.001).Down(500.002, 100, 100).Up(550, 100, 100).Reduce();

        Assert.Equal([ActionKind.Click, ActionKind.Click], Kinds(actions));
    }

    [Fact]
    public void Process_ThreeQuickClicks_AreDoubleClickThenClick()
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100, 60).Click(150, 100, 100, 60).Click(300, 100, 100, 60).Reduce();

        Assert.Equal([ActionKind.DoubleClick, ActionKind.Click], Kinds(actions));
    }

    [Fact]
    public void Process_TwoQuickRightClicks_AreTwoRightClicks()
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 100, 100, button: MouseButton.Right).Click(200, 100, 100, button: MouseButton.Right).Reduce();

        Assert.Equal([ActionKind.RightClick, ActionKind.RightClick], Kinds(actions));
    }

    [Theory]
    [InlineData("key")]
    [InlineData("scroll")]
    [InlineData("focus")]
    [InlineData("right")]
    public void Process_InputBetweenTwoQuickClicks_MakesThemTwoClicks(string between)
    {
        var input = new DeviceInput().Click(0, 100, 100, 50);
        _ = between switch
        {
            "key" => input.KeyDown(100),
            "scroll" => input.Scroll(100, 100, 100, 0, 1),
            "focus" => input.Focus(100, "editor"),
            _ => input.Click(100, 300, 300, 20, MouseButton.Right),
        };
        List<InteractionAction> actions = input.Click(200, 100, 100, 50).Reduce();

        Assert.DoesNotContain(ActionKind.DoubleClick, Kinds(actions));
        Assert.Equal(2, actions.Count(a => a.Kind == ActionKind.Click));
    }

    [Fact]
    public void Process_KeyReleaseBetweenTwoQuickClicks_StillDoubleClick()
    {
        List<InteractionAction> actions = new DeviceInput().KeyDown(-900).Click(0, 100, 100, 50).KeyUp(100).Click(200, 100, 100, 50).Reduce();

        Assert.Equal([ActionKind.Type, ActionKind.DoubleClick], Kinds(actions));
    }

    [Fact]
    public void Process_ReleaseWithoutPress_IsMouseUp()
    {
        InteractionAction action = Assert.Single(new DeviceInput().Up(0, 40, 30, MouseButton.Right).Reduce());

        Assert.Equal((ActionKind.MouseUp, MouseButton.Right, 40, 30), (action.Kind, action.Button, action.X, action.Y));
        Assert.Null(action.EndX);
    }

    [Fact]
    public void CloseSubject_PressNeverReleased_IsMouseDown()
    {
        InteractionAction action = Assert.Single(new DeviceInput().Down(0, 40, 30).Move(200, 300, 300).Reduce());

        Assert.Equal((ActionKind.MouseDown, DeviceInput.At(0), DeviceInput.At(0)), (action.Kind, action.StartMicros, action.EndMicros));
        Assert.Equal((1L, 1L), (action.SeqFirst, action.SeqLast));
    }

    [Fact]
    public void Process_PressedAgainWithoutRelease_FirstPressIsMouseDown()
    {
        List<InteractionAction> actions = new DeviceInput().Down(0, 10, 10).Down(2000, 10, 10).Up(2100, 10, 10).Reduce();

        Assert.Equal([ActionKind.MouseDown, ActionKind.Click], Kinds(actions));
    }

    [Theory]
    [InlineData(60_000, ActionKind.Drag)]
    [InlineData(60_000.001, ActionKind.MouseDown)]
    public void Process_ReleaseAfterMaxHold_IsMouseDownAndMouseUp(double releaseMs, ActionKind first)
    {
        List<InteractionAction> actions = new DeviceInput().Down(0, 10, 10).Move(30_000, 200, 10).Up(releaseMs, 200, 10).Reduce();

        Assert.Equal(first, actions[0].Kind);
        Assert.Equal(first == ActionKind.Drag ? 1 : 2, actions.Count);
    }

    [Fact]
    public void Process_LockWhileHeld_PressIsMouseDownAndReleaseMouseUp()
    {
        List<InteractionAction> actions = new DeviceInput().Down(0, 10, 10).Lock(100).Up(5000, 10, 10).Reduce();

        Assert.Equal([ActionKind.MouseDown, ActionKind.MouseUp], Kinds(actions));
    }

    // ---- Wheel ----

    [Fact]
    public void Process_NotchesExactlyScrollGapApart_AreOneScrollSummed()
    {
        InteractionAction scroll = Assert.Single(new DeviceInput().Scroll(0, 10, 20, 0, 1).Scroll(500, 12, 20, 1, 1).Scroll(1000, 14, 21, 0, -3).Reduce());

        Assert.Equal((ActionKind.Scroll, 1, -1), (scroll.Kind, scroll.Dx, scroll.Dy));
        Assert.Equal((10, 20, 14, 21), (scroll.X, scroll.Y, scroll.EndX, scroll.EndY));
        Assert.Equal((DeviceInput.At(0), DeviceInput.At(1000), 1L, 3L), (scroll.StartMicros, scroll.EndMicros, scroll.SeqFirst, scroll.SeqLast));
        Assert.Equal(MouseButton.None, scroll.Button);
    }

    [Fact]
    public void Process_NotchesOneMicrosecondOverScrollGap_AreTwoScrolls()
    {
        List<InteractionAction> actions = new DeviceInput().Scroll(0, 10, 20, 0, 1).Scroll(500.001, 10, 20, 0, 1).Reduce();

        Assert.Equal([ActionKind.Scroll, ActionKind.Scroll], Kinds(actions));
    }

    [Theory]
    [InlineData("press")]
    [InlineData("key")]
    [InlineData("focus")]
    public void Process_InputBetweenNotches_SplitsTheScroll(string between)
    {
        var input = new DeviceInput().Scroll(0, 10, 20, 0, 1);
        _ = between switch
        {
            "press" => input.Click(100, 10, 20, button: MouseButton.Right),
            "key" => input.Key(100, KeyClass.Navigation),
            _ => input.Focus(100, "mail"),
        };
        List<InteractionAction> actions = input.Scroll(300, 10, 20, 0, 1).Reduce();

        Assert.Equal(2, actions.Count(a => a.Kind == ActionKind.Scroll));
    }

    [Fact]
    public void Process_MovesBetweenNotches_DoNotSplitTheScroll()
    {
        List<InteractionAction> actions = new DeviceInput().Scroll(0, 10, 20, 0, 1).Move(100, 30, 30).Scroll(200, 30, 30, 0, 1).Reduce();

        Assert.Equal([ActionKind.Scroll], Kinds(actions));
    }

    // ---- Keys ----

    [Fact]
    public void Process_KeysExactlyTypeGapApart_AreOneTypeWithClassesAndGaps()
    {
        InteractionAction type = Assert.Single(new DeviceInput().Key(0).Key(180.5, KeyClass.Digit).Key(1180.5, KeyClass.Space).Reduce());

        Assert.Equal(ActionKind.Type, type.Kind);
        Assert.Equal(3, type.KeyCount);
        Assert.Equal([KeyClass.Letter, KeyClass.Digit, KeyClass.Space], type.KeyClasses);
        Assert.Equal([180, 1000], type.InterKeyMs);
        Assert.Equal((DeviceInput.At(0), DeviceInput.At(1180.5)), (type.StartMicros, type.EndMicros));
        Assert.Equal((1L, 5L), (type.SeqFirst, type.SeqLast));
        Assert.Null(type.X);
        Assert.Null(type.Nx);
    }

    [Fact]
    public void Process_KeysOneMicrosecondOverTypeGap_AreTwoTypes()
    {
        List<InteractionAction> actions = new DeviceInput().Key(0).Key(1000.001).Reduce();

        Assert.Equal([ActionKind.Type, ActionKind.Type], Kinds(actions));
    }

    [Theory]
    [InlineData("click")]
    [InlineData("focus")]
    [InlineData("lock")]
    public void Process_InterruptionDuringTyping_EndsTheRun(string between)
    {
        var input = new DeviceInput().Key(0).Key(100);
        _ = between switch
        {
            "click" => input.Click(200, 10, 10),
            "focus" => input.Focus(200, "browser"),
            _ => input.Lock(200),
        };
        List<InteractionAction> actions = input.Key(300).Reduce();

        Assert.Equal([2, 1], actions.Where(a => a.Kind == ActionKind.Type).Select(a => a.KeyCount).ToArray());
    }

    [Fact]
    public void Process_ScrollDuringTyping_DoesNotEndTheRun()
    {
        List<InteractionAction> actions = new DeviceInput().Key(0).Scroll(100, 1, 1, 0, 1).Key(200).Reduce();

        Assert.Equal([ActionKind.Type, ActionKind.Scroll], Kinds(actions));
        Assert.Equal(2, actions[0].KeyCount);
    }

    [Fact]
    public void Process_TypingLongerThanMaxKeys_IsSplit()
    {
        var input = new DeviceInput();
        for (int i = 0; i < 7; i++)
        {
            input.Key(i * 100);
        }

        List<InteractionAction> actions = input.Reduce(new ActionOptions { MaxKeysPerAction = 3 });

        Assert.Equal([3, 3, 1], actions.Select(a => a.KeyCount).ToArray());
    }

    [Fact]
    public void Process_ModifierHeldWithKey_IsHotkeyOfBothEndingAtTheModifierRelease()
    {
        InteractionAction hotkey = Assert.Single(new DeviceInput()
            .KeyDown(0, KeyClass.Modifier).KeyDown(150).KeyUp(200).KeyUp(260, KeyClass.Modifier).Reduce());

        Assert.Equal(ActionKind.Hotkey, hotkey.Kind);
        Assert.Equal([KeyClass.Modifier, KeyClass.Letter], hotkey.KeyClasses);
        Assert.Equal([150], hotkey.InterKeyMs);
        Assert.Equal((DeviceInput.At(0), DeviceInput.At(260), 1L, 4L), (hotkey.StartMicros, hotkey.EndMicros, hotkey.SeqFirst, hotkey.SeqLast));
    }

    [Fact]
    public void Process_ShiftedCapitalWhileTyping_IsHotkeyBetweenTwoTypes()
    {
        // Shift is a modifier like Ctrl: key classes cannot tell them apart.
        List<InteractionAction> actions = new DeviceInput()
            .Key(0).KeyDown(100, KeyClass.Modifier).Key(150).KeyUp(250, KeyClass.Modifier).Key(300).Key(400).Reduce();

        Assert.Equal([ActionKind.Type, ActionKind.Hotkey, ActionKind.Type], Kinds(actions));
        Assert.Equal([1, 2, 2], actions.Select(a => a.KeyCount).ToArray());
    }

    [Fact]
    public void Process_TwoModifiers_HotkeyEndsWhenBothAreReleased()
    {
        List<InteractionAction> actions = new DeviceInput()
            .KeyDown(0, KeyClass.Modifier).KeyDown(50, KeyClass.Modifier).Key(100).KeyUp(200, KeyClass.Modifier).Key(250).KeyUp(300, KeyClass.Modifier).Key(350).Reduce();

        Assert.Equal([ActionKind.Hotkey, ActionKind.Type], Kinds(actions));
        Assert.Equal(4, actions[0].KeyCount);
    }

    [Fact]
    public void Process_LoneModifierTap_IsHotkeyOfOnePress()
    {
        InteractionAction hotkey = Assert.Single(new DeviceInput().Key(0, KeyClass.Modifier).Reduce());

        Assert.Equal((ActionKind.Hotkey, 1), (hotkey.Kind, hotkey.KeyCount));
    }

    [Theory]
    [InlineData(1000, 1)] // a key event exactly the idle time later still belongs to the hotkey
    [InlineData(1000.001, 2)]
    public void Process_ModifierReleaseNeverSeen_HotkeyEndsAfterIdleAndTypingResumes(double nextMs, int actions)
    {
        List<InteractionAction> reduced = new DeviceInput().KeyDown(0, KeyClass.Modifier).Key(100).KeyDown(100 + 60 + nextMs).Reduce();

        Assert.Equal(actions, reduced.Count);
        Assert.Equal(ActionKind.Hotkey, reduced[0].Kind);
        if (actions == 2)
        {
            Assert.Equal(ActionKind.Type, reduced[1].Kind);
        }
    }

    [Fact]
    public void Process_FocusWhileModifierHeld_ForgetsTheModifier()
    {
        List<InteractionAction> actions = new DeviceInput().KeyDown(0, KeyClass.Modifier).Key(100).Focus(200, "editor").Key(300).KeyUp(400, KeyClass.Modifier).Key(450).Reduce();

        Assert.Equal([ActionKind.Hotkey, ActionKind.Focus, ActionKind.Type], Kinds(actions));
        Assert.Equal(2, actions[2].KeyCount);
    }

    // ---- Focus, app, ordering ----

    [Fact]
    public void Process_Focus_IsFocusActionAndTheAppOfLaterActions()
    {
        List<InteractionAction> actions = new DeviceInput().Click(0, 1, 1, button: MouseButton.Right).Focus(300, "editor").Key(400).Reduce();

        Assert.Equal([ActionKind.RightClick, ActionKind.Focus, ActionKind.Type], Kinds(actions));
        Assert.Equal(new string?[] { null, "editor", "editor" }, actions.Select(a => a.App));
        Assert.Null(actions[1].X);
    }

    [Fact]
    public void Process_ClickToFocus_ClickKeepsThePreviousAppAndLeavesBeforeTheFocus()
    {
        List<InteractionAction> actions = new DeviceInput().Focus(0, "mail").Down(100, 5, 5).Focus(120, "browser").Up(180, 5, 5).Reduce();

        Assert.Equal([ActionKind.Focus, ActionKind.Click, ActionKind.Focus], Kinds(actions));
        Assert.Equal("mail", actions[1].App);
    }

    [Fact]
    public void Process_ClickWhileModifierHeld_LeavesOnlyAfterTheHotkeyThatStartedFirst()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var input = new DeviceInput().KeyDown(0, KeyClass.Modifier).Click(100, 5, 5, button: MouseButton.Right).KeyUp(400, KeyClass.Modifier);
        var output = new ActionBatch();

        reducer.Process(input.Batch(0, 3), output);
        Assert.Empty(output.Actions);
        reducer.Process(input.Batch(3), output);

        Assert.Equal([ActionKind.Hotkey, ActionKind.RightClick], Kinds(output.Actions));
    }

    // ---- Pre-move path ----

    [Fact]
    public void Process_StraightMovesBeforeClick_ArePathOfTwoPointsWithTimeOffsets()
    {
        var input = new DeviceInput();
        for (int i = 0; i <= 20; i++)
        {
            input.Move(i * 16.667, 100 + (i * 10), 200 + (i * 5));
        }

        InteractionAction click = Assert.Single(input.Click(400, 300, 300).Reduce());

        Assert.Equal([new PathPoint(100, 200, 0), new PathPoint(300, 300, 333)], click.PreMovePath);
        Assert.Equal(400, click.PreMoveMs);
    }

    [Fact]
    public void Process_PathWithCorner_KeepsTheCornerAndDropsPointsWithinTolerance()
    {
        InteractionAction click = Assert.Single(new DeviceInput()
            .Move(0, 0, 0).Move(10, 50, 2).Move(20, 100, 0).Move(30, 100, 50).Move(40, 101, 100).Click(100, 100, 100).Reduce());

        Assert.Equal([(0, 0), (100, 0), (101, 100)], click.PreMovePath.Select(p => (p.X, p.Y)).ToArray());
    }

    [Fact]
    public void Process_LongWanderingPath_IsBoundedToMaxPointsAndWindow()
    {
        var input = new DeviceInput();
        for (int i = 0; i < 1000; i++)
        {
            input.Move(i * 10, (i % 2) * 100, i);
        }

        InteractionAction click = Assert.Single(input.Click(10_000, 0, 1000).Reduce(new ActionOptions { MaxPathPoints = 8, PathWindow = 100 }));

        Assert.True(click.PreMovePath.Count <= 8);
        Assert.Equal(900, click.PreMovePath[0].Y); // the window keeps the latest 100 samples
        Assert.Equal(10_000 - 9000, click.PreMoveMs);
    }

    [Fact]
    public void Process_MovesDuringHoldAndBeforeKeys_BelongToTheRightAction()
    {
        List<InteractionAction> actions = new DeviceInput()
            .Move(0, 0, 0).Move(10, 50, 0).Down(20, 50, 0).Move(100, 300, 0).Up(200, 300, 0)
            .Move(300, 300, 10).Key(350).Move(400, 300, 40).Scroll(500, 300, 40, 0, 1).Reduce();

        Assert.Equal([ActionKind.Drag, ActionKind.Type, ActionKind.Scroll], Kinds(actions));
        Assert.Equal([(0, 0), (50, 0)], actions[0].PreMovePath.Select(p => (p.X, p.Y)).ToArray());
        Assert.Empty(actions[1].PreMovePath);
        Assert.Equal([(300, 10), (300, 40)], actions[2].PreMovePath.Select(p => (p.X, p.Y)).ToArray());
    }

    // ---- Coordinates, repeats, clocks ----

    [Fact]
    public void Process_UnknownScreen_LeavesNormalisedCoordinatesNull()
    {
        var input = new DeviceInput { Width = 0, Height = 0 }.Click(0, 100, 50);

        InteractionAction click = Assert.Single(input.Reduce());

        Assert.Equal((100, 50), (click.X, click.Y));
        Assert.Null(click.Nx);
        Assert.Null(click.EndNy);
    }

    [Fact]
    public void Process_PointerOutsideTheScreen_ClampsNormalisedToZeroAndOne()
    {
        InteractionAction drag = Assert.Single(new DeviceInput().Down(0, -20, 100).Up(300, 1500, 700).Reduce());

        Assert.Equal((0.0, 0.2, 1.0, 1.0), (drag.Nx, drag.Ny, drag.EndNx, drag.EndNy));
    }

    [Fact]
    public void Process_BatchSentTwice_SkipsTheRepeatsAndGivesTheSameActions()
    {
        var input = new DeviceInput().Key(0).Key(100).Click(300, 5, 5, button: MouseButton.Middle);
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();

        reducer.Process(input.Batch(), output);
        reducer.Process(input.Batch(), output);
        reducer.CloseSubject(DeviceInput.Subject, output);

        Assert.Equal(input.Events.Count, reducer.RepeatsSkipped);
        Assert.Equal(input.Reduce().Select(ActionRun.Describe), output.Actions.Select(ActionRun.Describe));
    }

    [Fact]
    public void Process_DeviceClockStepsBack_HoldsTheTimeSoActionsStayInOrder()
    {
        List<InteractionAction> actions = new DeviceInput().KeyDown(1000).KeyDown(800).Reduce();

        InteractionAction type = Assert.Single(actions);
        Assert.Equal([0], type.InterKeyMs);
        Assert.Equal((DeviceInput.At(1000), DeviceInput.At(1000)), (type.StartMicros, type.EndMicros));
    }

    // ---- Sessions and time ----

    [Fact]
    public void Process_DeviceQuietLongerThanSessionGap_ClosesPendingAndForgetsTheApp()
    {
        double gap = DeviceInput.SessionOptions.Gap.TotalMilliseconds;
        List<InteractionAction> actions = new DeviceInput().Focus(0, "editor").Down(100, 5, 5).Key(gap + 100.001).Reduce();

        Assert.Equal([ActionKind.Focus, ActionKind.MouseDown, ActionKind.Type], Kinds(actions));
        Assert.Null(actions[2].App);
    }

    [Fact]
    public void Process_DeviceQuietExactlySessionGap_KeepsTheApp()
    {
        double gap = DeviceInput.SessionOptions.Gap.TotalMilliseconds;
        List<InteractionAction> actions = new DeviceInput().Focus(0, "editor").KeyDown(100).KeyDown(gap + 100).Reduce();

        Assert.Equal([ActionKind.Focus, ActionKind.Type, ActionKind.Type], Kinds(actions));
        Assert.Equal("editor", actions[2].App);
    }

    [Fact]
    public void CloseSession_TheDevicesLastSession_ClosesPendingAndForgetsTheDevice()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();
        reducer.Process(new DeviceInput().Key(0).Down(100, 1, 1).Batch(), output);
        Assert.Equal([ActionKind.Type], Kinds(output.Actions));

        reducer.CloseSession(Summary("other"), output);
        Assert.Equal(1, reducer.Devices);
        reducer.CloseSession(Summary("s1"), output);

        Assert.Equal([ActionKind.Type, ActionKind.MouseDown], Kinds(output.Actions));
        Assert.Equal(0, reducer.Devices);
        Assert.Equal(0, reducer.Subjects);
    }

    [Fact]
    public void CloseSession_SessionMergedIntoTheClosedOne_ClosesItsDevices()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();
        reducer.Process(new DeviceInput(session: "later").Down(0, 1, 1).Batch(), output);

        reducer.CloseSession(Summary("earlier", merged: "later"), output);

        Assert.Equal([ActionKind.MouseDown], Kinds(output.Actions));
        Assert.Equal(0, reducer.Subjects);
    }

    [Fact]
    public void Process_AnotherDeviceMovesStreamTimePastTheGapPlusGrace_ClosesTheQuietDevicesTyping()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();
        double grace = DeviceInput.SessionOptions.Grace.TotalMilliseconds;
        reducer.Process(new DeviceInput().Key(0).Batch(), output);
        var other = new DeviceInput("e0c0ffee0123456789abcdef01234567");

        reducer.Process(other.Move(grace + 1000, 1, 1).Batch(), output);
        Assert.Empty(output.Actions); // an event of the first device may still come up to grace behind
        reducer.Process(other.Move(grace + 1000.001, 2, 2).Batch(1), output);

        Assert.Equal([ActionKind.Type], Kinds(output.Actions));
    }

    [Fact]
    public void Advance_HorizonPastTheDoubleClickTime_LetsTheClickLeave()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();
        reducer.Process(new DeviceInput().Click(0, 1, 1).Batch(), output);
        Assert.Empty(output.Actions);

        reducer.Advance(DeviceInput.Subject, DeviceInput.At(500), output);
        Assert.Empty(output.Actions);
        reducer.Advance(DeviceInput.Subject, DeviceInput.At(500.001), output);

        Assert.Equal([ActionKind.Click], Kinds(output.Actions));
    }

    [Fact]
    public void Process_OutputHoldingAnotherSubject_Throws()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch { Subject = "someone-else" };
        output.Actions.Add(new DeviceInput().Key(0).Reduce()[0]);

        Assert.Throws<ArgumentException>(() => reducer.Process(new DeviceInput().Key(0).Batch(), output));
    }

    [Fact]
    public void ActionReducer_TimeRuleNotShorterThanSessionGap_Throws()
    {
        var options = new ActionOptions { MaxHold = DeviceInput.SessionOptions.Gap };

        Assert.Throws<ArgumentException>(() => new ActionReducer(options, DeviceInput.SessionOptions));
    }

    // ---- State ----

    [Fact]
    public void RestoreState_WrittenMidAction_ContinuesAsIfNeverStopped()
    {
        var input = new DeviceInput().Move(0, 1, 1).Move(20, 30, 30).Down(40, 30, 30).Move(300, 200, 30).Key(350).KeyDown(400, KeyClass.Modifier);
        input.Up(600, 200, 30).Key(700).KeyUp(800, KeyClass.Modifier).Click(900, 200, 30);
        var first = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var output = new ActionBatch();
        first.Process(input.Batch(0, 6), output);
        var state = new ArrayBufferWriter<byte>();
        first.WriteState(DeviceInput.Subject, state);

        var second = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        second.RestoreState(DeviceInput.Subject, state.WrittenSpan);
        second.Process(input.Batch(6), output);
        second.CloseSubject(DeviceInput.Subject, output);

        Assert.Equal(input.Reduce().Select(ActionRun.Describe), output.Actions.Select(ActionRun.Describe));
    }

    [Fact]
    public void RestoreState_EmptyValue_ForgetsTheSubject()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        reducer.Process(new DeviceInput().Key(0).Batch(), new ActionBatch());

        reducer.RestoreState(DeviceInput.Subject, []);

        Assert.Equal((0, 0), (reducer.Subjects, reducer.Devices));
    }

    [Fact]
    public void RestoreState_EveryTruncationAndTrailingByte_ThrowsInvalidData()
    {
        var input = new DeviceInput().Focus(0, "editor").Move(10, 1, 1).Move(20, 5, 9).Down(30, 5, 9).Scroll(40, 5, 9, 0, 1).KeyDown(50, KeyClass.Modifier).Key(60).Click(70, 300, 9, button: MouseButton.Right).Click(200, 300, 9);
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        reducer.Process(input.Batch(), new ActionBatch());
        var buffer = new ArrayBufferWriter<byte>();
        reducer.WriteState(DeviceInput.Subject, buffer);
        byte[] state = buffer.WrittenSpan.ToArray();
        var restored = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);

        for (int length = 1; length < state.Length; length++)
        {
            Assert.Throws<InvalidDataException>(() => restored.RestoreState(DeviceInput.Subject, state.AsSpan(0, length)));
        }

        Assert.Throws<InvalidDataException>(() => restored.RestoreState(DeviceInput.Subject, [.. state, 0]));
        Assert.Throws<InvalidDataException>(() => restored.RestoreState(DeviceInput.Subject, [2, .. state[1..]]));
        restored.RestoreState(DeviceInput.Subject, state);
        Assert.Equal(1, restored.Devices);
    }

    [Fact]
    public void WriteState_FullPathWindowOfSmallMoves_StaysSmall()
    {
        var input = new DeviceInput();
        for (int i = 0; i < 400; i++)
        {
            input.Move(i * 16.667, 500 + (i % 7), 300 + (i % 5));
        }

        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        reducer.Process(input.Batch(), new ActionBatch());
        var buffer = new ArrayBufferWriter<byte>();
        reducer.WriteState(DeviceInput.Subject, buffer);

        // The window's 128 samples kept, each a time delta of 16–17 ms and two small position deltas: about 5 bytes.
        Assert.InRange(buffer.WrittenCount, 128 * 4, (128 * 6) + 200);
    }

    [Fact]
    public void TakeChanges_AfterProcessThenSessionClose_ReportsChangedThenRemoved()
    {
        var reducer = new ActionReducer(new ActionOptions(), DeviceInput.SessionOptions);
        var changed = new List<string>();
        var removed = new List<string>();
        reducer.Process(new DeviceInput().Key(0).Batch(), new ActionBatch());

        reducer.TakeChanges(changed, removed);
        Assert.Equal([DeviceInput.Subject], changed);
        Assert.Empty(removed);

        changed.Clear();
        reducer.CloseSession(Summary("s1"), new ActionBatch());
        reducer.TakeChanges(changed, removed);
        Assert.Empty(changed);
        Assert.Equal([DeviceInput.Subject], removed);

        removed.Clear();
        reducer.TakeChanges(changed, removed);
        Assert.Empty(changed);
        Assert.Empty(removed);
    }

    private static SessionSummary Summary(string id, string? merged = null) =>
        new(id, DeviceInput.Subject, 3, DeviceInput.T0, DeviceInput.T0 + 1, 1, 0, 0, merged is null ? [] : [merged]);
}
