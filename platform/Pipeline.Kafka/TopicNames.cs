namespace Pipeline.Kafka;

/// <summary>The topics of the pipeline. Defaults follow DESIGN.md; every name is configurable.</summary>
public sealed record TopicNames
{
    public string Raw { get; init; } = "interaction.raw.v1";
    public string Consent { get; init; } = "interaction.consent.v1";
    public string Clean { get; init; } = "interaction.clean.v1";
    public string Sessions { get; init; } = "interaction.sessions.v1";
    public string Idle { get; init; } = "interaction.idle.v1";
    public string Actions { get; init; } = "interaction.actions.v1";
    public string DeadLetter { get; init; } = "interaction.dlq.v1";
    public string ProcessorState { get; init; } = "interaction.processor-state.v1";

    /// <summary>
    /// Wrapped data keys (written by agents) and person secrets (written by processors), compacted: erasing a person
    /// tombstones theirs, which crypto-shreds what stays of them on the raw and dead-letter topics.
    /// </summary>
    public string Keys { get; init; } = "interaction.keys.v1";

    /// <summary>Rejects empty or invalid names with a one-line reason.</summary>
    public void Validate()
    {
        foreach ((string field, string value) in new[]
        {
            (nameof(Raw), Raw), (nameof(Consent), Consent), (nameof(Clean), Clean), (nameof(Sessions), Sessions),
            (nameof(Idle), Idle), (nameof(Actions), Actions), (nameof(DeadLetter), DeadLetter), (nameof(ProcessorState), ProcessorState), (nameof(Keys), Keys),
        })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 249)
            {
                throw new ArgumentException($"topic name for {field} must be 1 to 249 characters");
            }

            foreach (char c in value)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
                {
                    throw new ArgumentException($"topic name for {field} ('{value}') may contain only ASCII letters, digits, '.', '_' and '-'");
                }
            }
        }
    }
}
