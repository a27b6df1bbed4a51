namespace Pipeline.Schemas.Model;

/// <summary>What a wrapped secret on the keys topic is. Values are the Avro enum symbol indexes of <c>WrappedKeyKind</c>.</summary>
public enum WrappedKeyKind : byte
{
    /// <summary>A device's data key: the batches it sealed open with it.</summary>
    DataKey = 0,

    /// <summary>A person's pseudonym secret: every pseudonym of the person is derived from it.</summary>
    PersonSecret = 1,
}
