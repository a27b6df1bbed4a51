using System.Text.Json.Nodes;
using Avro;
using Avro.Generic;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Schemas.Tests;

/// <summary>
/// Schema evolution through the compiled read plans, with test-only versions of the raw batch: a newer v2 (new
/// optional fields, a new enum symbol), an older v0 (fewer fields), and changes that are or are not compatible.
/// Apache.Avro's resolving reader is the reference for what each should decode to.
/// </summary>
public sealed class PlanCompilerTests
{
    private static readonly string s_current = SchemaCatalog.Shipped.Current(RawBatchCodec.RecordName).Json;
    private static readonly RecordSchema s_currentSchema = (RecordSchema)Schema.Parse(s_current);

    /// <summary>v2: an optional batch field in the middle, an event field with a default at the end, a new key class.</summary>
    private static readonly string s_v2 = Edit(batch =>
    {
        Fields(batch).Insert(2, Field("agent_version", JsonNode.Parse("[\"null\",\"string\"]"), JsonValue.Create((string?)null)));
        JsonObject ev = EventRecord(batch);
        Fields(ev).Add(Field("pressure", JsonValue.Create("int"), JsonValue.Create(0)));
        FieldType(ev, "key_class")["symbols"]!.AsArray().Add("MEDIA");
    });

    /// <summary>v0: an older writer without titles and vertical scroll, both of which have defaults now.</summary>
    private static readonly string s_v0 = Edit(batch =>
    {
        JsonArray fields = Fields(EventRecord(batch));
        fields.Remove(fields.Single(f => (string)f!["name"]! == "title"));
        fields.Remove(fields.Single(f => (string)f!["name"]! == "dy"));
    });

    /// <summary>A writer with a recursive record this build does not know, after device.</summary>
    private static readonly string s_recursive = Edit(batch =>
    {
        JsonObject tree = Field(
            "tree",
            JsonNode.Parse("{\"type\":\"record\",\"name\":\"Node\",\"doc\":\"n\",\"fields\":[{\"name\":\"next\",\"type\":[\"null\",\"Node\"],\"doc\":\"n\"}]}"),
            null);
        tree.Remove("default");
        Fields(batch).Insert(2, tree);
    });

    [Fact]
    public void Compile_CurrentEvents_AreReadInOrder_ButV2EventsFollowThePlan()
    {
        Pipeline.Schemas.Avro.AvroSchema reader = Pipeline.Schemas.Avro.AvroSchemaParser.Parse(s_current);

        RecordPlan same = PlanCompiler.Compile(reader, reader, BatchBody.Shape);
        RecordPlan newer = PlanCompiler.Compile(Pipeline.Schemas.Avro.AvroSchemaParser.Parse(s_v2), reader, BatchBody.Shape);

        Assert.True(EventsPlan(same).InOrder);
        Assert.False(EventsPlan(newer).InOrder);
        Assert.Contains(EventsPlan(newer).Steps, step => step.Target < 0);
    }

    [Fact]
    public void OldReader_NewWriterData_SkipsUnknownFieldsAndMapsNewSymbolToDefault()
    {
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(s_v2, 2));
        var writer = (RecordSchema)Schema.Parse(s_v2);
        var random = new GenericDatumGen(seed: 2);
        bool sawMedia = false;
        for (int i = 0; i < 200; i++)
        {
            var datum = (GenericRecord)random.Next(writer)!;
            sawMedia |= ((object[])datum["events"]).Any(e => ((GenericEnum)((GenericRecord)e)["key_class"]).Value == "MEDIA");
            AssertDecodesLikeApache(context, writer, datum);
        }

        Assert.True(sawMedia);
    }

    [Fact]
    public void OldReader_NewWriterData_NewSymbolReadsAsOther()
    {
        var writer = (RecordSchema)Schema.Parse(s_v2);
        var datum = (GenericRecord)new GenericDatumGen(seed: 1).Next(writer)!;
        var ev = (GenericRecord)new GenericDatumGen(seed: 3).Next(((ArraySchema)writer["events"].Schema).ItemSchema)!;
        ev.Add("key_class", new GenericEnum((EnumSchema)((RecordSchema)ev.Schema)["key_class"].Schema, "MEDIA"));
        datum.Add("events", new object[] { ev });
        var into = new EventBatch();

        bool ok = RawBatchCodec.TryRead(AvroReference.Frame(writer, AvroReference.WriteBody(writer, datum)), into, new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(s_v2, 2)), out DecodeError error);

        Assert.True(ok, error.Detail);
        Assert.Equal(KeyClass.Other, into.Events[0].KeyClass);
    }

    [Fact]
    public void OldReader_NewWriterSchemaNotShipped_IsUnknownFingerprint()
    {
        var writer = (RecordSchema)Schema.Parse(s_v2);
        var datum = (GenericRecord)new GenericDatumGen(seed: 4).Next(writer)!;

        Assert.False(RawBatchCodec.TryRead(AvroReference.Frame(writer, AvroReference.WriteBody(writer, datum)), new EventBatch(), out DecodeError error));
        Assert.Equal(DecodeErrorKind.UnknownFingerprint, error.Kind);
    }

    [Fact]
    public void NewReader_OldWriterData_FillsMissingFieldsWithDefaults()
    {
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(s_v0, 1));
        var writer = (RecordSchema)Schema.Parse(s_v0);
        var random = new GenericDatumGen(seed: 5);
        for (int i = 0; i < 200; i++)
        {
            AssertDecodesLikeApache(context, writer, (GenericRecord)random.Next(writer)!);
        }
    }

    [Fact]
    public void NewReader_CurrentCodecOutput_ApacheV2ReaderGetsDefaults()
    {
        // The other direction with the roles swapped: a v2 consumer (Apache.Avro) reads what this build writes.
        var v2 = (RecordSchema)Schema.Parse(s_v2);
        byte[] ours = AvroReference.Encode(RawBatchCodecTests.Sample(), RawBatchCodec.Write);

        GenericRecord read = AvroReference.ReadBody(s_currentSchema, v2, ours.AsSpan(10));

        Assert.Null(read["agent_version"]);
        Assert.All((object[])read["events"], e => Assert.Equal(0, ((GenericRecord)e)["pressure"]));
        Assert.Equal("alice", read["subject"]);
    }

    [Fact]
    public void ReorderedFields_DecodeByName()
    {
        string reordered = Edit(batch =>
        {
            JsonArray fields = Fields(EventRecord(batch));
            JsonNode?[] reversed = [.. fields.Reverse()];
            fields.Clear();
            foreach (JsonNode? f in reversed)
            {
                fields.Add(f!.DeepClone());
            }
        });
        var writer = (RecordSchema)Schema.Parse(reordered);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(reordered, 3));
        var random = new GenericDatumGen(seed: 6);
        for (int i = 0; i < 100; i++)
        {
            AssertDecodesLikeApache(context, writer, (GenericRecord)random.Next(writer)!);
        }
    }

    [Fact]
    public void IntWriterLongReader_IsPromoted()
    {
        string intSeq = Edit(batch => FieldNode(EventRecord(batch), "seq")["type"] = "int");
        var writer = (RecordSchema)Schema.Parse(intSeq);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(intSeq, 3));
        var random = new GenericDatumGen(seed: 8);
        for (int i = 0; i < 100; i++)
        {
            AssertDecodesLikeApache(context, writer, (GenericRecord)random.Next(writer)!);
        }
    }

    [Fact]
    public void RecursiveWriterOnlyField_IsSkipped()
    {
        var writer = (RecordSchema)Schema.Parse(s_recursive);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(s_recursive, 3));
        var random = new GenericDatumGen(seed: 10);
        var into = new EventBatch();
        for (int i = 0; i < 50; i++)
        {
            // Apache.Avro 1.12's resolving reader overflows the stack on recursive writer-only fields, so the
            // expectation here is the datum itself: every field the reader knows, unchanged.
            var datum = (GenericRecord)random.Next(writer)!;
            Assert.True(RawBatchCodec.TryRead(AvroReference.Frame(writer, AvroReference.WriteBody(writer, datum)), into, context, out DecodeError error), error.Detail);
            BatchAssert.Equal(AvroReference.ToBatch(datum, clean: false), into);
        }
    }

    [Fact]
    public void RecursiveWriterOnlyField_NestedTooDeep_IsLimitExceededNotACrash()
    {
        var writer = (RecordSchema)Schema.Parse(s_recursive);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(s_recursive, 3));
        byte[] body = [0x00, 0x00, .. Enumerable.Repeat((byte)0x02, 100_000), 0x00, 0x00, 0x00, 0x00];

        Assert.False(RawBatchCodec.TryRead(AvroReference.Frame(writer, body), new EventBatch(), context, out DecodeError error));
        Assert.Equal(DecodeErrorKind.LimitExceeded, error.Kind);
    }

    [Fact(Timeout = 120_000)]
    public async Task WriterOnlyArraysOfNulls_ClaimingHugeCounts_AreSkippedWithoutHanging()
    {
        // Nested arrays of nulls cost the writer almost no bytes per claimed item; skipping must not iterate them.
        string nulls = Edit(batch =>
        {
            JsonObject field = Field("voids", JsonNode.Parse("{\"type\":\"array\",\"items\":{\"type\":\"array\",\"items\":\"null\"}}"), null);
            field.Remove("default");
            Fields(batch).Insert(2, field);
        });
        var writer = (RecordSchema)Schema.Parse(nulls);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(nulls, 3));
        var body = new List<byte> { 0x00, 0x00 };
        body.AddRange([0xFE, 0xFF, 0x07]); // 65,535 inner arrays
        for (int i = 0; i < 65_535; i++)
        {
            body.AddRange([0xFE, 0xFF, 0x7F, 0x00]); // each claims 1,048,575 nulls, then ends
        }

        body.AddRange([0x00, 0x00, 0x00, 0x00]);
        byte[] framed = AvroReference.Frame(writer, [.. body]);

        // Iterating the claimed items would take hours: the timeout is a hang guard, not a speed requirement.
        (bool ok, DecodeError error) = await Task.Run(() => (RawBatchCodec.TryRead(framed, new EventBatch(), context, out DecodeError e), e));

        Assert.True(ok, error.Detail);
    }

    [Theory]
    [InlineData("float", "long")]
    [InlineData("int", "double")]
    public void NumericWriterDoubleReader_IsPromotedLikeApache(string activeType, string idleType)
    {
        JsonObject summary = JsonNode.Parse(SchemaCatalog.Shipped.Current(SessionSummaryCodec.RecordName).Json)!.AsObject();
        FieldNode(summary, "active_seconds")["type"] = activeType;
        FieldNode(summary, "idle_seconds")["type"] = idleType;
        string json = summary.ToJsonString();
        var writer = (RecordSchema)Schema.Parse(json);
        var reader = (RecordSchema)Schema.Parse(SchemaCatalog.Shipped.Current(SessionSummaryCodec.RecordName).Json);
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(json, 3));
        var random = new GenericDatumGen(seed: 12);
        for (int i = 0; i < 100; i++)
        {
            byte[] body = AvroReference.WriteBody(writer, (GenericRecord)random.Next(writer)!);
            SessionSummary expected = AvroReference.ToSession(AvroReference.ReadBody(writer, reader, body));

            Assert.True(SessionSummaryCodec.TryRead(AvroReference.Frame(writer, body), context, out SessionSummary? decoded, out DecodeError error), error.Detail);
            Assert.Equal(expected.ActiveSeconds, decoded.ActiveSeconds);
            Assert.Equal(expected.IdleSeconds, decoded.IdleSeconds);
            Assert.Equal(expected.MergedFrom, decoded.MergedFrom);
        }
    }

    [Fact]
    public void WriterLacksFieldWithoutDefault_IsIncompatibleSchema()
    {
        string noWidth = Edit(batch => Fields(batch).Remove(Fields(batch).Single(f => (string)f!["name"]! == "screen_width")));
        AssertIncompatible(noWidth);
    }

    [Fact]
    public void WriterChangesFieldType_IsIncompatibleSchema() =>
        AssertIncompatible(Edit(batch => FieldNode(batch, "screen_width")["type"] = "string"));

    [Fact]
    public void WriterUnionWhereReaderHasPlainValue_IsIncompatibleSchema() =>
        AssertIncompatible(Edit(batch => FieldNode(batch, "subject")["type"] = JsonNode.Parse("[\"null\",\"string\"]")));

    private static RecordPlan EventsPlan(RecordPlan batch) =>
        batch.Steps.Single(step => step.Writer.Type == Pipeline.Schemas.Avro.AvroType.Array).Resolution!.Items!.Record!;

    private static void AssertIncompatible(string writerJson)
    {
        var writer = (RecordSchema)Schema.Parse(writerJson);
        var datum = (GenericRecord)new GenericDatumGen(seed: 9).Next(writer)!;
        var context = new DecodeContext(SchemaCatalog.Shipped.WithWriterSchema(writerJson, 3));

        Assert.False(RawBatchCodec.TryRead(AvroReference.Frame(writer, AvroReference.WriteBody(writer, datum)), new EventBatch(), context, out DecodeError error));
        Assert.Equal(DecodeErrorKind.IncompatibleSchema, error.Kind);
        Assert.Equal("incompatible_schema", error.Reason);
    }

    private static void AssertDecodesLikeApache(DecodeContext context, RecordSchema writer, GenericRecord datum)
    {
        byte[] body = AvroReference.WriteBody(writer, datum);
        EventBatch expected = AvroReference.ToBatch(AvroReference.ReadBody(writer, s_currentSchema, body), clean: false);
        var into = new EventBatch();

        Assert.True(RawBatchCodec.TryRead(AvroReference.Frame(writer, body), into, context, out DecodeError error), error.Detail);
        BatchAssert.Equal(expected, into);
    }

    private static string Edit(Action<JsonObject> change)
    {
        JsonObject batch = JsonNode.Parse(s_current)!.AsObject();
        change(batch);
        return batch.ToJsonString();
    }

    private static JsonArray Fields(JsonObject record) => record["fields"]!.AsArray();

    private static JsonObject FieldNode(JsonObject record, string name) => Fields(record).Single(f => (string)f!["name"]! == name)!.AsObject();

    private static JsonObject FieldType(JsonObject record, string name) => FieldNode(record, name)["type"]!.AsObject();

    private static JsonObject EventRecord(JsonObject batch) => FieldType(batch, "events")["items"]!.AsObject();

    private static JsonObject Field(string name, JsonNode? type, JsonNode? defaultValue) => new()
    {
        ["name"] = name,
        ["type"] = type,
        ["default"] = defaultValue,
        ["doc"] = "Test-only field.",
    };
}
