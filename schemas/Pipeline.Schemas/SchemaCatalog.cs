using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using System.Text;
using Pipeline.Schemas.Avro;

namespace Pipeline.Schemas;

/// <summary>
/// The record schemas this build ships (the current <c>schemas/*.avsc</c> and every copy under
/// <c>schemas/released/vN</c>), with their Parsing Canonical Form and CRC-64-AVRO fingerprint, so a reader can
/// resolve the writer's schema from the fingerprint in a single-object encoded value. Immutable and thread-safe.
/// </summary>
public sealed class SchemaCatalog
{
    private const string CurrentPrefix = "schemas/";
    private const string ReleasedPrefix = "released/v";

    private static readonly Lazy<SchemaCatalog> s_shipped = new(LoadEmbedded);

    private readonly Dictionary<ulong, SchemaEntry> _byFingerprint;
    private readonly Dictionary<string, SchemaEntry> _current;

    private SchemaCatalog(List<SchemaEntry> entries)
    {
        Entries = entries;
        _byFingerprint = new Dictionary<ulong, SchemaEntry>(entries.Count);
        _current = new Dictionary<string, SchemaEntry>(StringComparer.Ordinal);
        foreach (SchemaEntry entry in entries)
        {
            if (!_byFingerprint.TryAdd(entry.Fingerprint, entry))
            {
                throw new InvalidOperationException($"two schemas share fingerprint {entry.Fingerprint:x16} ({entry.RecordName})");
            }

            if (entry.IsCurrent && !_current.TryAdd(entry.RecordName, entry))
            {
                throw new InvalidOperationException($"two current schemas for {entry.RecordName}");
            }
        }
    }

    /// <summary>The schemas embedded in this assembly: what this build reads and writes.</summary>
    public static SchemaCatalog Shipped => s_shipped.Value;

    /// <summary>Every known version of every record, current and released.</summary>
    public IReadOnlyList<SchemaEntry> Entries { get; }

    /// <summary>
    /// Builds a catalog from schema texts: the current version of each record and its released versions.
    /// A current schema identical (by fingerprint) to a released one is that version; otherwise it is the next.
    /// </summary>
    /// <exception cref="FormatException">A schema does not parse or is not a record.</exception>
    public static SchemaCatalog Create(IEnumerable<string> currentSchemas, IEnumerable<KeyValuePair<int, string>> releasedSchemas)
    {
        ArgumentNullException.ThrowIfNull(currentSchemas);
        ArgumentNullException.ThrowIfNull(releasedSchemas);
        var entries = new List<SchemaEntry>();
        foreach ((int version, string json) in releasedSchemas)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
            entries.Add(Describe(json, version, isReleased: true, isCurrent: false));
        }

        foreach (string json in currentSchemas)
        {
            SchemaEntry current = Describe(json, 0, isReleased: false, isCurrent: true);
            int same = entries.FindIndex(e => e.Fingerprint == current.Fingerprint);
            if (same >= 0)
            {
                entries[same] = entries[same] with { IsCurrent = true };
                continue;
            }

            int latest = 0;
            foreach (SchemaEntry e in entries)
            {
                if (e.RecordName == current.RecordName)
                {
                    latest = Math.Max(latest, e.Version);
                }
            }

            entries.Add(current with { Version = latest + 1 });
        }

        return new SchemaCatalog(entries);
    }

    /// <summary>
    /// A catalog that also resolves <paramref name="schemaJson"/> as a writer schema: for example a newer
    /// version of a record, so that this build (an old reader) reads data written under it, skipping the
    /// fields it does not know.
    /// </summary>
    public SchemaCatalog WithWriterSchema(string schemaJson, int version)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(version);
        var entries = new List<SchemaEntry>(Entries) { Describe(schemaJson, version, isReleased: false, isCurrent: false) };
        return new SchemaCatalog(entries);
    }

    /// <summary>Finds the schema a writer used from the fingerprint it sent.</summary>
    public bool TryResolve(ulong fingerprint, [NotNullWhen(true)] out SchemaEntry? entry) =>
        _byFingerprint.TryGetValue(fingerprint, out entry);

    /// <summary>The version of <paramref name="recordName"/> this build writes.</summary>
    /// <exception cref="KeyNotFoundException">The catalog has no such record.</exception>
    public SchemaEntry Current(string recordName) =>
        _current.TryGetValue(recordName, out SchemaEntry? entry)
            ? entry
            : throw new KeyNotFoundException($"no current schema for record {recordName}");

    /// <summary>The Parsing Canonical Form of a schema given as JSON.</summary>
    /// <exception cref="FormatException">The JSON is not a valid Avro schema.</exception>
    public static string ToCanonicalForm(string schemaJson) => CanonicalForm.Of(AvroSchemaParser.Parse(schemaJson));

    /// <summary>The CRC-64-AVRO fingerprint of a schema's canonical form.</summary>
    public static ulong FingerprintOf(string schemaJson) => AvroFingerprint.Compute(Encoding.UTF8.GetBytes(ToCanonicalForm(schemaJson)));

    private static SchemaEntry Describe(string json, int version, bool isReleased, bool isCurrent)
    {
        AvroSchema schema = AvroSchemaParser.Parse(json);
        if (schema.Type != AvroType.Record)
        {
            throw new FormatException("a shipped schema must be a record");
        }

        string canonical = CanonicalForm.Of(schema);
        ulong fingerprint = AvroFingerprint.Compute(Encoding.UTF8.GetBytes(canonical));
        return new SchemaEntry(schema.FullName, version, isReleased, isCurrent, fingerprint, canonical, json) { Schema = schema };
    }

    private static SchemaCatalog LoadEmbedded()
    {
        Assembly assembly = typeof(SchemaCatalog).Assembly;
        var current = new List<string>();
        var released = new List<KeyValuePair<int, string>>();
        foreach (string name in assembly.GetManifestResourceNames())
        {
            if (!name.EndsWith(".avsc", StringComparison.Ordinal))
            {
                continue;
            }

            string json = ReadResource(assembly, name);
            string normalized = name.Replace('\\', '/');
            if (normalized.StartsWith(CurrentPrefix, StringComparison.Ordinal))
            {
                current.Add(json);
            }
            else if (normalized.StartsWith(ReleasedPrefix, StringComparison.Ordinal))
            {
                int slash = normalized.IndexOf('/', ReleasedPrefix.Length);
                int version = int.Parse(normalized.AsSpan(ReleasedPrefix.Length, slash - ReleasedPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
                released.Add(new KeyValuePair<int, string>(version, json));
            }
        }

        return Create(current, released);
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using Stream stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
