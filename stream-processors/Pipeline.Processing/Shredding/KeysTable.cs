using System.Security.Cryptography;
using System.Text;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Schemas;
using Pipeline.Schemas.Codec;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Shredding;

/// <summary>
/// The keys topic as a table, read whole by every processor instance like the consent table: the devices' data keys
/// by id and the people's secrets by record key, kept wrapped as read and unwrapped on first use (data keys into a
/// bounded cache, <see cref="UnsealingOptions.DataKeyCacheCapacity"/>). A tombstone removes a key or a secret; a
/// removed secret is handed to the partitions (<see cref="TakeErased"/>) so they forget the person's sessions. Not
/// thread-safe: the processing loop owns it.
/// </summary>
public sealed class KeysTable : IDisposable
{
    // Raw subject ids whose secret's record key is remembered: two HMACs saved per batch. Past this the map starts over.
    private const int SubjectCacheCapacity = 100_000;

    // Key ids known to be erased (missing after the keys topic was read to its end). Past this the set starts over,
    // and such a key costs one more read to the end.
    private const int MissingCapacity = 100_000;

    private readonly int _cacheCapacity;
    private readonly Dictionary<string, DataKeyEntry> _dataKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SecretEntry> _secrets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _secretKeyBySubject = new(StringComparer.Ordinal);
    private readonly HashSet<string> _missing = new(StringComparer.Ordinal);
    private readonly List<PersonSecret> _erased = [];
    private readonly DecodeContext _context = new(SchemaCatalog.Shipped);
    private int _unwrapped;

    // The entry of the last key found, by the key id's instance: a raw partition reads runs of one device's batches,
    // and the decoder's string pool hands out one instance per key id, so most lookups skip hashing the id.
    private string? _lastKeyId;
    private DataKeyEntry? _lastEntry;

    /// <summary>A table that unwraps with <paramref name="options"/>' private keys.</summary>
    public KeysTable(UnsealingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Ring = new ProcessingKeyRing(options);
        Router = new SubjectRouter(options.Routing);
        _cacheCapacity = options.DataKeyCacheCapacity;
    }

    /// <summary>The private keys, and the current public key new person secrets are wrapped under.</summary>
    public ProcessingKeyRing Ring { get; }

    /// <summary>The fleet's routing, to find a person's secret by their raw id.</summary>
    public SubjectRouter Router { get; }

    /// <summary>Data keys on record.</summary>
    public int DataKeys => _dataKeys.Count;

    /// <summary>Person secrets on record.</summary>
    public int PersonSecrets => _secrets.Count;

    /// <summary>Keys-topic records that were not a data key or a person secret this build can read (skipped).</summary>
    public long UnreadableRecords { get; private set; }

    /// <summary>Takes in one keys-topic record; a null value is a tombstone.</summary>
    public void Apply(byte[]? recordKey, byte[]? value)
    {
        if (recordKey is null)
        {
            UnreadableRecords++;
            return;
        }

        string key = Encoding.UTF8.GetString(recordKey);
        if (RecordKeys.IsDataKey(key))
        {
            ApplyDataKey(key, recordKey, value);
        }
        else if (RecordKeys.IsPersonSecret(key))
        {
            ApplySecret(key, value);
        }
        else
        {
            UnreadableRecords++;
        }
    }

    /// <summary>
    /// Whether the table must be brought up to date before <paramref name="value"/> (a raw record) can be judged: it is
    /// a sealed batch whose key is neither on record nor known to be erased.
    /// </summary>
    public bool NeedsCatchUp(ReadOnlySpan<byte> value) => KeyIdOf(value) is { } id && !_dataKeys.ContainsKey(id) && !_missing.Contains(id);

    /// <summary>
    /// After the keys topic was read to its end: a sealed batch's key that is still not on record is erased (its device
    /// published it, acknowledged, before sealing anything under it), and is remembered as such.
    /// </summary>
    public void SettleAfterCatchUp(ReadOnlySpan<byte> value)
    {
        if (KeyIdOf(value) is { } id && !_dataKeys.ContainsKey(id))
        {
            MarkMissing(id);
        }
    }

    /// <summary>
    /// The data key <paramref name="keyId"/> for a batch under the route <paramref name="route"/>, unwrapped (cached);
    /// with the raw subject and device it belongs to.
    /// </summary>
    public DataKeyLookup Find(string keyId, ReadOnlySpan<byte> route, out DataKey? key, out string subject, out string device)
    {
        key = null;
        subject = "";
        device = "";
        DataKeyEntry? entry;
        if (ReferenceEquals(keyId, _lastKeyId))
        {
            entry = _lastEntry!;
        }
        else if (_dataKeys.TryGetValue(keyId, out entry))
        {
            _lastKeyId = keyId;
            _lastEntry = entry;
        }
        else
        {
            return DataKeyLookup.Missing;
        }

        if (entry.Unusable || !RouteMatches(entry.Route, route))
        {
            return DataKeyLookup.Unusable;
        }

        if (entry.Key is null && !Unwrap(keyId, entry))
        {
            return DataKeyLookup.Unusable;
        }

        key = entry.Key;
        subject = entry.Subject!;
        device = entry.Device!;
        return DataKeyLookup.Found;
    }

    /// <summary>Whether <paramref name="keyId"/> is known to be erased (missing after the keys topic was read to its end, or tombstoned).</summary>
    internal bool IsKnownMissing(string keyId) => _missing.Contains(keyId);

    /// <summary>Moves the secrets removed by tombstones since the last call (unwrapped, with their raw id) into <paramref name="into"/>.</summary>
    public void TakeErased(List<PersonSecret> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        into.AddRange(_erased);
        _erased.Clear();
    }

    /// <summary>Clears every unwrapped key from memory and releases the private keys.</summary>
    public void Dispose()
    {
        foreach (DataKeyEntry entry in _dataKeys.Values)
        {
            entry.Key?.Dispose();
        }

        Ring.Dispose();
    }

    /// <summary>The secret entry of <paramref name="subject"/> and its record key; null when the person has none.</summary>
    internal SecretEntry? FindSecret(string subject, out string recordKey)
    {
        recordKey = SecretRecordKeyOf(subject);
        return _secrets.GetValueOrDefault(recordKey);
    }

    /// <summary>The keys-topic record key of <paramref name="subject"/>'s secret (cached: two HMACs saved per batch).</summary>
    internal string SecretRecordKeyOf(string subject)
    {
        if (!_secretKeyBySubject.TryGetValue(subject, out string? key))
        {
            if (_secretKeyBySubject.Count >= SubjectCacheCapacity)
            {
                _secretKeyBySubject.Clear();
            }

            key = Router.PersonSecretKeyOf(subject);
            _secretKeyBySubject.Add(subject, key);
        }

        return key;
    }

    /// <summary>
    /// Whether the person secret now under <paramref name="owner"/>'s record key is the one its pseudonym
    /// <paramref name="pseudonym"/> was derived from: false when the secret is tombstoned (the person was erased) or was
    /// made again since (erased and re-enrolled); true too when this table cannot judge (a key version or key pair not
    /// configured here), as state is only ever forgotten on evidence of an erasure. Unwraps a secret not yet unwrapped
    /// without keeping it: the person's own batches bind it to their raw id when they come.
    /// </summary>
    internal bool IsLiveOwner(SubjectOwner owner, string pseudonym, Pseudonymizer pseudonymizer)
    {
        if (!_secrets.TryGetValue(owner.SecretRecordKey, out SecretEntry? entry))
        {
            return false;
        }

        if (!pseudonymizer.Versions.Contains(owner.KeyVersion))
        {
            return true;
        }

        PersonSecret? secret = entry.Secret ?? UnwrapAny(entry);
        return secret is null || string.Equals(pseudonymizer.Subject(secret, owner.KeyVersion), pseudonym, StringComparison.Ordinal);
    }

    /// <summary>Puts a secret this process made (or wrapped again) into the table at once, before it is on the topic.</summary>
    internal SecretEntry AddLocalSecret(string recordKey, byte[] value, PersonSecret secret)
    {
        if (!WrappedKeyCodec.TryRead(value, _context, out WrappedKey? wrapped, out _))
        {
            throw new InvalidOperationException("a secret written here does not decode");
        }

        var entry = new SecretEntry(recordKey, value, wrapped) { Secret = secret, Durable = false };
        _secrets[recordKey] = entry;
        return entry;
    }

    /// <summary>Unwraps a secret entry of <paramref name="subject"/>; null when it does not unwrap or names someone else.</summary>
    internal PersonSecret? UnwrapSecret(SecretEntry entry, string subject)
    {
        if (!WrappedKeys.TryUnwrap(Ring, Encoding.UTF8.GetBytes(entry.RecordKey), entry.Wrapped, out KeyMaterial? material))
        {
            return null;
        }

        try
        {
            return material.Secret.Length == PersonSecret.SecretBytes && string.Equals(material.Subject, subject, StringComparison.Ordinal)
                ? new PersonSecret(subject, material.Secret)
                : null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material.Secret);
        }
    }

    private void ApplyDataKey(string key, byte[] recordKey, byte[]? value)
    {
        string id = key[(RecordKeys.RouteLength + 3)..];
        if (value is null)
        {
            _lastKeyId = null;
            _lastEntry = null;
            if (_dataKeys.Remove(id, out DataKeyEntry? gone) && gone.Key is not null)
            {
                gone.Key.Dispose();
                _unwrapped--;
            }

            MarkMissing(id);
            return;
        }

        if (!WrappedKeyCodec.TryRead(value, _context, out WrappedKey? wrapped, out _) || wrapped.Kind != WrappedKeyKind.DataKey
            || !string.Equals(wrapped.KeyId, id, StringComparison.Ordinal) || !DataKey.IsKeyId(id))
        {
            UnreadableRecords++;
            return;
        }

        // A key id is random and published once; a repeat (a re-sent spool record) keeps the entry and what it unwrapped.
        _dataKeys.TryAdd(id, new DataKeyEntry(key[..RecordKeys.RouteLength], recordKey, wrapped));
        _missing.Remove(id);
    }

    private void ApplySecret(string key, byte[]? value)
    {
        if (value is null)
        {
            if (_secrets.Remove(key, out SecretEntry? gone))
            {
                PersonSecret? secret = gone.Secret ?? UnwrapAny(gone);
                if (secret is not null)
                {
                    _erased.Add(secret);
                }
            }

            return;
        }

        if (!WrappedKeyCodec.TryRead(value, _context, out WrappedKey? wrapped, out _) || wrapped.Kind != WrappedKeyKind.PersonSecret
            || !key.AsSpan(RecordKeys.RouteLength + 3).SequenceEqual(wrapped.KeyId))
        {
            UnreadableRecords++;
            return;
        }

        if (_secrets.TryGetValue(key, out SecretEntry? existing) && existing.Value.AsSpan().SequenceEqual(value))
        {
            // What this process wrote, read back (or the same value again): it is on the topic for good.
            existing.Durable = true;
            return;
        }

        _secrets[key] = new SecretEntry(key, value, wrapped) { Durable = true };
    }

    /// <summary>A removed secret's owner, to forget their sessions: the raw id is only inside the wrapped value.</summary>
    private PersonSecret? UnwrapAny(SecretEntry entry)
    {
        if (!WrappedKeys.TryUnwrap(Ring, Encoding.UTF8.GetBytes(entry.RecordKey), entry.Wrapped, out KeyMaterial? material))
        {
            return null;
        }

        try
        {
            return material.Secret.Length == PersonSecret.SecretBytes && material.Subject.Length > 0 ? new PersonSecret(material.Subject, material.Secret) : null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material.Secret);
        }
    }

    private bool Unwrap(string keyId, DataKeyEntry entry)
    {
        if (!WrappedKeys.TryUnwrap(Ring, entry.RecordKey, entry.Wrapped, out KeyMaterial? material))
        {
            entry.Unusable = true;
            return false;
        }

        try
        {
            if (material.Secret.Length != DataKey.KeyBytes || material.Subject.Length == 0 || material.Device is null)
            {
                entry.Unusable = true;
                return false;
            }

            if (_unwrapped >= _cacheCapacity)
            {
                // Starting over is simpler than LRU bookkeeping: each live key costs one more unwrap afterwards.
                foreach (DataKeyEntry cached in _dataKeys.Values)
                {
                    cached.Key?.Dispose();
                    cached.Key = null;
                }

                _unwrapped = 0;
            }

            entry.Key = DataKey.FromMaterial(keyId, material.Secret);
            entry.Subject = material.Subject;
            entry.Device = material.Device;
            _unwrapped++;
            return true;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material.Secret);
        }
    }

    private void MarkMissing(string keyId)
    {
        if (_missing.Count >= MissingCapacity)
        {
            _missing.Clear();
        }

        _missing.Add(keyId);
    }

    private string? KeyIdOf(ReadOnlySpan<byte> value) =>
        !value.IsEmpty && SealedBatchCodec.TryRead(value, _context, out SealedBatch batch, out _) ? batch.KeyId : null;

    private static bool RouteMatches(string route, ReadOnlySpan<byte> batchRoute)
    {
        if (batchRoute.Length != route.Length)
        {
            return false;
        }

        for (int i = 0; i < route.Length; i++)
        {
            if (batchRoute[i] != route[i])
            {
                return false;
            }
        }

        return true;
    }
}
