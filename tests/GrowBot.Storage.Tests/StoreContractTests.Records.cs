using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Demo;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;

namespace GrowBot.Storage.Tests;

public abstract partial class StoreContractTests<TFixture>
{
    [SkippableFact]
    public async Task Audit_AppendAndList_NewestFirst()
    {
        IAuditLog audit = Harness.Get<IAuditLog>();
        string tenant = NewTenant();
        for (int i = 0; i < 3; i++)
        {
            await audit.AppendAsync(new AuditRecord(tenant, "hrbp-1", i == 2 ? "emp-2" : "emp-1", "profile.read", ["rating", "overtime"], StorageHarness.Now.AddMinutes(i)), Ct);
        }

        IReadOnlyList<AuditRecord> all = await audit.ListAsync(tenant, null, 10, Ct);
        IReadOnlyList<AuditRecord> aboutFirst = await audit.ListAsync(tenant, "emp-1", 10, Ct);

        Assert.Equal([StorageHarness.Now.AddMinutes(2), StorageHarness.Now.AddMinutes(1), StorageHarness.Now], all.Select(r => r.At));
        Assert.Equal(2, aboutFirst.Count);
        Assert.Equal(["rating", "overtime"], aboutFirst[0].Sections);
        Assert.Single(await audit.ListAsync(tenant, null, 1, Ct));
    }

    [SkippableFact]
    public async Task ProfileReader_DemoEmployee_AssemblesAndAudits()
    {
        StorageHarness harness = Harness;
        ProfileReader reader = harness.Get<ProfileReader>();

        EmployeeProfile? profile = await reader.ReadAsync(DemoTenant, DemoPersonas.LiJuan.PersonId, DemoPersonas.ZhangWei.PersonId, Ct);

        Assert.NotNull(profile);
        Assert.Equal("销售", profile.Department?.NameZh);
        Assert.Equal(DemoPersonas.HuangYong.PersonId, profile.Manager?.Id);
        Assert.Equal(new DateOnly(2026, 7, 1), profile.LatestRating?.PeriodStart);
        Assert.Equal("hris", profile.LatestRating?.Source);
        Assert.Equal(12, profile.Overtime.Months.Count);
        Assert.Equal(26m, profile.Overtime.Latest);
        Assert.Equal(20m, profile.Overtime.Previous);
        Assert.Equal(30m, profile.Overtime.ChangePercent);

        AuditRecord record = (await harness.Get<IAuditLog>().ListAsync(DemoTenant, DemoPersonas.ZhangWei.PersonId, 1, Ct))[0];
        Assert.Equal(DemoPersonas.LiJuan.PersonId, record.ActorId);
        Assert.Equal(ProfileReader.AuditAction, record.Action);
        Assert.Contains(ProfileSections.Overtime, record.Sections);
        Assert.Equal(StorageHarness.Now, record.At);
    }

    [SkippableFact]
    public async Task TenantSettings_UnknownTenantDefaults_SaveRoundTrips()
    {
        ITenantSettingsStore store = Harness.Get<ITenantSettingsStore>();
        string tenant = NewTenant();

        TenantSettings defaults = await store.GetAsync(tenant, Ct);
        await store.SaveAsync(defaults with { DefaultLocale = "zh-CN", Thresholds = new SignalThresholds { OvertimeRisePercent = 30.5m }, AdminAadObjectIds = ["aad-admin"] }, Ct);
        TenantSettings saved = await store.GetAsync(tenant, Ct);

        Assert.Equal("en-US", defaults.DefaultLocale);
        Assert.Empty(defaults.AdminAadObjectIds);
        Assert.Equal("zh-CN", saved.DefaultLocale);
        Assert.Equal(30.5m, saved.Thresholds.OvertimeRisePercent);
        Assert.Equal(3, saved.Thresholds.RatingDeclineQuarters);
        Assert.Equal(["aad-admin"], saved.AdminAadObjectIds);
    }

    [SkippableFact]
    public async Task MetricWriter_DuplicatePeriod_WritesNothing()
    {
        StorageHarness harness = Harness;
        string tenant = NewTenant();
        var point = new MetricPoint(new DateOnly(2026, 10, 1), PeriodKind.Month, 12.5m, "hris", StorageHarness.Now);

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Get<IMetricWriter>().UpsertAsync(tenant, "p-1", MetricCodes.OvertimeHours, [point, point with { Value = 3m }], Ct));
        Assert.Empty((await harness.Get<IMetricStore>().GetSeriesAsync(tenant, "p-1", MetricCodes.OvertimeHours, Ct)).Points);

        await harness.Get<IMetricWriter>().UpsertAsync(tenant, "p-1", MetricCodes.OvertimeHours, [point], Ct);
        await harness.Get<IMetricWriter>().UpsertAsync(tenant, "p-1", MetricCodes.OvertimeHours, [point with { Value = 14m }], Ct);
        Assert.Equal(14m, Assert.Single((await harness.Get<IMetricStore>().GetSeriesAsync(tenant, "p-1", MetricCodes.OvertimeHours, Ct)).Points).Value);
    }

    [SkippableFact]
    public async Task Catalog_DemoData_IsReadable()
    {
        StorageHarness harness = Harness;
        ICatalogStore catalog = harness.Get<ICatalogStore>();
        IDevelopmentStore development = harness.Get<IDevelopmentStore>();

        Assert.Contains(await catalog.ListCoursesAsync(DemoTenant, Ct), c => c.Skills.Contains("sql"));
        Assert.Contains(await catalog.ListMentorsAsync(DemoTenant, Ct), m => m.HasCapacity);
        Assert.Contains(await catalog.ListProjectsAsync(DemoTenant, Ct), p => p.Kind == ProjectKind.NewMarket);
        IReadOnlyList<InternalOpening> openings = await catalog.ListOpeningsAsync(DemoTenant, Ct);
        Assert.Contains(openings, o => o.Id == "o-marketing-analyst" && o.RequiredSkills.Contains("sql"));
        Assert.DoesNotContain(openings, o => !o.IsOpen);
        Assert.Equal(3, (await development.ListSkillsAsync(DemoTenant, "e-zhangwei", Ct)).Count);
        Assert.Contains(await development.ListFeedbackAsync(DemoTenant, "e-zhangwei", DateOnly.MinValue, Ct), f => f.Kind == FeedbackKind.Customer);

        IReadOnlyList<CourseEnrolment> enrolments = await development.ListEnrolmentsAsync(DemoTenant, "e-zhangwei", Ct);
        CourseEnrolment open = Assert.Single(enrolments, e => e.Status == EnrolmentStatus.Enrolled);
        CourseEnrolment completed = await development.SaveEnrolmentAsync(open with { Status = EnrolmentStatus.Completed, CompletedOn = new DateOnly(2026, 12, 3) }, Ct);
        Assert.Equal(open.Version + 1, completed.Version);
    }
}
