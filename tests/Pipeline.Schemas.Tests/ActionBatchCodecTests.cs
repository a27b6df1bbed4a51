using Avro;
using Avro.Generic;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

public sealed class ActionBatchCodecTests
{
    private static readonly CodecConformance<ActionBatch> s_conformance = new(
        ActionBatchCodec.RecordName,
        ActionGen.Batch,
        ActionBatchCodec.Write,
        Read,
        ActionAvroReference.FromBatch,
        ActionAvroReference.ToBatch,
        ActionAvroReference.AssertEqual);

    internal static ActionBatch Sample()
    {
        var batch = new ActionBatch { Subject = "p-5f2a", KeyVersion = 2 };
        batch.Actions.Add(new InteractionAction
        {
            SessionId = "s-1",
            Device = "d-77c1",
            Kind = ActionKind.Drag,
            StartMicros = 1_750_000_000_000_000,
            EndMicros = 1_750_000_000_640_000,
            X = 100,
            Y = 200,
            Nx = 100 / 1920.0,
            Ny = 200 / 1080.0,
            EndX = 400,
            EndY = 210,
            EndNx = 400 / 1920.0,
            EndNy = 210 / 1080.0,
            Button = MouseButton.Left,
            App = "firefox",
            PreMoveMs = 420,
            PreMovePath = [new PathPoint(10, 20, 0), new PathPoint(90, 190, 410)],
            SeqFirst = 41,
            SeqLast = 60,
        });
        batch.Actions.Add(new InteractionAction
        {
            SessionId = "s-1",
            Device = "d-77c1",
            Kind = ActionKind.Type,
            StartMicros = 1_750_000_001_000_000,
            EndMicros = 1_750_000_001_400_000,
            KeyCount = 3,
            KeyClasses = [KeyClass.Letter, KeyClass.Letter, KeyClass.Space],
            InterKeyMs = [180, 220],
            App = "firefox",
            SeqFirst = 61,
            SeqLast = 65,
        });
        return batch;
    }

    [Fact]
    public void Write_ThenTryRead_RoundTripsEveryField()
    {
        ActionBatch batch = Sample();
        byte[] bytes = AvroReference.Encode(batch, ActionBatchCodec.Write);
        var decoded = new ActionBatch();

        Assert.True(ActionBatchCodec.TryRead(bytes, decoded, out DecodeError error), error.Detail);
        ActionAvroReference.AssertEqual(batch, decoded);
        Assert.Null(decoded.Actions[1].X);
        Assert.Same(decoded.Actions[0].SessionId, decoded.Actions[1].SessionId);
    }

    [Fact]
    public void Write_AnyBatch_BodyEqualsApacheGenericWriterByteForByte() => s_conformance.BodyEqualsApacheWriter();

    [Fact]
    public void Write_AnyBatch_ApacheGenericReaderReadsItBack() => s_conformance.ApacheReaderReadsOurs();

    [Fact]
    public void TryRead_AnyApacheWrittenBatch_DecodesIt() => s_conformance.WeReadApacheOutput();

    [Fact]
    public void TryRead_TruncatedOrTrailing_FailsTyped() => s_conformance.EveryTruncationFails(Sample());

    [Fact]
    public void TryRead_RandomBodies_NeverThrow() => s_conformance.RandomBodiesNeverThrow();

    [Fact]
    public void TryRead_Failure_LeavesTheBatchEmpty()
    {
        byte[] bytes = AvroReference.Encode(Sample(), ActionBatchCodec.Write);
        var into = new ActionBatch();
        Assert.True(ActionBatchCodec.TryRead(bytes, into, out _));

        Assert.False(ActionBatchCodec.TryRead(bytes.AsSpan(0, bytes.Length - 3), into, out DecodeError error));

        Assert.Equal(DecodeErrorKind.Truncated, error.Kind);
        Assert.Equal(0, into.Count);
        Assert.Equal("", into.Subject);
    }

    [Fact]
    public void TryRead_AnotherRecordsValue_FailsAsWrongRecordType()
    {
        byte[] idle = AvroReference.Encode(new IdlePeriod("p", 1, "s", 0, 1, IdleReason.Lock), IdlePeriodCodec.Write);

        Assert.False(ActionBatchCodec.TryRead(idle, new ActionBatch(), out DecodeError error));

        Assert.Equal(DecodeErrorKind.WrongRecordType, error.Kind);
    }

    [Fact]
    public void Write_KindOutsideTheSchema_Throws()
    {
        ActionBatch batch = Sample();
        batch.Actions[0] = batch.Actions[0] with { Kind = (ActionKind)12 };

        Assert.Throws<ArgumentException>(() => AvroReference.Encode(batch, ActionBatchCodec.Write));
    }

    [Fact]
    public void Write_KeyClassOutsideTheSchema_Throws()
    {
        ActionBatch batch = Sample();
        batch.Actions[1] = batch.Actions[1] with { KeyClasses = [(KeyClass)10] };

        Assert.Throws<ArgumentException>(() => AvroReference.Encode(batch, ActionBatchCodec.Write));
    }

    [Fact]
    public void TryRead_NewerWriterWithAnExtraFieldAndKind_SkipsTheFieldAndReadsTheKindAsOther()
    {
        // A future version adds an action kind and a field to each action and to each path point; this build reads
        // its data (once it ships that schema), skipping what it does not know.
        string current = SchemaCatalog.Shipped.Current(ActionBatchCodec.RecordName).Json;
        string newer = current
            .Replace("\"MOUSE_UP\", \"OTHER\"", "\"MOUSE_UP\", \"OTHER\", \"TRIPLE_CLICK\"", StringComparison.Ordinal)
            .Replace("{ \"name\": \"seq_last\"", "{ \"name\": \"pressure\", \"type\": [\"null\", \"float\"], \"default\": null, \"doc\": \"p\" }, { \"name\": \"seq_last\"", StringComparison.Ordinal)
            .Replace("{ \"name\": \"t_ms\"", "{ \"name\": \"dt_us\", \"type\": \"long\", \"default\": 0, \"doc\": \"d\" }, { \"name\": \"t_ms\"", StringComparison.Ordinal);
        Assert.Contains("TRIPLE_CLICK", newer, StringComparison.Ordinal);
        Assert.Contains("pressure", newer, StringComparison.Ordinal);
        Assert.Contains("dt_us", newer, StringComparison.Ordinal);
        var writer = (RecordSchema)Schema.Parse(newer);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(newer, 2));
        ActionBatch sample = Sample();
        GenericRecord datum = ActionAvroReference.FromBatch(writer, sample);
        foreach (object item in (object[])datum["actions"])
        {
            var action = (GenericRecord)item;
            action.Add("pressure", 0.5f);
            foreach (object point in (object[])action["pre_move_path"])
            {
                ((GenericRecord)point).Add("dt_us", 123_456L);
            }
        }

        var first = (GenericRecord)((object[])datum["actions"])[0];
        var kindSchema = (EnumSchema)((RecordSchema)((ArraySchema)writer["actions"].Schema).ItemSchema)["action"].Schema;
        first.Add("action", new GenericEnum(kindSchema, "TRIPLE_CLICK"));
        byte[] framed = AvroReference.Frame(writer, AvroReference.WriteBody(writer, datum));
        var into = new ActionBatch();

        Assert.True(ActionBatchCodec.TryRead(framed, into, context, out DecodeError error), error.Detail);

        Assert.Equal(ActionKind.Other, into.Actions[0].Kind);
        ActionAvroReference.AssertEqual(sample.Actions[0] with { Kind = ActionKind.Other }, into.Actions[0]);
        ActionAvroReference.AssertEqual(sample.Actions[1], into.Actions[1]);
    }

    [Fact]
    public void TryRead_MutatedValidInput_NeverThrows()
    {
        byte[] valid = AvroReference.Encode(Sample(), ActionBatchCodec.Write);
        var into = new ActionBatch();
        var random = new Random(15);
        for (int i = 0; i < 3000; i++)
        {
            byte[] input = valid[..random.Next(10, valid.Length + 1)];
            if (input.Length > 10)
            {
                input[random.Next(10, input.Length)] = (byte)random.Next(256);
            }

            bool ok = ActionBatchCodec.TryRead(input, into, out DecodeError error);
            Assert.True(ok ? into.Count <= 2 : into.Count == 0 && error.Detail.Length > 0);
        }
    }

    private static bool Read(ReadOnlySpan<byte> input, out ActionBatch? value, out DecodeError error)
    {
        var batch = new ActionBatch();
        bool ok = ActionBatchCodec.TryRead(input, batch, out error);
        value = ok ? batch : null;
        return ok;
    }
}
