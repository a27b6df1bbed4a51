namespace Pipeline.Schemas.Avro;

/// <summary>
/// A parsed Avro schema node: only what canonical form, resolution and skipping need. Immutable once parsed;
/// named types are shared by reference where the schema refers to them by name.
/// </summary>
internal sealed class AvroSchema
{
    private static readonly AvroSchema[] s_primitives = CreatePrimitives();

    private AvroSchema(AvroType type) => Type = type;

    public AvroType Type { get; }

    /// <summary>Full name of a record, enum or fixed; empty otherwise.</summary>
    public string FullName { get; private set; } = "";

    public string? Doc { get; private set; }

    /// <summary>Record fields in writer order.</summary>
    public IReadOnlyList<AvroField> Fields { get; private set; } = [];

    /// <summary>Enum symbols in index order.</summary>
    public IReadOnlyList<string> Symbols { get; private set; } = [];

    /// <summary>The enum's default symbol, used by a reader for writer symbols it does not know.</summary>
    public string? EnumDefault { get; private set; }

    /// <summary>Array items, map values.</summary>
    public AvroSchema? Items { get; private set; }

    /// <summary>Union branches in index order.</summary>
    public IReadOnlyList<AvroSchema> Branches { get; private set; } = [];

    /// <summary>Fixed size in bytes.</summary>
    public int Size { get; private set; }

    public static AvroSchema Primitive(AvroType type) => s_primitives[(int)type];

    public static AvroSchema NewRecord(string fullName, string? doc) => new(AvroType.Record) { FullName = fullName, Doc = doc };

    public static AvroSchema NewEnum(string fullName, string? doc, IReadOnlyList<string> symbols, string? enumDefault) =>
        new(AvroType.Enum) { FullName = fullName, Doc = doc, Symbols = symbols, EnumDefault = enumDefault };

    public static AvroSchema NewFixed(string fullName, int size) => new(AvroType.Fixed) { FullName = fullName, Size = size };

    public static AvroSchema NewArray(AvroSchema items) => new(AvroType.Array) { Items = items };

    public static AvroSchema NewMap(AvroSchema values) => new(AvroType.Map) { Items = values };

    public static AvroSchema NewUnion(IReadOnlyList<AvroSchema> branches) => new(AvroType.Union) { Branches = branches };

    /// <summary>Sets a record's fields once they are parsed (a field may refer to the record itself).</summary>
    public void SetFields(IReadOnlyList<AvroField> fields) => Fields = fields;

    public bool IsNamed => Type is AvroType.Record or AvroType.Enum or AvroType.Fixed;

    /// <summary>The index of the field called <paramref name="name"/>, or -1.</summary>
    public int FieldIndex(string name)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static AvroSchema[] CreatePrimitives()
    {
        var all = new AvroSchema[(int)AvroType.String + 1];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = new AvroSchema((AvroType)i);
        }

        return all;
    }
}
