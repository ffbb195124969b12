namespace GrowBot.Coaching.Audit;

/// <summary>An append-only record of who read whose data, when, and which sections.</summary>
public sealed record AuditRecord(
    string TenantId,
    string ActorId,
    string SubjectId,
    string Action,
    IReadOnlyList<string> Sections,
    DateTimeOffset At);

public interface IAuditLog
{
    Task AppendAsync(AuditRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditRecord>> ListAsync(string tenantId, string? subjectId, int maxCount, CancellationToken cancellationToken);
}
