namespace Pipeline.Schemas.Codec;

/// <summary>
/// What a decoder needs beyond the input: the schemas it resolves writer fingerprints against, the safety limits,
/// the read plans compiled per writer version, and a small pool that interns repeated strings. Create one per
/// consuming thread and reuse it; it is not thread-safe. The codecs' overloads without a context use one per
/// thread over <see cref="SchemaCatalog.Shipped"/>.
/// </summary>
public sealed class DecodeContext
{
    [ThreadStatic]
    private static DecodeContext? s_perThread;

    private readonly Dictionary<ulong, CompiledPlan> _plans = [];

    /// <summary>Creates a context over <paramref name="catalog"/> with <paramref name="limits"/> (defaults if null).</summary>
    public DecodeContext(SchemaCatalog catalog, DecodeLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        limits ??= DecodeLimits.Default;
        limits.Validate();
        Catalog = catalog;
        Limits = limits;
    }

    /// <summary>The schemas writer fingerprints are resolved against; the current versions are the reader schemas.</summary>
    public SchemaCatalog Catalog { get; }

    /// <summary>The caps on lengths and counts, validated.</summary>
    public DecodeLimits Limits { get; }

    internal Utf8StringPool Strings { get; } = new();

    internal static DecodeContext PerThread => s_perThread ??= new DecodeContext(SchemaCatalog.Shipped);

    /// <summary>
    /// Checks the single-object header of <paramref name="input"/>, resolves the writer's schema and returns the
    /// compiled plan for reading it as the current <paramref name="recordName"/>.
    /// </summary>
    internal bool TryBeginRead(ReadOnlySpan<byte> input, string recordName, RecordShape shape, out RecordPlan plan, out DecodeError error)
    {
        plan = null!;
        if (input.Length < SingleObject.HeaderLength)
        {
            bool magicSoFar = input.Length == 0 || (input[0] == SingleObject.Marker0 && (input.Length < 2 || input[1] == SingleObject.Marker1));
            error = magicSoFar
                ? new DecodeError(DecodeErrorKind.Truncated, "input shorter than the single-object header")
                : new DecodeError(DecodeErrorKind.BadMagic, "not single-object encoded (no C3 01 marker)");
            return false;
        }

        if (input[0] != SingleObject.Marker0 || input[1] != SingleObject.Marker1)
        {
            error = new DecodeError(DecodeErrorKind.BadMagic, "not single-object encoded (no C3 01 marker)");
            return false;
        }

        ulong fingerprint = SingleObject.FingerprintOf(input);
        if (!_plans.TryGetValue(fingerprint, out CompiledPlan compiled))
        {
            if (!Catalog.TryResolve(fingerprint, out SchemaEntry? entry))
            {
                // Not cached: garbage fingerprints must not grow the cache.
                error = new DecodeError(DecodeErrorKind.UnknownFingerprint, $"writer schema fingerprint {fingerprint:x16} is not shipped with this build");
                return false;
            }

            if (entry.RecordName != recordName)
            {
                error = new DecodeError(DecodeErrorKind.WrongRecordType, $"value is a {entry.RecordName}, expected {recordName}");
                return false;
            }

            // Compiled only for its own record's decoder, so the shape always fits the reader schema.
            compiled = Compile(entry, shape);
            _plans[fingerprint] = compiled;
        }

        if (compiled.RecordName != recordName)
        {
            error = new DecodeError(DecodeErrorKind.WrongRecordType, $"value is a {compiled.RecordName}, expected {recordName}");
            return false;
        }

        if (compiled.Plan is null)
        {
            error = new DecodeError(DecodeErrorKind.IncompatibleSchema, compiled.Problem!);
            return false;
        }

        plan = compiled.Plan;
        error = default;
        return true;
    }

    private CompiledPlan Compile(SchemaEntry writer, RecordShape shape)
    {
        SchemaEntry reader;
        try
        {
            reader = Catalog.Current(writer.RecordName);
        }
        catch (KeyNotFoundException)
        {
            return new CompiledPlan(writer.RecordName, null, "this build has no reader for " + writer.RecordName);
        }

        try
        {
            return new CompiledPlan(writer.RecordName, PlanCompiler.Compile(writer.Schema, reader.Schema, shape), null);
        }
        catch (IncompatibleSchemaException e)
        {
            return new CompiledPlan(writer.RecordName, null, $"writer version {writer.Version} of {writer.RecordName}: {e.Message}");
        }
    }

    private readonly record struct CompiledPlan(string RecordName, RecordPlan? Plan, string? Problem);
}
