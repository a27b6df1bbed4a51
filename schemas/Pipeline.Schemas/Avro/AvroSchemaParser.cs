using System.Text.Json;

namespace Pipeline.Schemas.Avro;

/// <summary>
/// Parses Avro schema JSON into <see cref="AvroSchema"/> nodes, resolving names by the spec's namespace rules.
/// Runs once per shipped schema at start-up, so clarity wins over speed here.
/// </summary>
internal static class AvroSchemaParser
{
    /// <summary>Parses one self-contained schema.</summary>
    /// <exception cref="FormatException">The JSON is not a valid Avro schema.</exception>
    public static AvroSchema Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException("schema is not valid JSON: " + e.Message, e);
        }

        using (document)
        {
            var named = new Dictionary<string, AvroSchema>(StringComparer.Ordinal);
            return ParseNode(document.RootElement, "", named);
        }
    }

    private static AvroSchema ParseNode(JsonElement node, string enclosingNamespace, Dictionary<string, AvroSchema> named)
    {
        switch (node.ValueKind)
        {
            case JsonValueKind.String:
                return ResolveName(node.GetString()!, enclosingNamespace, named);
            case JsonValueKind.Array:
                var branches = new List<AvroSchema>();
                foreach (JsonElement branch in node.EnumerateArray())
                {
                    AvroSchema parsed = ParseNode(branch, enclosingNamespace, named);
                    if (parsed.Type == AvroType.Union)
                    {
                        throw new FormatException("a union may not directly contain a union");
                    }

                    branches.Add(parsed);
                }

                return AvroSchema.NewUnion(branches);
            case JsonValueKind.Object:
                return ParseObject(node, enclosingNamespace, named);
            default:
                throw new FormatException($"unexpected JSON {node.ValueKind} where a schema was expected");
        }
    }

    private static AvroSchema ParseObject(JsonElement node, string enclosingNamespace, Dictionary<string, AvroSchema> named)
    {
        if (!node.TryGetProperty("type", out JsonElement typeElement))
        {
            throw new FormatException("schema object without \"type\"");
        }

        if (typeElement.ValueKind != JsonValueKind.String)
        {
            // {"type": {...}} or {"type": [...]}: the attribute holds a full schema.
            return ParseNode(typeElement, enclosingNamespace, named);
        }

        string type = typeElement.GetString()!;
        switch (type)
        {
            case "record":
            case "error":
            {
                (string fullName, string ns) = FullName(node, enclosingNamespace);
                AvroSchema record = AvroSchema.NewRecord(fullName, OptionalString(node, "doc"));
                Register(named, record);
                var fields = new List<AvroField>();
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonElement field in RequiredArray(node, "fields"))
                {
                    string fieldName = RequiredString(field, "name");
                    ValidateName(fieldName);
                    if (!names.Add(fieldName))
                    {
                        throw new FormatException($"duplicate field {fieldName} in {fullName}");
                    }

                    if (!field.TryGetProperty("type", out JsonElement fieldType))
                    {
                        throw new FormatException($"field {fieldName} has no type");
                    }

                    AvroSchema schema = ParseNode(fieldType, ns, named);
                    fields.Add(new AvroField(fieldName, schema, OptionalString(field, "doc"), field.TryGetProperty("default", out _)));
                }

                record.SetFields(fields);
                return record;
            }

            case "enum":
            {
                (string fullName, _) = FullName(node, enclosingNamespace);
                var symbols = new List<string>();
                foreach (JsonElement symbol in RequiredArray(node, "symbols"))
                {
                    string s = symbol.GetString() ?? throw new FormatException("enum symbol must be a string");
                    ValidateName(s);
                    if (symbols.Contains(s))
                    {
                        throw new FormatException($"duplicate symbol {s} in {fullName}");
                    }

                    symbols.Add(s);
                }

                string? enumDefault = OptionalString(node, "default");
                if (enumDefault is not null && !symbols.Contains(enumDefault))
                {
                    throw new FormatException($"enum default {enumDefault} is not a symbol of {fullName}");
                }

                AvroSchema schema = AvroSchema.NewEnum(fullName, OptionalString(node, "doc"), symbols, enumDefault);
                Register(named, schema);
                return schema;
            }

            case "fixed":
            {
                (string fullName, _) = FullName(node, enclosingNamespace);
                if (!node.TryGetProperty("size", out JsonElement size) || !size.TryGetInt32(out int n) || n < 0)
                {
                    throw new FormatException($"fixed {fullName} needs a non-negative size");
                }

                AvroSchema schema = AvroSchema.NewFixed(fullName, n);
                Register(named, schema);
                return schema;
            }

            case "array":
                return AvroSchema.NewArray(ParseNode(Required(node, "items"), enclosingNamespace, named));
            case "map":
                return AvroSchema.NewMap(ParseNode(Required(node, "values"), enclosingNamespace, named));
            default:
                // A primitive, possibly with a logical type that canonical form and the wire format ignore.
                return PrimitiveOrNull(type) ?? ResolveName(type, enclosingNamespace, named);
        }
    }

    private static AvroSchema ResolveName(string name, string enclosingNamespace, Dictionary<string, AvroSchema> named)
    {
        if (PrimitiveOrNull(name) is { } primitive)
        {
            return primitive;
        }

        if (!name.Contains('.', StringComparison.Ordinal) && enclosingNamespace.Length > 0
            && named.TryGetValue(enclosingNamespace + "." + name, out AvroSchema? inNamespace))
        {
            return inNamespace;
        }

        return named.TryGetValue(name, out AvroSchema? found)
            ? found
            : throw new FormatException($"unknown type name {name}");
    }

    private static AvroSchema? PrimitiveOrNull(string name) => name switch
    {
        "null" => AvroSchema.Primitive(AvroType.Null),
        "boolean" => AvroSchema.Primitive(AvroType.Boolean),
        "int" => AvroSchema.Primitive(AvroType.Int),
        "long" => AvroSchema.Primitive(AvroType.Long),
        "float" => AvroSchema.Primitive(AvroType.Float),
        "double" => AvroSchema.Primitive(AvroType.Double),
        "bytes" => AvroSchema.Primitive(AvroType.Bytes),
        "string" => AvroSchema.Primitive(AvroType.String),
        _ => null,
    };

    private static (string FullName, string Namespace) FullName(JsonElement node, string enclosingNamespace)
    {
        string name = RequiredString(node, "name");
        string fullName;
        if (name.Contains('.', StringComparison.Ordinal))
        {
            fullName = name;
        }
        else
        {
            string ns = OptionalString(node, "namespace") ?? enclosingNamespace;
            fullName = ns.Length == 0 ? name : ns + "." + name;
        }

        foreach (string part in fullName.Split('.'))
        {
            ValidateName(part);
        }

        int lastDot = fullName.LastIndexOf('.');
        return (fullName, lastDot < 0 ? "" : fullName[..lastDot]);
    }

    private static void Register(Dictionary<string, AvroSchema> named, AvroSchema schema)
    {
        if (PrimitiveOrNull(schema.FullName) is not null || !named.TryAdd(schema.FullName, schema))
        {
            throw new FormatException($"type name {schema.FullName} is defined twice or is a primitive name");
        }
    }

    private static void ValidateName(string name)
    {
        bool valid = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        for (int i = 1; valid && i < name.Length; i++)
        {
            valid = char.IsAsciiLetterOrDigit(name[i]) || name[i] == '_';
        }

        if (!valid)
        {
            throw new FormatException($"invalid Avro name '{name}'");
        }
    }

    private static JsonElement Required(JsonElement node, string property) =>
        node.TryGetProperty(property, out JsonElement value) ? value : throw new FormatException($"missing \"{property}\"");

    private static string RequiredString(JsonElement node, string property) =>
        Required(node, property) is { ValueKind: JsonValueKind.String } value
            ? value.GetString()!
            : throw new FormatException($"\"{property}\" must be a string");

    private static JsonElement.ArrayEnumerator RequiredArray(JsonElement node, string property) =>
        Required(node, property) is { ValueKind: JsonValueKind.Array } value
            ? value.EnumerateArray()
            : throw new FormatException($"\"{property}\" must be an array");

    private static string? OptionalString(JsonElement node, string property) =>
        node.TryGetProperty(property, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
