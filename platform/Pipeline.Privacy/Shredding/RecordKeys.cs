using System.Globalization;

namespace Pipeline.Privacy.Shredding;

/// <summary>
/// The record keys that stay in clear. On the raw topic a batch's key is its subject's route, <c>rXXXX</c> (the
/// routing bucket in four hex digits): it keeps a person's batches in one partition and in order and names a bucket
/// that many people share, never the person. On the keys topic every record's key starts with the same route:
/// <c>rXXXX/k/&lt;key id&gt;</c> for a device's data key, <c>rXXXX/s/&lt;person tag&gt;</c> for a person's secret, and
/// every record of one route goes to one keys partition (<see cref="KeysPartition"/>), so a reader sees a person's
/// data keys, secret and their tombstones in the order they were written.
/// </summary>
public static class RecordKeys
{
    /// <summary>Most routing buckets: four hex digits.</summary>
    public const int MaxBuckets = 0x10000;

    /// <summary>Characters of a route: <c>r</c> and four hex digits.</summary>
    public const int RouteLength = 5;

    private const string DataKeyInfix = "/k/";
    private const string PersonSecretInfix = "/s/";

    /// <summary>The route (raw topic record key) of routing bucket <paramref name="bucket"/>.</summary>
    public static string Route(int bucket)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(bucket);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(bucket, MaxBuckets);
        return "r" + bucket.ToString("x4", CultureInfo.InvariantCulture);
    }

    /// <summary>The keys-topic record key of a device's data key.</summary>
    public static string DataKey(string route, string keyId)
    {
        ArgumentException.ThrowIfNullOrEmpty(route);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        return route + DataKeyInfix + keyId;
    }

    /// <summary>The keys-topic record key of a person's secret.</summary>
    public static string PersonSecret(string route, string personTag)
    {
        ArgumentException.ThrowIfNullOrEmpty(route);
        ArgumentException.ThrowIfNullOrEmpty(personTag);
        return route + PersonSecretInfix + personTag;
    }

    /// <summary>Whether a keys-topic record key names a data key (<c>rXXXX/k/…</c>).</summary>
    public static bool IsDataKey(string recordKey) =>
        recordKey is not null && recordKey.Length > RouteLength + DataKeyInfix.Length && recordKey.AsSpan(RouteLength).StartsWith(DataKeyInfix, StringComparison.Ordinal);

    /// <summary>Whether a keys-topic record key names a person's secret (<c>rXXXX/s/…</c>).</summary>
    public static bool IsPersonSecret(string recordKey) =>
        recordKey is not null && recordKey.Length > RouteLength + PersonSecretInfix.Length && recordKey.AsSpan(RouteLength).StartsWith(PersonSecretInfix, StringComparison.Ordinal);

    /// <summary>The routing bucket a record key starts with; false when it does not start with a route.</summary>
    public static bool TryParseBucket(ReadOnlySpan<byte> recordKey, out int bucket)
    {
        bucket = 0;
        if (recordKey.Length < RouteLength || recordKey[0] != (byte)'r' || (recordKey.Length > RouteLength && recordKey[RouteLength] != (byte)'/'))
        {
            return false;
        }

        for (int i = 1; i < RouteLength; i++)
        {
            int digit = HexValue(recordKey[i]);
            if (digit < 0)
            {
                bucket = 0;
                return false;
            }

            bucket = (bucket << 4) | digit;
        }

        return true;
    }

    /// <summary>
    /// The keys-topic partition of a record key: its route's bucket modulo the partition count, so every record of a
    /// route (data keys, the secret, their tombstones; agents, processors and erasure alike) lands in one partition, in
    /// write order. A key without a route goes to partition 0.
    /// </summary>
    public static int KeysPartition(ReadOnlySpan<byte> recordKey, int partitionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partitionCount);
        return TryParseBucket(recordKey, out int bucket) ? bucket % partitionCount : 0;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}
