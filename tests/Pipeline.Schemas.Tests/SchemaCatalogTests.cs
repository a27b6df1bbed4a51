using Avro;
using Avro.Generic;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;
using AvroSchemaNode = Pipeline.Schemas.Avro.AvroSchema;
using AvroType = Pipeline.Schemas.Avro.AvroType;

namespace Pipeline.Schemas.Tests;

public sealed class SchemaCatalogTests
{
    private static readonly string[] s_records =
    [
        RawBatchCodec.RecordName, CleanBatchCodec.RecordName, ConsentChangeCodec.RecordName,
        SessionSummaryCodec.RecordName, IdlePeriodCodec.RecordName, DeadLetterCodec.RecordName,
        SealedBatchCodec.RecordName, WrappedKeyCodec.RecordName, KeyMaterialCodec.RecordName,
    ];

    /// <summary>
    /// Records whose schema is new in this build and not released yet: shipped as current version 1, with no copy under
    /// schemas/released until a release puts one there (then they move to <see cref="s_records"/>).
    /// </summary>
    private static readonly string[] s_unreleased = [ActionBatchCodec.RecordName];

    public static TheoryData<string> Entries()
    {
        var data = new TheoryData<string>();
        foreach (SchemaEntry entry in SchemaCatalog.Shipped.Entries)
        {
            data.Add($"{entry.RecordName}@v{entry.Version}");
        }

        return data;
    }

    [Fact]
    public void Shipped_EveryRecordType_HasACurrentAndAReleasedVersion()
    {
        foreach (string record in s_records)
        {
            SchemaEntry current = SchemaCatalog.Shipped.Current(record);
            Assert.True(current.IsCurrent);
            Assert.Contains(SchemaCatalog.Shipped.Entries, e => e.RecordName == record && e.IsReleased && e.Version == 1);
        }

        Assert.Equal(s_records.Length + s_unreleased.Length, SchemaCatalog.Shipped.Entries.Count(e => e.IsCurrent));
    }

    [Fact]
    public void Shipped_UnreleasedRecordType_IsCurrentVersionOneWithNoRelease()
    {
        foreach (string record in s_unreleased)
        {
            SchemaEntry current = SchemaCatalog.Shipped.Current(record);
            Assert.Equal(1, current.Version);
            Assert.False(current.IsReleased);
            Assert.DoesNotContain(SchemaCatalog.Shipped.Entries, e => e.RecordName == record && e.IsReleased);
        }
    }

    [Fact]
    public void Shipped_Entries_AreExactlyTheFilesInTheRepository()
    {
        // Guards the embedding glob: a schema file added to the repository but not shipped would go unchecked.
        string schemas = Path.Combine(RepositoryRoot(), "schemas");
        string[] current = Directory.GetFiles(schemas, "*.avsc");
        string[] released = Directory.GetFiles(Path.Combine(schemas, "released"), "*.avsc", SearchOption.AllDirectories);

        Assert.Equal(current.Length, SchemaCatalog.Shipped.Entries.Count(e => e.IsCurrent));
        Assert.Equal(released.Length, SchemaCatalog.Shipped.Entries.Count(e => e.IsReleased));
        foreach (string file in current.Concat(released))
        {
            ulong fingerprint = SchemaCatalog.FingerprintOf(File.ReadAllText(file));
            Assert.True(SchemaCatalog.Shipped.TryResolve(fingerprint, out _), file);
        }
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Shipped_Entry_ParsesInApacheAvroWithSameCanonicalFormAndFingerprint(string id)
    {
        SchemaEntry entry = Find(id);
        Schema apache = Schema.Parse(entry.Json);

        Assert.IsType<RecordSchema>(apache);
        Assert.Equal(entry.RecordName, apache.Fullname);
        Assert.Equal(SchemaNormalization.ToParsingForm(apache), entry.CanonicalForm);
        Assert.Equal((ulong)SchemaNormalization.ParsingFingerprint64(apache), entry.Fingerprint);
    }

    [Theory]
    [MemberData(nameof(Entries))]
    public void Shipped_Entry_EveryRecordFieldAndEnumHasADoc(string id)
    {
        var missing = new List<string>();
        CollectMissingDocs(Find(id).Schema, missing, []);
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("\"int\"")]
    [InlineData("{\"type\":\"long\",\"logicalType\":\"timestamp-micros\"}")]
    [InlineData("{\"type\":\"record\",\"name\":\"R\",\"namespace\":\"a.b\",\"doc\":\"d\",\"aliases\":[\"Q\"],\"fields\":[{\"name\":\"f\",\"type\":{\"type\":\"fixed\",\"name\":\"F\",\"size\":16},\"default\":\"x\"},{\"name\":\"g\",\"type\":\"F\"},{\"name\":\"m\",\"type\":{\"type\":\"map\",\"values\":[\"null\",{\"type\":\"enum\",\"name\":\"c.E\",\"symbols\":[\"X\",\"Y\"]}]}},{\"name\":\"n\",\"type\":{\"type\":\"array\",\"items\":\"c.E\"}},{\"name\":\"r\",\"type\":{\"type\":\"record\",\"name\":\"Inner\",\"namespace\":\"o.p\",\"fields\":[{\"name\":\"self\",\"type\":[\"null\",\"Inner\",\"a.b.R\"]},{\"name\":\"b\",\"type\":\"bytes\"},{\"name\":\"z\",\"type\":\"boolean\"},{\"name\":\"y\",\"type\":\"float\"}]}}]}")]
    [InlineData("{\"type\":\"enum\",\"name\":\"x.y.Z\",\"namespace\":\"ignored\",\"symbols\":[\"A\"],\"default\":\"A\"}")]
    public void ToCanonicalForm_AssortedSchemas_MatchesApache(string json)
    {
        Schema apache = Schema.Parse(json);

        Assert.Equal(SchemaNormalization.ToParsingForm(apache), SchemaCatalog.ToCanonicalForm(json));
        Assert.Equal((ulong)SchemaNormalization.ParsingFingerprint64(apache), SchemaCatalog.FingerprintOf(json));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"type\":\"record\",\"name\":\"R\"}")]
    [InlineData("{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"Missing\"}]}")]
    [InlineData("{\"type\":\"enum\",\"name\":\"E\",\"symbols\":[\"A\",\"A\"]}")]
    [InlineData("{\"type\":\"enum\",\"name\":\"1E\",\"symbols\":[\"A\"]}")]
    [InlineData("[\"null\",[\"int\"]]")]
    public void ToCanonicalForm_InvalidSchema_ThrowsFormatException(string json) =>
        Assert.Throws<FormatException>(() => SchemaCatalog.ToCanonicalForm(json));

    [Fact]
    public void TryResolve_EachCurrentFingerprint_FindsItsRecord()
    {
        foreach (string record in s_records.Concat(s_unreleased))
        {
            SchemaEntry current = SchemaCatalog.Shipped.Current(record);
            Assert.True(SchemaCatalog.Shipped.TryResolve(current.Fingerprint, out SchemaEntry? found));
            Assert.Same(current, found);
        }

        Assert.False(SchemaCatalog.Shipped.TryResolve(0x0123456789abcdefUL, out _));
    }

    [Fact]
    public void Create_CurrentDiffersFromRelease_IsTheNextUnreleasedVersion()
    {
        string v1 = SchemaCatalog.Shipped.Current(IdlePeriodCodec.RecordName).Json;
        string changed = v1.Replace("\"fields\": [", "\"fields\": [ { \"name\": \"note\", \"type\": [\"null\", \"string\"], \"default\": null, \"doc\": \"n\" },", StringComparison.Ordinal);

        SchemaCatalog catalog = SchemaCatalog.Create([changed], [new KeyValuePair<int, string>(1, v1)]);

        SchemaEntry current = catalog.Current(IdlePeriodCodec.RecordName);
        Assert.Equal(2, current.Version);
        Assert.False(current.IsReleased);
        Assert.Equal(2, catalog.Entries.Count);
    }

    [Fact]
    public void ReleasedVersions_RandomDataWrittenByApache_DecodeLikeApacheResolvesThem()
    {
        // Every version kept under schemas/released, now and after future releases: data written under it by the
        // independent implementation must decode with this build exactly as Apache.Avro resolves it to the current schema.
        int checkedVersions = 0;
        foreach (SchemaEntry released in SchemaCatalog.Shipped.Entries.Where(e => e.IsReleased))
        {
            var writer = (RecordSchema)Schema.Parse(released.Json);
            var reader = (RecordSchema)Schema.Parse(SchemaCatalog.Shipped.Current(released.RecordName).Json);
            var random = new GenericDatumGen(seed: checkedVersions);
            for (int i = 0; i < 100; i++)
            {
                var datum = (GenericRecord)random.Next(writer)!;
                byte[] body = AvroReference.WriteBody(writer, datum);
                GenericRecord expected = AvroReference.ReadBody(writer, reader, body);
                AssertDecodesAs(released.RecordName, AvroReference.Frame(writer, body), expected);
            }

            checkedVersions++;
        }

        Assert.Equal(s_records.Length, checkedVersions);
    }

    [Fact]
    public void ReleasedVersions_ApacheReaderOfEachRelease_ReadsCurrentCodecOutput()
    {
        // Old readers read new data: a consumer built against any release reads what this build writes.
        foreach (SchemaEntry released in SchemaCatalog.Shipped.Entries.Where(e => e.IsReleased))
        {
            var oldReader = (RecordSchema)Schema.Parse(released.Json);
            var current = (RecordSchema)Schema.Parse(SchemaCatalog.Shipped.Current(released.RecordName).Json);
            var random = new GenericDatumGen(seed: 7);
            for (int i = 0; i < 50; i++)
            {
                var datum = (GenericRecord)random.Next(current)!;
                byte[] ours = EncodeWithCodec(released.RecordName, datum);
                GenericRecord read = AvroReference.ReadBody(current, oldReader, ours.AsSpan(10));
                AssertSameWhereShared(datum, read);
            }
        }
    }

    private static byte[] EncodeWithCodec(string recordName, GenericRecord datum) => recordName switch
    {
        RawBatchCodec.RecordName => AvroReference.Encode(AvroReference.ToBatch(datum, clean: false), RawBatchCodec.Write),
        CleanBatchCodec.RecordName => AvroReference.Encode(AvroReference.ToBatch(datum, clean: true), CleanBatchCodec.Write),
        ConsentChangeCodec.RecordName => AvroReference.Encode(AvroReference.ToConsent(datum), ConsentChangeCodec.Write),
        SessionSummaryCodec.RecordName => AvroReference.Encode(AvroReference.ToSession(datum), SessionSummaryCodec.Write),
        IdlePeriodCodec.RecordName => AvroReference.Encode(AvroReference.ToIdle(datum), IdlePeriodCodec.Write),
        DeadLetterCodec.RecordName => AvroReference.Encode(AvroReference.ToDeadLetter(datum), DeadLetterCodec.Write),
        SealedBatchCodec.RecordName => AvroReference.Encode(AvroReference.ToSealedBatch(datum), SealedBatchValue.Write),
        WrappedKeyCodec.RecordName => AvroReference.Encode(AvroReference.ToWrappedKey(datum), WrappedKeyCodec.Write),
        KeyMaterialCodec.RecordName => AvroReference.Encode(AvroReference.ToKeyMaterial(datum), KeyMaterialCodec.Write),
        ActionBatchCodec.RecordName => AvroReference.Encode(ActionAvroReference.ToBatch(datum), ActionBatchCodec.Write),
        _ => throw new InvalidOperationException(recordName),
    };

    private static void AssertDecodesAs(string recordName, byte[] framed, GenericRecord expected)
    {
        DecodeError error;
        switch (recordName)
        {
            case RawBatchCodec.RecordName:
            case CleanBatchCodec.RecordName:
                bool clean = recordName == CleanBatchCodec.RecordName;
                var batch = new EventBatch();
                Assert.True(clean ? CleanBatchCodec.TryRead(framed, batch, out error) : RawBatchCodec.TryRead(framed, batch, out error), error.Detail);
                BatchAssert.Equal(AvroReference.ToBatch(expected, clean), batch);
                break;
            case ConsentChangeCodec.RecordName:
                Assert.True(ConsentChangeCodec.TryRead(framed, out ConsentChange? consent, out error), error.Detail);
                ConsentChangeCodecTests.AssertEqual(AvroReference.ToConsent(expected), consent);
                break;
            case SessionSummaryCodec.RecordName:
                Assert.True(SessionSummaryCodec.TryRead(framed, out SessionSummary? session, out error), error.Detail);
                Assert.Equal(AvroReference.ToSession(expected).MergedFrom, session.MergedFrom);
                Assert.Equal(AvroReference.ToSession(expected) with { MergedFrom = [] }, session with { MergedFrom = [] });
                break;
            case IdlePeriodCodec.RecordName:
                Assert.True(IdlePeriodCodec.TryRead(framed, out IdlePeriod? idle, out error), error.Detail);
                Assert.Equal(AvroReference.ToIdle(expected), idle);
                break;
            case DeadLetterCodec.RecordName:
                Assert.True(DeadLetterCodec.TryRead(framed, out DeadLetter? letter, out error), error.Detail);
                DeadLetter want = AvroReference.ToDeadLetter(expected);
                Assert.Equal(want with { Payload = default }, letter with { Payload = default });
                Assert.Equal(want.Payload.ToArray(), letter.Payload.ToArray());
                break;
            case SealedBatchCodec.RecordName:
                Assert.True(SealedBatchValue.TryRead(framed, out SealedBatchValue? sealedBatch, out error), error.Detail);
                SealedBatchValue.AssertEqual(AvroReference.ToSealedBatch(expected), sealedBatch);
                break;
            case WrappedKeyCodec.RecordName:
                Assert.True(WrappedKeyCodec.TryRead(framed, out WrappedKey? wrapped, out error), error.Detail);
                WrappedKeyCodecTests.AssertEqual(AvroReference.ToWrappedKey(expected), wrapped);
                break;
            case KeyMaterialCodec.RecordName:
                Assert.True(KeyMaterialCodec.TryRead(framed, out KeyMaterial? material, out error), error.Detail);
                KeyMaterialCodecTests.AssertEqual(AvroReference.ToKeyMaterial(expected), material);
                break;
            case ActionBatchCodec.RecordName:
                var actions = new ActionBatch();
                Assert.True(ActionBatchCodec.TryRead(framed, actions, out error), error.Detail);
                ActionAvroReference.AssertEqual(ActionAvroReference.ToBatch(expected), actions);
                break;
            default:
                throw new InvalidOperationException(recordName);
        }
    }

    /// <summary>Every field the old reader has and the writer wrote holds the value written.</summary>
    private static void AssertSameWhereShared(object? written, object? read)
    {
        switch (written)
        {
            case GenericRecord w:
                var r = Assert.IsType<GenericRecord>(read);
                foreach (Field field in r.Schema.Fields)
                {
                    if (w.Schema.Contains(field.Name))
                    {
                        AssertSameWhereShared(w[field.Name], r[field.Name]);
                    }
                }

                break;
            case object[] items:
                var readItems = Assert.IsType<object[]>(read);
                Assert.Equal(items.Length, readItems.Length);
                for (int i = 0; i < items.Length; i++)
                {
                    AssertSameWhereShared(items[i], readItems[i]);
                }

                break;
            case GenericEnum e:
                Assert.Equal(e.Value, Assert.IsType<GenericEnum>(read).Value);
                break;
            default:
                Assert.Equal(written, read);
                break;
        }
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Pipeline.sln) not found above " + AppContext.BaseDirectory);
    }

    private static SchemaEntry Find(string id) => SchemaCatalog.Shipped.Entries.Single(e => $"{e.RecordName}@v{e.Version}" == id);

    private static void CollectMissingDocs(AvroSchemaNode schema, List<string> missing, HashSet<string> seen)
    {
        switch (schema.Type)
        {
            case AvroType.Record:
                if (!seen.Add(schema.FullName))
                {
                    return;
                }

                if (string.IsNullOrWhiteSpace(schema.Doc))
                {
                    missing.Add(schema.FullName);
                }

                foreach (var field in schema.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Doc))
                    {
                        missing.Add(schema.FullName + "." + field.Name);
                    }

                    CollectMissingDocs(field.Schema, missing, seen);
                }

                break;
            case AvroType.Enum:
                if (seen.Add(schema.FullName) && string.IsNullOrWhiteSpace(schema.Doc))
                {
                    missing.Add(schema.FullName);
                }

                break;
            case AvroType.Array:
            case AvroType.Map:
                CollectMissingDocs(schema.Items!, missing, seen);
                break;
            case AvroType.Union:
                foreach (AvroSchemaNode branch in schema.Branches)
                {
                    CollectMissingDocs(branch, missing, seen);
                }

                break;
        }
    }
}
