namespace Pipeline.Capture.Delivery;

/// <summary>Some spooled records were not acknowledged; transient: they are sent again after a backoff.</summary>
public sealed class SpoolDeliveryException : Exception
{
    public SpoolDeliveryException()
    {
    }

    public SpoolDeliveryException(string message)
        : base(message)
    {
    }

    public SpoolDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
