namespace Pipeline.Schemas.Model;

/// <summary>
/// Actions of one subject (Avro <c>ActionBatch</c>): the value of one record on the actions topic. Reusable:
/// <see cref="Clear"/> keeps the list's storage.
/// </summary>
public sealed class ActionBatch
{
    /// <summary>Subject pseudonym.</summary>
    public string Subject { get; set; } = "";

    /// <summary>The pseudonym key version of the subject and the devices.</summary>
    public int KeyVersion { get; set; }

    /// <summary>The actions; a device's are in the order they started.</summary>
    public List<InteractionAction> Actions { get; } = [];

    /// <summary>The number of actions.</summary>
    public int Count => Actions.Count;

    /// <summary>Empties the batch and resets its header.</summary>
    public void Clear()
    {
        Actions.Clear();
        Subject = "";
        KeyVersion = 0;
    }
}
