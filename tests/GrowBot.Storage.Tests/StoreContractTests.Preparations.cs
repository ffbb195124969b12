using GrowBot.Coaching;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Preparations;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    [SkippableFact]
    public async Task Preparation_RoundTripsEveryField()
    {
        IPreparationStore store = Harness.Get<IPreparationStore>();
        string tenant = NewTenant();
        DateTimeOffset now = StorageHarness.Now;
        Preparation preparation = Preparation.Start(tenant, "hrbp-1", "e-1", now).WithNotes(GrowStage.Goal, "目标笔记", now) with
        {
            Stage = GrowStage.Options,
            TargetPercent = 120.5m,
            TargetRole = "经理",
            CheckInRequestedAt = now,
            CheckIn = new CheckInAnswer("Workload", 2, "Need help", now),
            Requests = [new OptionRequest(OptionRequestKind.CourseEnrolment, "c-1", "hrbp-1", now)],
        };

        Preparation saved = await store.SaveAsync(preparation, Ct);
        Preparation? read = await store.GetAsync(tenant, preparation.Id, Ct);

        Assert.NotNull(read);
        Assert.Equal(1, saved.Version);
        Assert.Equal((GrowStage.Options, 120.5m, "经理"), (read.Stage, read.TargetPercent, read.TargetRole));
        Assert.Equal("目标笔记", read.NotesFor(GrowStage.Goal));
        Assert.Equal(preparation.CheckIn, read.CheckIn);
        Assert.Equal(preparation.Requests, read.Requests);
        Assert.Null(await store.GetAsync(NewTenant(), preparation.Id, Ct));
    }

    [SkippableFact]
    public async Task Preparation_StoredNotes_AreNotPlaintext()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        DateTimeOffset now = StorageHarness.Now;
        Preparation preparation = Preparation.Start(tenant, "hrbp-1", "e-1", now)
            .WithNotes(GrowStage.Reality, "张伟说压力很大, stressed by overtime", now);

        await harness.Get<IPreparationStore>().SaveAsync(preparation, Ct);

        await using GrowBotDbContext db = harness.Get<GrowBotDbContextFactory>().CreateDbContext();
        string stored = (await db.Preparations.AsNoTracking().SingleAsync(p => p.TenantId == tenant, Ct)).NotesJson;
        Assert.DoesNotContain("压力", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("stressed", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("Reality", stored, StringComparison.Ordinal);
        Assert.NotEmpty(stored);
    }

    [SkippableFact]
    public async Task Preparation_StoredCheckIn_IsNotPlaintext()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        Preparation preparation = Preparation.Start(tenant, "hrbp-1", "e-1", StorageHarness.Now)
            with { CheckIn = new CheckInAnswer("想聊晋升和加班", 2, "team is understaffed", StorageHarness.Now) };

        Preparation saved = await harness.Get<IPreparationStore>().SaveAsync(preparation, Ct);

        await using GrowBotDbContext db = harness.Get<GrowBotDbContextFactory>().CreateDbContext();
        string? stored = (await db.Preparations.AsNoTracking().SingleAsync(p => p.TenantId == tenant, Ct)).CheckInJson;
        Assert.NotNull(stored);
        Assert.DoesNotContain("晋升", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("understaffed", stored, StringComparison.Ordinal);
        Preparation? read = await harness.Get<IPreparationStore>().GetAsync(tenant, saved.Id, Ct);
        Assert.Equal("想聊晋升和加班", read!.CheckIn!.Topics);
        Assert.Equal("team is understaffed", read.CheckIn.Comment);
    }

    [SkippableFact]
    public async Task Preparation_LegacyPlaintextNotes_AreRead()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        Preparation preparation = await harness.Get<IPreparationStore>().SaveAsync(Preparation.Start(tenant, "hrbp-1", "e-1", StorageHarness.Now), Ct);
        await using (GrowBotDbContext db = harness.Get<GrowBotDbContextFactory>().CreateDbContext())
        {
            await db.Preparations.Where(p => p.TenantId == tenant)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NotesJson, """{"Goal":"旧笔记"}"""), Ct);
        }

        Preparation? read = await harness.Get<IPreparationStore>().GetAsync(tenant, preparation.Id, Ct);

        Assert.Equal("旧笔记", read?.NotesFor(GrowStage.Goal));
    }

    [SkippableFact]
    public async Task Preparation_StaleVersion_Conflicts()
    {
        IPreparationStore store = Harness.Get<IPreparationStore>();
        string tenant = NewTenant();
        Preparation inserted = await store.SaveAsync(Preparation.Start(tenant, "hrbp-1", "e-1", StorageHarness.Now), Ct);

        await store.SaveAsync(inserted with { Stage = GrowStage.Reality }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(inserted with { Stage = GrowStage.Options }, Ct));
        Assert.Equal(GrowStage.Reality, (await store.GetAsync(tenant, inserted.Id, Ct))!.Stage);
    }

    [SkippableFact]
    public async Task Preparation_FindOpen_IgnoresCompletedAndOtherHrbps()
    {
        IPreparationStore store = Harness.Get<IPreparationStore>();
        string tenant = NewTenant();
        DateTimeOffset now = StorageHarness.Now;
        await store.SaveAsync(Preparation.Start(tenant, "hrbp-1", "e-1", now) with { CompletedAt = now }, Ct);
        await store.SaveAsync(Preparation.Start(tenant, "hrbp-2", "e-1", now), Ct);
        Preparation open = await store.SaveAsync(Preparation.Start(tenant, "hrbp-1", "e-1", now.AddMinutes(1)), Ct);

        Preparation? found = await store.FindOpenAsync(tenant, "hrbp-1", "e-1", Ct);

        Assert.Equal(open.Id, found?.Id);
        Assert.Equal(2, (await store.ListByHrbpAsync(tenant, "hrbp-1", 10, Ct)).Count);
    }

    [SkippableFact]
    public async Task ActionItem_RoundTripsAndChecksVersion()
    {
        IActionItemStore store = Harness.Get<IActionItemStore>();
        string tenant = NewTenant();
        ActionItem item = new(tenant, "ai-1", "prep-1", "hrbp-1", "e-1", "Finish the SQL course", "e-1", new DateOnly(2027, 1, 15),
            ["Module 1", "Module 2"], CheckInCadence.WeeklyFriday, "CourseEnrolment:c-sql", "complaint_rate", ActionItemStatus.Open, 0, StorageHarness.Now, null);

        ActionItem saved = await store.SaveAsync(item, Ct);
        await store.SaveAsync(saved with { Progress = 50 }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.SaveAsync(saved with { Progress = 70 }, Ct));
        ActionItem read = Assert.Single(await store.ListForEmployeeAsync(tenant, "e-1", Ct));
        Assert.Equal(50, read.Progress);
        Assert.Equal(item.Milestones, read.Milestones);
        Assert.Equal((CheckInCadence.WeeklyFriday, "CourseEnrolment:c-sql", "complaint_rate"), (read.Cadence, read.LinkedResource, read.MetricCode));
        Assert.Single(await store.ListForHrbpAsync(tenant, "hrbp-1", Ct));
        Assert.Empty(await store.ListForHrbpAsync(NewTenant(), "hrbp-1", Ct));
    }
}
