using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;
using Pipeline.Processing.Runner;
using Pipeline.Schemas.Model;

namespace Pipeline.Processing.Shredding;

/// <summary>
/// The person secrets of one raw partition. A person's batches all come through the partition that owns their route,
/// so this partition alone makes their secret: on first sight (first consented batch) it makes one, puts it into the
/// keys table at once, and writes it to the keys topic as an output of the open transaction, so the secret is on the
/// topic exactly when the outputs pseudonymised with it are. A secret not known to be on the topic for good (made
/// here in a transaction that aborted) is written again by the transaction that next uses it. A secret wrapped under
/// an older key pair is wrapped again under the current one on first use.
/// </summary>
internal sealed class PersonSecrets : IPersonSecrets
{
    private readonly KeysTable _table;
    private readonly TimeProvider _time;
    private readonly Action<string, byte[]> _write;
    private readonly List<SecretEntry> _written = [];

    /// <summary>Secrets of <paramref name="table"/> for one partition; <paramref name="write"/> produces a keys-topic record in its transaction.</summary>
    public PersonSecrets(KeysTable table, TimeProvider time, Action<string, byte[]> write)
    {
        _table = table;
        _time = time;
        _write = write;
    }

    /// <summary>Secrets this partition made since it was assigned.</summary>
    public long Made { get; private set; }

    /// <inheritdoc/>
    /// <exception cref="ProcessorStoppedException">The person's secret is on the keys topic but does not unwrap: a key pair this processor lacks, or a damaged record.</exception>
    public PersonSecret Resolve(string subject)
    {
        SecretEntry? entry = _table.FindSecret(subject, out string recordKey);
        if (entry is null)
        {
            PersonSecret made = PersonSecret.Create(subject);
            entry = _table.AddLocalSecret(recordKey, Wrap(recordKey, made), made);
            Made++;
        }
        else if (entry.Secret is null)
        {
            PersonSecret secret = _table.UnwrapSecret(entry, subject) ?? throw new ProcessorStoppedException(ProcessorStopReason.Misconfigured,
                $"a person secret on the keys topic does not unwrap (wrapped for key pair version {entry.Wrapped.WrappingVersion}): configure that version's private key (Shredding:PrivateKeys); refusing to make a second secret for the person", null);
            entry.Secret = secret;
            if (entry.Wrapped.WrappingVersion != _table.Ring.Current.Version)
            {
                // Key pair rotation: once every secret is wrapped under the new pair, the old private key can go.
                entry = _table.AddLocalSecret(recordKey, Wrap(recordKey, secret), secret);
            }
        }

        if (!entry.Durable && !_written.Contains(entry))
        {
            _write(recordKey, entry.Value);
            _written.Add(entry);
        }

        return entry.Secret!;
    }

    /// <inheritdoc/>
    public string RecordKeyOf(PersonSecret person) => _table.SecretRecordKeyOf(person.Subject);

    /// <summary>The open transaction committed: what it wrote is on the topic for good.</summary>
    public void Committed()
    {
        foreach (SecretEntry entry in _written)
        {
            entry.Durable = true;
        }

        _written.Clear();
    }

    /// <summary>The open transaction aborted: its secrets stay in the table and the replay writes them again.</summary>
    public void Aborted() => _written.Clear();

    private byte[] Wrap(string recordKey, PersonSecret secret)
    {
        string tag = recordKey[(RecordKeys.RouteLength + 3)..];
        byte[] material = secret.Value.ToArray();
        try
        {
            return WrappedKeys.Wrap(_table.Ring.Current, WrappedKeyKind.PersonSecret, recordKey, tag,
                new KeyMaterial(material, secret.Subject, null), _time.GetUtcNow().ToUnixTimeMilliseconds() * 1000);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(material);
        }
    }
}
