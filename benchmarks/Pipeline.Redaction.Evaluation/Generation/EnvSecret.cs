namespace Pipeline.Redaction.Evaluation.Generation;

/// <summary>An environment variable that holds a secret, and the shape of the value that goes in it.</summary>
internal sealed record EnvSecret(string Name, string ValueShape);
