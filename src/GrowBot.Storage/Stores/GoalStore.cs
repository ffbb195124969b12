using GrowBot.Coaching.Goals;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class GoalStore : IGoalStore
{
    private const int MaxChainDepth = 10;

    private readonly GrowBotDbContextFactory _factory;

    public GoalStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<Goal?> GetAsync(string tenantId, string goalId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        GoalRow? row = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.TenantId == tenantId && g.Id == goalId, cancellationToken);
        return row is null ? null : ToGoal(row);
    }

    public async Task<IReadOnlyList<Goal>> ListPersonalAsync(string tenantId, string personId, DateOnly on, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<GoalRow> rows = await db.Goals.AsNoTracking()
            .Where(g => g.TenantId == tenantId && g.OwnerPersonId == personId && g.Level == GoalLevel.Personal)
            .ToListAsync(cancellationToken);
        return rows.Where(g => g.PeriodStart <= on && on <= g.PeriodEnd).OrderBy(g => g.Id, StringComparer.Ordinal).Select(ToGoal).ToList();
    }

    /// <summary>Follows parent links up to <see cref="MaxChainDepth"/> levels, which also stops a cycle in bad data.</summary>
    public async Task<IReadOnlyList<Goal>> GetChainAsync(string tenantId, string goalId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var chain = new List<Goal>();
        string? nextId = goalId;
        while (nextId is not null && chain.Count < MaxChainDepth)
        {
            string id = nextId;
            GoalRow? row = await db.Goals.AsNoTracking().FirstOrDefaultAsync(g => g.TenantId == tenantId && g.Id == id, cancellationToken);
            if (row is null)
            {
                break;
            }

            chain.Add(ToGoal(row));
            nextId = row.ParentId;
        }

        return chain;
    }

    public async Task<IReadOnlyList<Goal>> ListChildrenAsync(string tenantId, string parentGoalId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<GoalRow> rows = await db.Goals.AsNoTracking()
            .Where(g => g.TenantId == tenantId && g.ParentId == parentGoalId)
            .ToListAsync(cancellationToken);
        return rows.OrderBy(g => g.Id, StringComparer.Ordinal).Select(ToGoal).ToList();
    }

    public async Task<Goal> SaveAsync(Goal goal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentException.ThrowIfNullOrWhiteSpace(goal.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(goal.Id);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        long version = await VersionedSave.SaveAsync(db, ToRow(goal), [goal.TenantId, goal.Id], goal.Version, cancellationToken);
        return goal with { Version = version };
    }

    internal static Goal ToGoal(GoalRow r) => new(
        r.TenantId, r.Id, r.Level, r.ParentId, r.DepartmentId, r.OwnerPersonId, r.TitleEn, r.TitleZh, r.MetricCode,
        r.Target, r.Progress, r.Unit, r.PeriodStart, r.PeriodEnd, r.ContributionPercent, r.Weight, r.Version);

    internal static GoalRow ToRow(Goal g) => new()
    {
        TenantId = g.TenantId,
        Id = g.Id,
        Level = g.Level,
        ParentId = g.ParentId,
        DepartmentId = g.DepartmentId,
        OwnerPersonId = g.OwnerPersonId,
        TitleEn = g.TitleEn,
        TitleZh = g.TitleZh,
        MetricCode = g.MetricCode,
        Target = g.Target,
        Progress = g.Progress,
        Unit = g.Unit,
        PeriodStart = g.PeriodStart,
        PeriodEnd = g.PeriodEnd,
        ContributionPercent = g.ContributionPercent,
        Weight = g.Weight,
        Version = g.Version,
    };
}
