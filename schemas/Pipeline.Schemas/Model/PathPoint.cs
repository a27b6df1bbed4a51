namespace Pipeline.Schemas.Model;

/// <summary>One point of a pointer path (Avro <c>PathPoint</c>).</summary>
/// <param name="X">Pointer x in pixels.</param>
/// <param name="Y">Pointer y in pixels.</param>
/// <param name="OffsetMs">Milliseconds after the path's first point, rounded down.</param>
public readonly record struct PathPoint(int X, int Y, int OffsetMs);
