using FsCheck;
using FsCheck.Fluent;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>FsCheck generators for actions: every nullable field both ways, empty and long lists, doubles at their edges.</summary>
internal static class ActionGen
{
    private static readonly Gen<int?> s_optionalInt = Gen.Frequency((1, Gen.Constant<int?>(null)), (3, ModelGen.Int.Select(v => (int?)v)));

    private static readonly Gen<double?> s_optionalDouble = Gen.Frequency(
        (1, Gen.Constant<double?>(null)),
        (3, Gen.Choose(0, 1_000_000).Select(v => (double?)(v / 1e6))),
        (1, Gen.Elements<double?>(0.0, 1.0, -0.0, double.Epsilon, double.MaxValue, double.NaN, double.PositiveInfinity)));

    private static readonly Gen<PathPoint> s_point =
        from x in ModelGen.Int
        from y in ModelGen.Int
        from t in ModelGen.Int
        select new PathPoint(x, y, t);

    public static Gen<InteractionAction> Action { get; } =
        from session in ModelGen.Text
        from device in ModelGen.Text
        from kind in Gen.Choose(0, (int)ActionKind.Other)
        from start in ModelGen.Micros
        from end in ModelGen.Micros
        from x in s_optionalInt
        from y in s_optionalInt
        from nx in s_optionalDouble
        from ny in s_optionalDouble
        from endX in s_optionalInt
        from endY in s_optionalInt
        from endNx in s_optionalDouble
        from endNy in s_optionalDouble
        from button in Gen.Choose(0, (int)MouseButton.Forward)
        from dx in ModelGen.Int
        from dy in ModelGen.Int
        from keyCount in ModelGen.Int
        from nKeys in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 12)), (1, Gen.Choose(60, 300)))
        from classes in Gen.ArrayOf(Gen.Choose(0, (int)KeyClass.Other).Select(c => (KeyClass)c), nKeys)
        from nGaps in Gen.Choose(0, 12)
        from gaps in Gen.ArrayOf(ModelGen.Int, nGaps)
        from app in ModelGen.OptionalText
        from preMove in ModelGen.Int
        from nPoints in Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, 32)))
        from path in Gen.ArrayOf(s_point, nPoints)
        from seqFirst in ModelGen.Long
        from seqLast in ModelGen.Long
        select new InteractionAction
        {
            SessionId = session,
            Device = device,
            Kind = (ActionKind)kind,
            StartMicros = start,
            EndMicros = end,
            X = x,
            Y = y,
            Nx = nx,
            Ny = ny,
            EndX = endX,
            EndY = endY,
            EndNx = endNx,
            EndNy = endNy,
            Button = (MouseButton)button,
            Dx = dx,
            Dy = dy,
            KeyCount = keyCount,
            KeyClasses = classes,
            InterKeyMs = gaps,
            App = app,
            PreMoveMs = preMove,
            PreMovePath = path,
            SeqFirst = seqFirst,
            SeqLast = seqLast,
        };

    public static Gen<ActionBatch> Batch { get; } =
        from subject in ModelGen.Text
        from keyVersion in ModelGen.Int
        from n in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 12)))
        from actions in Gen.ArrayOf(Action, n)
        select Fill(subject, keyVersion, actions);

    private static ActionBatch Fill(string subject, int keyVersion, InteractionAction[] actions)
    {
        var batch = new ActionBatch { Subject = subject, KeyVersion = keyVersion };
        batch.Actions.AddRange(actions);
        return batch;
    }
}
