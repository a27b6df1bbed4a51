namespace Pipeline.Schemas.Model;

/// <summary>An earlier consent transition kept inside <see cref="ConsentChange.History"/>.</summary>
public readonly record struct ConsentInterval(ConsentState State, long TimeMicros, long? UntilMicros);
