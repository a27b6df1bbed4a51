namespace Pipeline.Schemas.Model;

/// <summary>Why a period counts as idle. Values are the Avro enum symbol indexes of <c>IdleReason</c>.</summary>
public enum IdleReason : byte
{
    Inactivity = 0,
    Pause = 1,
    Lock = 2,
}
