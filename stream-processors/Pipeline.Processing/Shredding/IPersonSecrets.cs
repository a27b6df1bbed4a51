using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Processing.Shredding;

/// <summary>Where the scrubbing stage gets a person's pseudonym secret: the partition's keys (the runner), a fixed set (tests, benchmarks).</summary>
public interface IPersonSecrets
{
    /// <summary>The secret of the person with raw id <paramref name="subject"/>, made on first sight.</summary>
    PersonSecret Resolve(string subject);

    /// <summary>
    /// The keys-topic record key <paramref name="person"/>'s secret lives under, recorded beside their state so a
    /// restore can tell whether they were erased meanwhile; null where secrets do not live on a keys topic (fixed
    /// sets), and then the state carries no owner.
    /// </summary>
    string? RecordKeyOf(PersonSecret person) => null;
}
