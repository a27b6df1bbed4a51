namespace Pipeline.Processing.Shredding;

/// <summary>
/// Whose state a subject pseudonym's changelog value is: the keys-topic record key of the person secret the pseudonym
/// was derived from, and the pseudonym key version it was derived under. Kept beside the state (section 4 of the
/// subject's container) so that a restore can ask the keys topic, the source of truth for erasure, whether the person
/// still exists: the record key names a route and a person tag (an HMAC of the raw id), never the person.
/// </summary>
internal readonly record struct SubjectOwner(string SecretRecordKey, int KeyVersion);
