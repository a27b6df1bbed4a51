using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// What can be known of a subject without their keys, under the fleet's routing secret: the routing bucket (the
/// route is the raw topic's record key, so every device of a person lands in one partition, in order) and the person
/// tag (the keys-topic key of their secret). Both are HMAC-SHA256 of the raw id in their own domain. Thread-safe.
/// </summary>
public sealed class SubjectRouter
{
    /// <summary>Characters of a person tag: 128 bits in lowercase hex.</summary>
    public const int PersonTagLength = 32;

    private static readonly byte[] s_bucketDomain = "bucket\0"u8.ToArray();
    private static readonly byte[] s_personDomain = "person\0"u8.ToArray();

    private readonly byte[] _secret;

    /// <summary>A router under <paramref name="options"/>' secret and bucket count.</summary>
    public SubjectRouter(RoutingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _secret = options.Secret;
        Buckets = options.Buckets;
    }

    /// <summary>The number of routing buckets.</summary>
    public int Buckets { get; }

    /// <summary>The routing bucket of <paramref name="subject"/>.</summary>
    public int BucketOf(string subject)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(s_bucketDomain, subject, mac);
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(mac) % (ulong)Buckets);
    }

    /// <summary>The route of <paramref name="subject"/>: the record key of their batches (<see cref="RecordKeys.Route"/>).</summary>
    public string RouteOf(string subject) => RecordKeys.Route(BucketOf(subject));

    /// <summary>The person tag of <paramref name="subject"/>, naming their secret on the keys topic.</summary>
    public string PersonTagOf(string subject)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Mac(s_personDomain, subject, mac);
        return Convert.ToHexStringLower(mac[..(PersonTagLength / 2)]);
    }

    /// <summary>The keys-topic record key of <paramref name="subject"/>'s secret.</summary>
    public string PersonSecretKeyOf(string subject) => RecordKeys.PersonSecret(RouteOf(subject), PersonTagOf(subject));

    private void Mac(byte[] domain, string subject, Span<byte> mac)
    {
        ArgumentException.ThrowIfNullOrEmpty(subject);
        int length = domain.Length + Encoding.UTF8.GetByteCount(subject);
        byte[]? rented = null;
        Span<byte> message = length <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            domain.CopyTo(message);
            int written = domain.Length + Encoding.UTF8.GetBytes(subject, message[domain.Length..]);
            HMACSHA256.HashData(_secret, message[..written], mac);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
