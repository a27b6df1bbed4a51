namespace Pipeline.Processing.Shredding;

/// <summary>What became of a raw record on its way to the decoded batch (<see cref="BatchOpener"/>).</summary>
internal enum BatchOpening
{
    /// <summary>Opened (or, when plaintext is accepted, read in clear) and decoded: process it.</summary>
    Opened,

    /// <summary>Sealed under a key that is not on the keys topic after reading it to its end: its person was erased. Dropped, counted, never dead-lettered.</summary>
    Erased,

    /// <summary>
    /// Sealed under a key the keys table does not know and has not settled as erased: the caller reads the keys topic to
    /// its end and opens it again, saying so. Nothing was done with the record.
    /// </summary>
    KeyUnknown,

    /// <summary>Unusable: to the dead-letter topic with the reason, keeping the payload only when it is ciphertext.</summary>
    DeadLetter,
}
