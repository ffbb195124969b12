using GrowBot.Coaching.Demo;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Tests;

/// <summary>The store contract, run once per provider by the derived classes.</summary>
public abstract partial class StoreContractTests<TFixture> : IClassFixture<TFixture>
    where TFixture : StoreFixture
{
    protected const string DemoTenant = DemoPersonas.DefaultTenantId;

    private readonly TFixture _fixture;

    protected StoreContractTests(TFixture fixture)
    {
        _fixture = fixture;
    }

    protected StorageHarness Harness
    {
        get
        {
            Skip.If(_fixture.SkipReason is not null, _fixture.SkipReason);
            return _fixture.Harness;
        }
    }

    protected static CancellationToken Ct => CancellationToken.None;

    protected static string NewTenant() => "t-" + Guid.NewGuid().ToString("N");

    // ── Migration and seeding ──

    [SkippableFact]
    public async Task Initialize_EmptyDatabase_MigratesAndSeeds()
    {
        StorageHarness harness = Harness;

        Assert.NotEmpty(_fixture.FirstRun.AppliedMigrations);
        Assert.True(_fixture.FirstRun.DemoSeeded);
        IReadOnlyList<Person> assigned = await harness.Get<IPeopleDirectory>().ListAssignedAsync(DemoTenant, DemoPersonas.LiJuan.PersonId, Ct);
        Assert.Equal(20, assigned.Count);
    }

    [SkippableFact]
    public async Task Initialize_SecondStart_SeedsNothing()
    {
        StorageHarness harness = Harness;
        int peopleBefore = await CountAsync(harness, db => db.People.CountAsync());
        int metricsBefore = await CountAsync(harness, db => db.MetricPoints.CountAsync());

        await using StorageHarness secondStart = StorageHarness.Create(_fixture.Database.Provider, _fixture.Database.ConnectionString);
        DatabaseInitializationResult result = await secondStart.Services.InitializeGrowBotDatabaseAsync();

        Assert.Empty(result.AppliedMigrations);
        Assert.False(result.DemoSeeded);
        Assert.Equal(peopleBefore, await CountAsync(harness, db => db.People.CountAsync()));
        Assert.Equal(metricsBefore, await CountAsync(harness, db => db.MetricPoints.CountAsync()));
    }

    [SkippableFact]
    public async Task Migrations_MatchModel()
    {
        await using GrowBotDbContext db = Harness.Get<GrowBotDbContextFactory>().CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration; add one for both providers (see GrowBotDbContext).");
    }

    public static TheoryData<string> PersonaKeys => new(DemoPersonas.All.Select(p => p.Key));

    [SkippableTheory]
    [MemberData(nameof(PersonaKeys))]
    public async Task DemoPersona_StoredData_RaisesExpectedSignals(string key)
    {
        StorageHarness harness = Harness;
        DemoPersona persona = DemoPersonas.Get(key);
        IMetricStore metrics = harness.Get<IMetricStore>();
        TenantSettings settings = await harness.Get<ITenantSettingsStore>().GetAsync(DemoTenant, Ct);

        var series = new Dictionary<string, MetricSeries>();
        foreach (string code in new[] { MetricCodes.Rating, MetricCodes.TrainingParticipation, MetricCodes.OvertimeHours, MetricCodes.ComplaintRate, MetricCodes.GoalCompletion })
        {
            series[code] = await metrics.GetSeriesAsync(DemoTenant, persona.PersonId, code, Ct);
        }

        IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(series, settings.Thresholds, DateOnly.FromDateTime(StorageHarness.Now.UtcDateTime));

        Assert.Equal(persona.ExpectedSignals.Order(), signals.Select(s => s.Code).Order());
    }

    private static async Task<int> CountAsync(StorageHarness harness, Func<GrowBotDbContext, Task<int>> count)
    {
        await using GrowBotDbContext db = harness.Get<GrowBotDbContextFactory>().CreateDbContext();
        return await count(db);
    }
}
