using System.Diagnostics.CodeAnalysis;
using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas.Codec;

/// <summary>
/// Compiles Avro schema resolution (writer schema against this build's reader schema) into plans the
/// hand-written decoders follow. Supports what compatible evolution needs: added and removed fields, reordered
/// fields, enum symbols matched by name (falling back to the reader's enum default), unions on either side,
/// and the promotions int to long and int, long or float to double. Anything else (including string/bytes
/// promotion and a writer union read as a plain value) is reported as incompatible.
/// </summary>
internal static class PlanCompiler
{
    /// <exception cref="IncompatibleSchemaException">The writer's record cannot be read as the reader's.</exception>
    public static RecordPlan Compile(AvroSchema writer, AvroSchema reader, RecordShape shape)
    {
        if (writer.Type != AvroType.Record || reader.Type != AvroType.Record)
        {
            throw new IncompatibleSchemaException("both schemas must be records");
        }

        if (ShortName(writer.FullName) != ShortName(reader.FullName))
        {
            throw new IncompatibleSchemaException($"record {writer.FullName} is not {reader.FullName}");
        }

        var steps = new FieldStep[writer.Fields.Count];
        for (int i = 0; i < steps.Length; i++)
        {
            AvroField field = writer.Fields[i];
            int readerIndex = reader.FieldIndex(field.Name);
            if (readerIndex < 0)
            {
                steps[i] = new FieldStep(-1, field.Schema, null);
                continue;
            }

            int target = shape.IndexOf(field.Name);
            if (target < 0)
            {
                // The reader schema has a field the decoder does not know: a bug in this build, not bad input.
                throw new InvalidOperationException($"decoder for {reader.FullName} does not handle field {field.Name}");
            }

            Resolution resolution = Resolve(field.Schema, reader.Fields[readerIndex].Schema, shape.Nested(field.Name));
            steps[i] = new FieldStep(target, field.Schema, resolution);
        }

        foreach (AvroField readerField in reader.Fields)
        {
            if (writer.FieldIndex(readerField.Name) < 0 && !readerField.HasDefault)
            {
                throw new IncompatibleSchemaException($"writer lacks {reader.FullName}.{readerField.Name}, which has no default");
            }
        }

        bool inOrder = steps.Length == reader.Fields.Count;
        for (int i = 0; inOrder && i < steps.Length; i++)
        {
            inOrder = steps[i].Target == i && IsVerbatim(steps[i].Resolution!);
        }

        return new RecordPlan(steps, MinBytes(writer), inOrder);
    }

    /// <summary>Whether a value resolves to itself: same type, same symbols and branches in the same order.</summary>
    private static bool IsVerbatim(Resolution resolution)
    {
        if (resolution.Writer.Type != resolution.Reader.Type || resolution.ReaderBranch >= 0 || resolution.Record is not null)
        {
            return false;
        }

        if (resolution.EnumMap is { } map)
        {
            for (int i = 0; i < map.Length; i++)
            {
                if (map[i] != i)
                {
                    return false;
                }
            }
        }

        if (resolution.BranchTargets is { } targets)
        {
            if (targets.Length != resolution.Reader.Branches.Count)
            {
                return false;
            }

            for (int i = 0; i < targets.Length; i++)
            {
                if (targets[i] != i || resolution.BranchResolutions![i] is not { } branch || !IsVerbatim(branch))
                {
                    return false;
                }
            }
        }

        return resolution.Items is null || IsVerbatim(resolution.Items);
    }

    /// <summary>The fewest bytes a value of <paramref name="schema"/> takes in Avro binary.</summary>
    public static int MinBytes(AvroSchema schema) => MinBytes(schema, 0);

    private static int MinBytes(AvroSchema schema, int depth)
    {
        if (depth > AvroBodyReader.MaxDepth)
        {
            // A recursive record: the bound only has to be low, never high.
            return 0;
        }

        switch (schema.Type)
        {
            case AvroType.Null:
                return 0;
            case AvroType.Float:
                return 4;
            case AvroType.Double:
                return 8;
            case AvroType.Fixed:
                return schema.Size;
            case AvroType.Union:
                int least = int.MaxValue;
                foreach (AvroSchema branch in schema.Branches)
                {
                    least = Math.Min(least, MinBytes(branch, depth + 1));
                }

                return 1 + (least == int.MaxValue ? 0 : least);
            case AvroType.Record:
                int sum = 0;
                foreach (AvroField field in schema.Fields)
                {
                    sum += MinBytes(field.Schema, depth + 1);
                }

                return sum;
            default:
                // boolean, int, long, enum, string, bytes, array and map take at least one byte.
                return 1;
        }
    }

    private static Resolution Resolve(AvroSchema writer, AvroSchema reader, RecordShape? shape)
    {
        if (writer.Type == AvroType.Union)
        {
            // The decoders read a writer union only into a reader union (the optional fields); a union written
            // where this build expects a plain value would need a branch check on every read of every field.
            if (reader.Type != AvroType.Union)
            {
                throw new IncompatibleSchemaException("writer union where the reader expects a plain value");
            }

            var targets = new int[writer.Branches.Count];
            var resolutions = new Resolution?[writer.Branches.Count];
            for (int i = 0; i < targets.Length; i++)
            {
                int match = FirstMatch(writer.Branches[i], reader);
                targets[i] = match;
                if (match >= 0 && TryResolve(writer.Branches[i], reader.Branches[match], shape, out Resolution? branch))
                {
                    resolutions[i] = branch;
                }
            }

            return new Resolution { Writer = writer, Reader = reader, BranchTargets = targets, BranchResolutions = resolutions };
        }

        if (reader.Type == AvroType.Union)
        {
            int match = FirstMatch(writer, reader);
            if (match < 0)
            {
                throw new IncompatibleSchemaException($"writer type {writer.Type} matches no branch of the reader's union");
            }

            Resolution inner = Resolve(writer, reader.Branches[match], shape);
            return new Resolution
            {
                Writer = writer,
                Reader = reader,
                ReaderBranch = match,
                BranchResolutions = [inner],
            };
        }

        return TryResolve(writer, reader, shape, out Resolution? resolution)
            ? resolution
            : throw new IncompatibleSchemaException($"writer type {writer.Type} {writer.FullName} cannot be read as {reader.Type} {reader.FullName}");
    }

    private static bool TryResolve(AvroSchema writer, AvroSchema reader, RecordShape? shape, [NotNullWhen(true)] out Resolution? resolution)
    {
        resolution = null;
        if (!Matches(writer, reader))
        {
            return false;
        }

        switch (reader.Type)
        {
            case AvroType.Enum:
                var map = new byte[writer.Symbols.Count];
                int fallback = reader.EnumDefault is null ? Resolution.NoSymbol : IndexOf(reader.Symbols, reader.EnumDefault);
                for (int i = 0; i < map.Length; i++)
                {
                    int index = IndexOf(reader.Symbols, writer.Symbols[i]);
                    map[i] = (byte)(index >= 0 ? index : fallback);
                }

                resolution = new Resolution { Writer = writer, Reader = reader, EnumMap = map };
                return true;
            case AvroType.Array:
            case AvroType.Map:
                resolution = new Resolution { Writer = writer, Reader = reader, Items = Resolve(writer.Items!, reader.Items!, shape) };
                return true;
            case AvroType.Record:
                if (shape is null)
                {
                    throw new InvalidOperationException($"decoder has no shape for nested record {reader.FullName}");
                }

                resolution = new Resolution { Writer = writer, Reader = reader, Record = Compile(writer, reader, shape) };
                return true;
            default:
                resolution = new Resolution { Writer = writer, Reader = reader };
                return true;
        }
    }

    /// <summary>Whether a writer type can be read as a reader type (both not unions).</summary>
    private static bool Matches(AvroSchema writer, AvroSchema reader)
    {
        if (writer.Type == reader.Type)
        {
            return writer.Type switch
            {
                AvroType.Record or AvroType.Enum => ShortName(writer.FullName) == ShortName(reader.FullName),
                AvroType.Fixed => ShortName(writer.FullName) == ShortName(reader.FullName) && writer.Size == reader.Size,
                _ => true,
            };
        }

        // int and long share the zigzag varint encoding, so that promotion needs no conversion; the promotions
        // to double are converted by AvroBodyReader.ReadDouble(Resolution).
        return (writer.Type == AvroType.Int && reader.Type == AvroType.Long)
            || (writer.Type is AvroType.Int or AvroType.Long or AvroType.Float && reader.Type == AvroType.Double);
    }

    private static int FirstMatch(AvroSchema writer, AvroSchema readerUnion)
    {
        for (int i = 0; i < readerUnion.Branches.Count; i++)
        {
            if (writer.Type == readerUnion.Branches[i].Type && Matches(writer, readerUnion.Branches[i]))
            {
                return i;
            }
        }

        for (int i = 0; i < readerUnion.Branches.Count; i++)
        {
            if (Matches(writer, readerUnion.Branches[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<string> symbols, string symbol)
    {
        for (int i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] == symbol)
            {
                return i;
            }
        }

        return -1;
    }

    private static string ShortName(string fullName) => fullName[(fullName.LastIndexOf('.') + 1)..];
}
