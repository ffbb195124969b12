using GrowBot.Coaching.Audit;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>Append-only audit log: the store offers no update or delete.</summary>
internal sealed class AuditLog : IAuditLog
{
    private readonly GrowBotDbContextFactory _factory;

    public AuditLog(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(record.TenantId);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        db.AuditRecords.Add(new AuditRecordRow
        {
            TenantId = record.TenantId,
            Id = Guid.CreateVersion7(record.At),
            ActorId = record.ActorId,
            SubjectId = record.SubjectId,
            Action = record.Action,
            SectionsJson = StringList.ToJson(record.Sections),
            At = record.At,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Returns the newest records first, optionally only those about one subject.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAsync(string tenantId, string? subjectId, int maxCount, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        IQueryable<AuditRecordRow> query = db.AuditRecords.AsNoTracking().Where(r => r.TenantId == tenantId);
        if (subjectId is not null)
        {
            query = query.Where(r => r.SubjectId == subjectId);
        }

        List<AuditRecordRow> rows = await query
            .OrderByDescending(r => r.At)
            .ThenByDescending(r => r.Id)
            .Take(Math.Max(0, maxCount))
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new AuditRecord(r.TenantId, r.ActorId, r.SubjectId, r.Action, StringList.FromJson(r.SectionsJson), r.At))
            .ToList();
    }
}
