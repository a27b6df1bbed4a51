namespace Pipeline.Schemas.Model;

/// <summary>The plaintext inside a <see cref="WrappedKey"/> (Avro <c>KeyMaterial</c>): the secret and whose it is.</summary>
/// <param name="Secret">The data key or the person secret.</param>
/// <param name="Subject">The raw subject id it belongs to.</param>
/// <param name="Device">For a data key, the raw id of the device that made it; null for a person secret.</param>
public sealed record KeyMaterial(byte[] Secret, string Subject, string? Device);
