using Pipeline.Privacy.Pseudonyms;

namespace Pipeline.Processing.Shredding;

/// <summary>Where the scrubbing stage gets a person's pseudonym secret: the partition's keys (the runner), a fixed set (tests, benchmarks).</summary>
public interface IPersonSecrets
{
    /// <summary>The secret of the person with raw id <paramref name="subject"/>, made on first sight.</summary>
    PersonSecret Resolve(string subject);
}
