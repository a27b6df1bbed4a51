namespace Pipeline.Schemas.Model;

/// <summary>A consent transition. Values are the Avro enum symbol indexes of <c>ConsentState</c>.</summary>
public enum ConsentState : byte
{
    Granted = 0,
    Paused = 1,
    Resumed = 2,
    Revoked = 3,
}
