using System.Runtime.InteropServices;

namespace Pipeline.Kafka.Native;

/// <summary>
/// Owns one native <c>rd_kafka_mock_cluster_t</c>. The cluster lives on its client handle's internals, so this
/// handle holds a reference on the client and gives it back only after the cluster is destroyed: whatever order
/// disposal or finalization happens in, the cluster goes first.
/// </summary>
internal sealed class MockClusterHandle : SafeHandle
{
    private readonly KafkaClientHandle _client;

    internal MockClusterHandle(KafkaClientHandle client, IntPtr mcluster)
        : base(IntPtr.Zero, ownsHandle: true)
    {
        bool added = false;
        client.DangerousAddRef(ref added);
        _client = client;
        SetHandle(mcluster);
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        LibRdKafka.rd_kafka_mock_cluster_destroy(handle);
        _client.DangerousRelease();
        return true;
    }
}
