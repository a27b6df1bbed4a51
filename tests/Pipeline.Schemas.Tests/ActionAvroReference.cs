using Avro;
using Avro.Generic;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>Actions to and from Apache.Avro's generic records, for the conformance checks of <c>ActionBatchCodec</c>.</summary>
internal static class ActionAvroReference
{
    public static GenericRecord FromBatch(RecordSchema schema, ActionBatch batch)
    {
        var record = new GenericRecord(schema);
        record.Add("subject", batch.Subject);
        record.Add("key_version", batch.KeyVersion);
        var actionSchema = (RecordSchema)((ArraySchema)schema["actions"].Schema).ItemSchema;
        var pointSchema = (RecordSchema)((ArraySchema)actionSchema["pre_move_path"].Schema).ItemSchema;
        var keyClassSchema = (EnumSchema)((ArraySchema)actionSchema["key_classes"].Schema).ItemSchema;
        var actions = new object[batch.Count];
        for (int i = 0; i < actions.Length; i++)
        {
            InteractionAction a = batch.Actions[i];
            var r = new GenericRecord(actionSchema);
            r.Add("session_id", a.SessionId);
            r.Add("device", a.Device);
            r.Add("action", Enum((EnumSchema)actionSchema["action"].Schema, (int)a.Kind));
            r.Add("start_us", AvroReference.Micros(a.StartMicros));
            r.Add("end_us", AvroReference.Micros(a.EndMicros));
            r.Add("x", a.X);
            r.Add("y", a.Y);
            r.Add("nx", a.Nx);
            r.Add("ny", a.Ny);
            r.Add("end_x", a.EndX);
            r.Add("end_y", a.EndY);
            r.Add("end_nx", a.EndNx);
            r.Add("end_ny", a.EndNy);
            r.Add("button", Enum((EnumSchema)actionSchema["button"].Schema, (int)a.Button));
            r.Add("dx", a.Dx);
            r.Add("dy", a.Dy);
            r.Add("key_count", a.KeyCount);
            r.Add("key_classes", a.KeyClasses.Select(c => (object)Enum(keyClassSchema, (int)c)).ToArray());
            r.Add("inter_key_ms", a.InterKeyMs.Select(g => (object)g).ToArray());
            r.Add("app", a.App);
            r.Add("pre_move_ms", a.PreMoveMs);
            r.Add("pre_move_path", a.PreMovePath.Select(p =>
            {
                var point = new GenericRecord(pointSchema);
                point.Add("x", p.X);
                point.Add("y", p.Y);
                point.Add("t_ms", p.OffsetMs);
                return (object)point;
            }).ToArray());
            r.Add("seq_first", a.SeqFirst);
            r.Add("seq_last", a.SeqLast);
            actions[i] = r;
        }

        record.Add("actions", actions);
        return record;
    }

    public static ActionBatch ToBatch(GenericRecord record)
    {
        var batch = new ActionBatch { Subject = (string)record["subject"], KeyVersion = (int)record["key_version"] };
        foreach (object item in (object[])record["actions"])
        {
            var r = (GenericRecord)item;
            batch.Actions.Add(new InteractionAction
            {
                SessionId = (string)r["session_id"],
                Device = (string)r["device"],
                Kind = (ActionKind)Index(r["action"]),
                StartMicros = AvroReference.Micros(r["start_us"]),
                EndMicros = AvroReference.Micros(r["end_us"]),
                X = (int?)r["x"],
                Y = (int?)r["y"],
                Nx = (double?)r["nx"],
                Ny = (double?)r["ny"],
                EndX = (int?)r["end_x"],
                EndY = (int?)r["end_y"],
                EndNx = (double?)r["end_nx"],
                EndNy = (double?)r["end_ny"],
                Button = (MouseButton)Index(r["button"]),
                Dx = (int)r["dx"],
                Dy = (int)r["dy"],
                KeyCount = (int)r["key_count"],
                KeyClasses = ((object[])r["key_classes"]).Select(c => (KeyClass)Index(c)).ToArray(),
                InterKeyMs = ((object[])r["inter_key_ms"]).Select(g => (int)g).ToArray(),
                App = (string?)r["app"],
                PreMoveMs = (int)r["pre_move_ms"],
                PreMovePath = ((object[])r["pre_move_path"]).Select(p =>
                {
                    var point = (GenericRecord)p;
                    return new PathPoint((int)point["x"], (int)point["y"], (int)point["t_ms"]);
                }).ToArray(),
                SeqFirst = (long)r["seq_first"],
                SeqLast = (long)r["seq_last"],
            });
        }

        return batch;
    }

    /// <summary>Field-by-field equality, lists by content.</summary>
    public static void AssertEqual(ActionBatch expected, ActionBatch? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Subject, actual.Subject);
        Assert.Equal(expected.KeyVersion, actual.KeyVersion);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            AssertEqual(expected.Actions[i], actual.Actions[i]);
        }
    }

    public static void AssertEqual(InteractionAction expected, InteractionAction actual)
    {
        Assert.Equal(expected, actual, ActionFieldsComparer.Instance);
        Assert.Equal(expected.KeyClasses, actual.KeyClasses);
        Assert.Equal(expected.InterKeyMs, actual.InterKeyMs);
        Assert.Equal(expected.PreMovePath, actual.PreMovePath);
    }

    private static GenericEnum Enum(EnumSchema schema, int index) => new(schema, schema.Symbols[index]);

    private static int Index(object value)
    {
        var e = (GenericEnum)value;
        return e.Schema.Ordinal(e.Value);
    }

    /// <summary>Every field but the lists (records compare lists by reference), doubles as <see cref="double.Equals(double)"/> does.</summary>
    private sealed class ActionFieldsComparer : IEqualityComparer<InteractionAction>
    {
        public static readonly ActionFieldsComparer Instance = new();

        public bool Equals(InteractionAction? x, InteractionAction? y) =>
            x is not null && y is not null
            && (x.SessionId, x.Device, x.Kind, x.StartMicros, x.EndMicros, x.X, x.Y, x.Nx, x.Ny, x.EndX, x.EndY, x.EndNx, x.EndNy)
                .Equals((y.SessionId, y.Device, y.Kind, y.StartMicros, y.EndMicros, y.X, y.Y, y.Nx, y.Ny, y.EndX, y.EndY, y.EndNx, y.EndNy))
            && (x.Button, x.Dx, x.Dy, x.KeyCount, x.App, x.PreMoveMs, x.SeqFirst, x.SeqLast)
                .Equals((y.Button, y.Dx, y.Dy, y.KeyCount, y.App, y.PreMoveMs, y.SeqFirst, y.SeqLast));

        public int GetHashCode(InteractionAction obj) => obj.SeqFirst.GetHashCode();
    }
}
