using GrowBot.Coaching.Development;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class DevelopmentStore : IDevelopmentStore
{
    private readonly GrowBotDbContextFactory _factory;

    public DevelopmentStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<IReadOnlyList<PersonSkill>> ListSkillsAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.PersonSkills.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.PersonId == personId).OrderBy(r => r.Skill).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToSkill).ToList();
    }

    public async Task<IReadOnlyList<CourseEnrolment>> ListEnrolmentsAsync(string tenantId, string personId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.CourseEnrolments.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.PersonId == personId).ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.EnrolledOn).Select(CatalogMapping.ToEnrolment).ToList();
    }

    public async Task<CourseEnrolment> SaveEnrolmentAsync(CourseEnrolment enrolment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(enrolment);
        ArgumentException.ThrowIfNullOrWhiteSpace(enrolment.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(enrolment.Id);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        long version = await VersionedSave.SaveAsync(db, CatalogMapping.ToRow(enrolment), [enrolment.TenantId, enrolment.Id], enrolment.Version, cancellationToken);
        return enrolment with { Version = version };
    }

    public async Task<IReadOnlyList<FeedbackItem>> ListFeedbackAsync(string tenantId, string personId, DateOnly since, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.Feedback.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.PersonId == personId && r.Date >= since).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Date).ThenBy(r => r.Id, StringComparer.Ordinal).Select(CatalogMapping.ToFeedback).ToList();
    }
}
