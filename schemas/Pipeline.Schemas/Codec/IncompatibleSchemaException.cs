namespace Pipeline.Schemas.Codec;

/// <summary>A writer schema cannot be resolved against this build's reader schema.</summary>
internal sealed class IncompatibleSchemaException(string message) : Exception(message);
