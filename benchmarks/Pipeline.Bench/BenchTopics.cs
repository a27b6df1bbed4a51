using Pipeline.Kafka;

namespace Pipeline.Bench;

/// <summary>Fresh topics per stage and run, so stages never read each other's data and reruns start clean.</summary>
internal sealed record BenchTopics(string RunId, int Partitions)
{
    public TopicNames For(string stage) => new()
    {
        Raw = $"bench.{RunId}.{stage}.raw",
        Consent = $"bench.{RunId}.{stage}.consent",
        Clean = $"bench.{RunId}.{stage}.clean",
        Sessions = $"bench.{RunId}.{stage}.sessions",
        Idle = $"bench.{RunId}.{stage}.idle",
        Actions = $"bench.{RunId}.{stage}.actions",
        DeadLetter = $"bench.{RunId}.{stage}.dlq",
        ProcessorState = $"bench.{RunId}.{stage}.state",
    };
}
