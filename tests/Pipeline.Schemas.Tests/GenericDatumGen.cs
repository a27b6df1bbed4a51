using Avro;
using Avro.Generic;

namespace Pipeline.Schemas.Tests;

/// <summary>
/// Random values for any Apache.Avro schema, so a test can write data under a schema version the model types
/// do not mirror (a released or test-only version) with the independent implementation.
/// </summary>
internal sealed class GenericDatumGen(int seed)
{
    private static readonly string[] s_words = ["", "a", "firefox", "é日本😀", "<EMAIL>", "a longer string of more than twenty-one characters"];
    private readonly Random _random = new(seed);

    public object? Next(Schema schema)
    {
        switch (schema)
        {
            case LogicalSchema logical when logical.LogicalTypeName == "timestamp-micros":
                return AvroReference.Micros(_random.NextInt64(-20_000_000_000_000_000, 20_000_000_000_000_000));
            case LogicalSchema logical:
                return Next(logical.BaseSchema);
            case RecordSchema record:
                var value = new GenericRecord(record);
                foreach (Field field in record.Fields)
                {
                    value.Add(field.Name, Next(field.Schema));
                }

                return value;
            case EnumSchema e:
                return new GenericEnum(e, e.Symbols[_random.Next(e.Count)]);
            case ArraySchema array:
                var items = new object?[_random.Next(0, 6)];
                for (int i = 0; i < items.Length; i++)
                {
                    items[i] = Next(array.ItemSchema);
                }

                return items;
            case UnionSchema union:
                return Next(union.Schemas[_random.Next(union.Count)]);
            case PrimitiveSchema primitive:
                return primitive.Tag switch
                {
                    Schema.Type.Null => null,
                    Schema.Type.Boolean => _random.Next(2) == 1,
                    Schema.Type.Int => _random.Next(4) == 0 ? _random.Next(int.MinValue, int.MaxValue) : _random.Next(-100, 100),
                    Schema.Type.Long => _random.Next(4) == 0 ? _random.NextInt64(long.MinValue, long.MaxValue) : _random.NextInt64(-100, 100),
                    Schema.Type.Double => _random.NextDouble() * 1e6,
                    Schema.Type.Float => (float)_random.NextDouble(),
                    Schema.Type.Bytes => RandomBytes(),
                    Schema.Type.String => s_words[_random.Next(s_words.Length)],
                    _ => throw new NotSupportedException(primitive.Tag.ToString()),
                };
            default:
                throw new NotSupportedException(schema.GetType().Name);
        }
    }

    private byte[] RandomBytes()
    {
        var bytes = new byte[_random.Next(0, 20)];
        _random.NextBytes(bytes);
        return bytes;
    }
}
