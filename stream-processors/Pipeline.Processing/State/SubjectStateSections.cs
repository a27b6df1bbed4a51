namespace Pipeline.Processing.State;

/// <summary>The sections of one per-subject changelog value (<see cref="SubjectStateCodec.Read"/>); empty where absent.</summary>
internal ref struct SubjectStateSections
{
    /// <summary>The sessions' state (<c>SessionStateCodec</c>), or empty.</summary>
    public ReadOnlySpan<byte> Sessions;

    /// <summary>The app gate's state (<c>AppGateStateCodec</c>), or empty.</summary>
    public ReadOnlySpan<byte> AppGate;

    /// <summary>The action reducer's section (<c>ActionReducer.WriteState</c>), empty when absent.</summary>
    public ReadOnlySpan<byte> Actions;

    /// <summary>Whose state it is (<see cref="SubjectStateCodec.WriteOwner"/>), empty when absent (values of earlier builds).</summary>
    public ReadOnlySpan<byte> Owner;
}
