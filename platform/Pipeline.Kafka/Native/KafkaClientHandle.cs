using System.Runtime.InteropServices;

namespace Pipeline.Kafka.Native;

/// <summary>Owns one native <c>rd_kafka_t</c>; releasing it calls <c>rd_kafka_destroy</c>, which joins its threads.</summary>
internal sealed class KafkaClientHandle : SafeHandle
{
    internal KafkaClientHandle(IntPtr rk)
        : base(IntPtr.Zero, ownsHandle: true) => SetHandle(rk);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override bool ReleaseHandle()
    {
        LibRdKafka.rd_kafka_destroy(handle);
        return true;
    }
}
