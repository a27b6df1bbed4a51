namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The well-known development key pair (version 0). Published in the source, so it protects nothing: the demo, the
/// bench and tests use it, and every other role only when <c>Shredding:AllowDevelopmentKeys=true</c> asks for it.
/// </summary>
internal static class DevelopmentKeys
{
    /// <summary>The version reserved for the development pair.</summary>
    public const int Version = 0;

    /// <summary>The private key (PKCS#8 DER).</summary>
    public static readonly byte[] PrivateKey = Convert.FromBase64String(
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzdTQcVwgFKU2SqiFIoGc26OF8opot25abvWwqq0mFRqhRANCAASh6QB/59Mnguw1aMnWqHxMhUwtxQiKhZS8Tu/lyN0mkVyWlBMJJbFyzy6WP9snssXQmlZcKLHAwm0F6uHfIvnq");

    /// <summary>The public key (SubjectPublicKeyInfo DER).</summary>
    public static readonly byte[] PublicKey = Convert.FromBase64String(
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEoekAf+fTJ4LsNWjJ1qh8TIVMLcUIioWUvE7v5cjdJpFclpQTCSWxcs8ulj/bJ7LF0JpWXCixwMJtBerh3yL56g==");
}
