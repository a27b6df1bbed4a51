using System.Diagnostics.CodeAnalysis;

namespace Pipeline.Schemas.Codec;

/// <summary>Keeps throw sites out of the encoders' per-event loops.</summary>
internal static class ThrowHelper
{
    [DoesNotReturn]
    public static void InvalidValue(string what) =>
        throw new ArgumentException($"cannot encode: {what}");
}
