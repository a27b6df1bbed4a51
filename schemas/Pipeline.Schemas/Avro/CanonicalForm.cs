using System.Globalization;
using System.Text;

namespace Pipeline.Schemas.Avro;

/// <summary>
/// Avro's Parsing Canonical Form: full names, only the attributes that affect parsing (name, type, fields,
/// symbols, items, values, size) in that order, primitives as bare strings, no whitespace, and a named type
/// written in full only the first time it appears.
/// </summary>
internal static class CanonicalForm
{
    public static string Of(AvroSchema schema)
    {
        var builder = new StringBuilder();
        Write(schema, builder, new HashSet<string>(StringComparer.Ordinal));
        return builder.ToString();
    }

    private static void Write(AvroSchema schema, StringBuilder output, HashSet<string> written)
    {
        switch (schema.Type)
        {
            case AvroType.Record:
                if (!written.Add(schema.FullName))
                {
                    Quote(schema.FullName, output);
                    return;
                }

                output.Append("{\"name\":");
                Quote(schema.FullName, output);
                output.Append(",\"type\":\"record\",\"fields\":[");
                for (int i = 0; i < schema.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    output.Append("{\"name\":");
                    Quote(schema.Fields[i].Name, output);
                    output.Append(",\"type\":");
                    Write(schema.Fields[i].Schema, output, written);
                    output.Append('}');
                }

                output.Append("]}");
                return;
            case AvroType.Enum:
                if (!written.Add(schema.FullName))
                {
                    Quote(schema.FullName, output);
                    return;
                }

                output.Append("{\"name\":");
                Quote(schema.FullName, output);
                output.Append(",\"type\":\"enum\",\"symbols\":[");
                for (int i = 0; i < schema.Symbols.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    Quote(schema.Symbols[i], output);
                }

                output.Append("]}");
                return;
            case AvroType.Fixed:
                if (!written.Add(schema.FullName))
                {
                    Quote(schema.FullName, output);
                    return;
                }

                output.Append("{\"name\":");
                Quote(schema.FullName, output);
                output.Append(",\"type\":\"fixed\",\"size\":").Append(schema.Size.ToString(CultureInfo.InvariantCulture)).Append('}');
                return;
            case AvroType.Array:
                output.Append("{\"type\":\"array\",\"items\":");
                Write(schema.Items!, output, written);
                output.Append('}');
                return;
            case AvroType.Map:
                output.Append("{\"type\":\"map\",\"values\":");
                Write(schema.Items!, output, written);
                output.Append('}');
                return;
            case AvroType.Union:
                output.Append('[');
                for (int i = 0; i < schema.Branches.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(',');
                    }

                    Write(schema.Branches[i], output, written);
                }

                output.Append(']');
                return;
            default:
                Quote(PrimitiveName(schema.Type), output);
                return;
        }
    }

    private static string PrimitiveName(AvroType type) => type switch
    {
        AvroType.Null => "null",
        AvroType.Boolean => "boolean",
        AvroType.Int => "int",
        AvroType.Long => "long",
        AvroType.Float => "float",
        AvroType.Double => "double",
        AvroType.Bytes => "bytes",
        _ => "string",
    };

    // Avro names are [A-Za-z_][A-Za-z0-9_]* (validated by the parser), so nothing ever needs escaping.
    private static void Quote(string value, StringBuilder output) => output.Append('"').Append(value).Append('"');
}
