namespace Pipeline.Processing.Apps;

/// <summary>A focus change of one device as the app gate remembers it: when, and whether the gate admits the application.</summary>
internal readonly record struct FocusMark(long TimeMicros, bool Allowed);
