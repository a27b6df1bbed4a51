using Confluent.Kafka;
using Pipeline.Host.Hosting;
using Pipeline.Kafka;
using Pipeline.Lake.Governance;
using Pipeline.Privacy.Pseudonyms;
using Pipeline.Privacy.Shredding;

namespace Pipeline.Host.Commands;

/// <summary>
/// The one derivation of a person's pseudonyms from their raw id, for every command that must find what the lake holds
/// of them (<c>lake erase</c>, <c>lake export</c>): their secret from the keys topic (<see cref="SubjectKeys"/>), opened
/// with the processing private keys (<c>Shredding</c>), and every configured pseudonym key version
/// (<see cref="Pseudonymizer.AllSubjectPseudonyms"/>), exactly as the processor derived them. Without the secret
/// (erased, or never processed) there are none: nothing in the lake or the clean topics can be linked to them.
/// </summary>
internal static class SubjectPseudonyms
{
    /// <summary>How long reading the person's keys partition may take.</summary>
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    /// <summary>The person's records on the keys topic and their pseudonyms (empty without a secret).</summary>
    public sealed record Lookup(SubjectKeys Keys, IReadOnlyList<string> Pseudonyms);

    /// <summary>Finds <paramref name="subject"/>'s secret and keys through <paramref name="kafka"/> and derives their pseudonyms.</summary>
    /// <exception cref="CliException">The keys are not configured (exit 2), or the keys topic cannot be read (exit 1).</exception>
    public static Lookup Resolve(HostContext host, KafkaClientSettings kafka, string subject)
    {
        ArgumentNullException.ThrowIfNull(host);
        PseudonymOptions keys = PseudonymConfiguration.Load(host.Configuration, developmentKeyByDefault: false);
        UnsealingOptions unsealing = ShreddingConfiguration.Unsealing(host.Configuration, developmentKeysByDefault: false);
        return Resolve(host, kafka, subject, keys, unsealing);
    }

    /// <summary>
    /// The same with keys the caller already holds (the demo, whose development keys are its default where the lake
    /// commands refuse them).
    /// </summary>
    /// <exception cref="CliException">The keys topic cannot be read (exit 1).</exception>
    public static Lookup Resolve(HostContext host, KafkaClientSettings kafka, string subject, PseudonymOptions keys, UnsealingOptions unsealing)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(kafka);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(unsealing);
        SubjectKeys found;
        try
        {
            found = SubjectKeys.Find(kafka, host.Topics.Keys, unsealing, subject, s_timeout, host.Time);
        }
        catch (Exception ex) when (ex is KafkaException or TimeoutException)
        {
            throw new CliException($"cannot read {host.Topics.Keys} to find the person's secret: {CliException.FirstLine(ex.Message)}", ex, ExitCodes.Failed);
        }

        IReadOnlyList<string> pseudonyms = found.Secret is { } secret ? new Pseudonymizer(keys).AllSubjectPseudonyms(secret) : [];
        return new Lookup(found, pseudonyms);
    }
}
