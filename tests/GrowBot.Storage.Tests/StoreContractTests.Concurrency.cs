using GrowBot.Coaching;
using GrowBot.Coaching.Goals;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    [SkippableFact]
    public async Task GoalSave_StaleVersion_Conflicts()
    {
        IGoalStore goals = Harness.Get<IGoalStore>();
        string tenant = NewTenant();
        var goal = new Goal(tenant, "g-1", GoalLevel.Personal, null, "d1", "p-1", "Close deals", "成交", null,
            100m, 10m, "deals", new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), 20m, 100m);

        Goal inserted = await goals.SaveAsync(goal, Ct);
        Goal updated = await goals.SaveAsync(inserted with { Progress = 40m }, Ct);
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => goals.SaveAsync(inserted with { Progress = 50m }, Ct));

        Assert.Equal(1, inserted.Version);
        Assert.Equal(2, updated.Version);
        Assert.IsType<DbUpdateConcurrencyException>(conflict.InnerException);
        Assert.Equal(40m, (await goals.GetAsync(tenant, "g-1", Ct))!.Progress);
    }

    [SkippableFact]
    public async Task GoalSave_DuplicateInsert_Conflicts()
    {
        IGoalStore goals = Harness.Get<IGoalStore>();
        string tenant = NewTenant();
        var goal = new Goal(tenant, "g-1", GoalLevel.Company, null, null, null, "Grow", "增长", null,
            20m, 0m, "%", new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31), 100m, 100m);
        await goals.SaveAsync(goal, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => goals.SaveAsync(goal, Ct));
    }

    [SkippableFact]
    public async Task DbContext_TwoWritersOneRow_SecondThrowsConcurrencyException()
    {
        GrowBotDbContextFactory factory = Harness.Get<GrowBotDbContextFactory>();
        await using GrowBotDbContext first = factory.CreateDbContext();
        await using GrowBotDbContext second = factory.CreateDbContext();
        GoalRow a = await first.Goals.SingleAsync(g => g.TenantId == DemoTenant && g.Id == "g-e-liming");
        GoalRow b = await second.Goals.SingleAsync(g => g.TenantId == DemoTenant && g.Id == "g-e-liming");

        a.Progress += 1m;
        await first.SaveChangesAsync();
        b.Progress += 2m;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());

        await using GrowBotDbContext reader = factory.CreateDbContext();
        GoalRow stored = await reader.Goals.AsNoTracking().SingleAsync(g => g.TenantId == DemoTenant && g.Id == "g-e-liming");
        Assert.Equal(a.Progress, stored.Progress);
        Assert.Equal(a.Version, stored.Version);
    }

    [SkippableFact]
    public async Task Goals_DemoChain_ReachesCompanyObjective()
    {
        IGoalStore goals = Harness.Get<IGoalStore>();

        IReadOnlyList<Goal> personal = await goals.ListPersonalAsync(DemoTenant, "e-zhangwei", new DateOnly(2026, 12, 4), Ct);
        IReadOnlyList<Goal> chain = await goals.GetChainAsync(DemoTenant, personal.Single().Id, Ct);

        Assert.Equal([GoalLevel.Personal, GoalLevel.Team, GoalLevel.Company], chain.Select(g => g.Level));
        Assert.Equal(20m, chain[0].ContributionPercent);
        Assert.Equal(9, (await goals.ListChildrenAsync(DemoTenant, chain[1].Id, Ct)).Count);
    }
}
