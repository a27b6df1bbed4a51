namespace Pipeline.Lake.Governance;

/// <summary>
/// A person's pseudonym under one key version, as the processor wrote it into the lake. The caller derives it from
/// the raw id (the host does, with the processor's own pseudonymiser); the raw id never reaches the lake's code.
/// </summary>
/// <param name="KeyVersion">The key version the pseudonym was computed with.</param>
/// <param name="Pseudonym">The pseudonym.</param>
public readonly record struct SubjectPseudonym(int KeyVersion, string Pseudonym);
