using GrowBot.Coaching.Catalog;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class CatalogStore : ICatalogStore
{
    private readonly GrowBotDbContextFactory _factory;

    public CatalogStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<IReadOnlyList<Course>> ListCoursesAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.Courses.AsNoTracking().Where(r => r.TenantId == tenantId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToCourse).ToList();
    }

    public async Task<IReadOnlyList<Mentor>> ListMentorsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.Mentors.AsNoTracking().Where(r => r.TenantId == tenantId).OrderBy(r => r.PersonId).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToMentor).ToList();
    }

    public async Task<IReadOnlyList<DevelopmentProject>> ListProjectsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.Projects.AsNoTracking().Where(r => r.TenantId == tenantId).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToProject).ToList();
    }

    public async Task<IReadOnlyList<InternalOpening>> ListOpeningsAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.Openings.AsNoTracking().Where(r => r.TenantId == tenantId && r.IsOpen).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return rows.Select(CatalogMapping.ToOpening).ToList();
    }
}
