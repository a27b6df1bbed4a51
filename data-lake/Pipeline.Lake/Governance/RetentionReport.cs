namespace Pipeline.Lake.Governance;

/// <summary>The result of <see cref="LakeRetention.Run"/>.</summary>
/// <param name="RequestId">The run's id in the audit table.</param>
/// <param name="Entries">The audit rows written, one per table.</param>
/// <param name="AuditFile">The audit file written.</param>
public sealed record RetentionReport(string RequestId, IReadOnlyList<AuditEntry> Entries, string AuditFile);
