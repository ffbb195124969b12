using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Coaching.Tests.Preparations;

public sealed class PreparationAssemblerTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Person Employee = new("t1", "e1", "aad-e1", null, "Zhang Wei", "张伟", [], "Rep", "代表", "d1", null, null, null);

    private readonly FakeTimeProvider _clock = new(Now);
    private readonly RecordingAudit _audit = new();
    private readonly Settings _settings = new();

    [Fact]
    public async Task HangingAndFailingSources_AreMarkedAndTheRestArrives()
    {
        PreparationAssembler assembler = Create(
            new PreparationOptions { SourceTimeout = TimeSpan.FromSeconds(2), SourceTimeouts = { ["workload"] = TimeSpan.FromMilliseconds(500) } },
            new HangingSection(PreparationSections.Workload),
            new FailingSection(PreparationSections.Feedback),
            new FixedSection(PreparationSections.Performance, new PerformanceData(Ratings(4.2m, 4.0m, 3.7m, 3.3m), [])));

        Task<PreparationProfile> assembling = assembler.AssembleAsync("t1", "hrbp", Employee, CancellationToken.None);
        Assert.False(assembling.IsCompleted);
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        PreparationProfile profile = await assembling;

        Assert.Equal(SectionStatus.TimedOut, Status(profile, PreparationSections.Workload));
        Assert.Equal(SectionStatus.Failed, Status(profile, PreparationSections.Feedback));
        Assert.Equal(SectionStatus.Available, Status(profile, PreparationSections.Performance));
        Assert.Equal(TrendSignalCodes.RatingDecline, Assert.Single(profile.Signals).Code);
        AuditRecord record = Assert.Single(_audit.Records);
        Assert.Equal(("hrbp", "e1", PreparationAssembler.AuditAction), (record.ActorId, record.SubjectId, record.Action));
        Assert.Equal([PreparationSections.Performance], record.Sections);
    }

    [Fact]
    public async Task SourceBelowItsTimeout_IsWaitedFor()
    {
        TaskCompletionSource<ProfileSectionData> slow = new();
        PreparationAssembler assembler = Create(new PreparationOptions { SourceTimeout = TimeSpan.FromSeconds(1) }, new ControlledSection(PreparationSections.Workload, slow.Task));

        Task<PreparationProfile> assembling = assembler.AssembleAsync("t1", "hrbp", Employee, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(999));
        slow.SetResult(new WorkloadData(Overtime(20m, 26m), Empty("concurrent_projects"), Empty("utilisation")));
        PreparationProfile profile = await assembling;

        Assert.Equal(SectionStatus.Available, Status(profile, PreparationSections.Workload));
        Assert.Equal(TrendSignalCodes.OvertimeRise, Assert.Single(profile.Signals).Code);
    }

    [Theory]
    [InlineData(25, true)]
    [InlineData(30, true)]
    [InlineData(31, false)]
    public async Task Signals_UseTenantThresholds(int risePercent, bool raised)
    {
        _settings.Value = new TenantSettings("t1", "zh-CN", new SignalThresholds { OvertimeRisePercent = risePercent }, []);
        PreparationAssembler assembler = Create(new PreparationOptions(),
            new FixedSection(PreparationSections.Workload, new WorkloadData(Overtime(20m, 26m), Empty("concurrent_projects"), Empty("utilisation"))));

        PreparationProfile profile = await assembler.AssembleAsync("t1", "hrbp", Employee, CancellationToken.None);

        Assert.Equal(raised, profile.Signals.Any(s => s.Code == TrendSignalCodes.OvertimeRise));
    }

    private PreparationAssembler Create(PreparationOptions options, params IProfileSection[] sections) =>
        new(sections, new Directory(), _settings, _audit, _clock, Options.Create(options), NullLogger<PreparationAssembler>.Instance);

    private static SectionStatus Status(PreparationProfile profile, string name) => profile.Sections.Single(s => s.Name == name).Status;

    private static MetricSeries Ratings(params decimal[] values) => new(MetricCodes.Rating,
        [.. values.Select((v, i) => new MetricPoint(new DateOnly(2025, 10, 1).AddMonths(3 * i), PeriodKind.Quarter, v, "hris", Now))]);

    private static MetricSeries Overtime(decimal previous, decimal latest) => new(MetricCodes.OvertimeHours,
    [
        new MetricPoint(new DateOnly(2026, 10, 1), PeriodKind.Month, previous, "hris", Now),
        new MetricPoint(new DateOnly(2026, 11, 1), PeriodKind.Month, latest, "hris", Now),
    ]);

    private static MetricSeries Empty(string code) => new(code, []);

    private sealed class FixedSection(string name, ProfileSectionData data) : IProfileSection
    {
        public string Name => name;

        public Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) => Task.FromResult(data);
    }

    private sealed class ControlledSection(string name, Task<ProfileSectionData> result) : IProfileSection
    {
        public string Name => name;

        public Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) => result;
    }

    /// <summary>Never completes and ignores its cancellation token, like a stuck remote system.</summary>
    private sealed class HangingSection(string name) : IProfileSection
    {
        public string Name => name;

        public Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) => new TaskCompletionSource<ProfileSectionData>().Task;
    }

    private sealed class FailingSection(string name) : IProfileSection
    {
        public string Name => name;

        public Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) =>
            Task.FromException<ProfileSectionData>(new HttpRequestException("The source returned 500."));
    }

    private sealed class Directory : IPeopleDirectory
    {
        public Task<Person?> FindByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);

        public Task<Person?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken) => Task.FromResult<Person?>(null);

        public Task<IReadOnlyList<Person>> SearchAsync(string tenantId, string query, int maxCount, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Person>>([]);

        public Task<Department?> GetDepartmentAsync(string tenantId, string departmentId, CancellationToken cancellationToken) => Task.FromResult<Department?>(null);

        public Task<UserRoles> GetRolesAsync(string tenantId, string personId, CancellationToken cancellationToken) => Task.FromResult(UserRoles.Employee);

        public Task<bool> IsAssignedAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task<IReadOnlyList<Person>> ListAssignedAsync(string tenantId, string hrbpId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Person>>([]);
    }

    private sealed class Settings : ITenantSettingsStore
    {
        public TenantSettings Value { get; set; } = new("t1", "zh-CN", new SignalThresholds(), []);

        public Task<TenantSettings> GetAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult(Value);

        public Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class RecordingAudit : IAuditLog
    {
        public List<AuditRecord> Records { get; } = [];

        public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            Records.Add(record);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<AuditRecord>> ListAsync(string tenantId, string? subjectId, int maxCount, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<AuditRecord>>(Records);
    }
}
