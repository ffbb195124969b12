using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Time.Testing;

namespace GrowBot.Coaching.Tests.Profiles;

public sealed class ProfileReaderTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeDirectory _people = new();
    private readonly FakeMetrics _metrics = new();
    private readonly FakeAudit _audit = new();

    private ProfileReader CreateReader() => new(_people, _metrics, _audit, new FakeTimeProvider(_now));

    [Fact]
    public async Task ReadAsync_UnknownPerson_ReturnsNullWithoutAudit()
    {
        EmployeeProfile? profile = await CreateReader().ReadAsync("t1", "hrbp", "nobody", CancellationToken.None);

        Assert.Null(profile);
        Assert.Empty(_audit.Records);
    }

    [Fact]
    public async Task ReadAsync_Person_AuditsEverySection()
    {
        _people.Add(NewPerson("e1", "m1"));
        _people.Add(NewPerson("m1", null));

        EmployeeProfile? profile = await CreateReader().ReadAsync("t1", "hrbp", "e1", CancellationToken.None);

        Assert.NotNull(profile);
        Assert.Equal("m1", profile.Manager?.Id);
        Assert.Null(profile.LatestRating);
        AuditRecord record = Assert.Single(_audit.Records);
        Assert.Equal(("hrbp", "e1", ProfileReader.AuditAction), (record.ActorId, record.SubjectId, record.Action));
        Assert.Equal(
            [ProfileSections.Person, ProfileSections.Department, ProfileSections.Manager, ProfileSections.Rating, ProfileSections.Overtime],
            record.Sections);
        Assert.Equal(_now, record.At);
    }

    [Fact]
    public async Task ReadAsync_LatestRating_SkipsRunningQuarter()
    {
        _people.Add(NewPerson("e1", null));
        _metrics.Series[MetricCodes.Rating] =
        [
            new MetricPoint(new DateOnly(2026, 7, 1), PeriodKind.Quarter, 3.8m, "hris", _now.AddDays(-60)),
            new MetricPoint(new DateOnly(2026, 10, 1), PeriodKind.Quarter, 4.5m, "hris", _now),
        ];

        EmployeeProfile? profile = await CreateReader().ReadAsync("t1", "hrbp", "e1", CancellationToken.None);

        Assert.Equal(3.8m, profile?.LatestRating?.Value);
        Assert.Equal(new DateOnly(2026, 7, 1), profile?.LatestRating?.PeriodStart);
    }

    [Fact]
    public void SummarizeOvertime_KeepsTwelveCompleteMonths()
    {
        var points = Enumerable.Range(0, 15)
            .Select(i => new MetricPoint(new DateOnly(2025, 10, 1).AddMonths(i), PeriodKind.Month, 10m + i, "hris", _now))
            .ToList();

        OvertimeSummary summary = ProfileReader.SummarizeOvertime(new MetricSeries(MetricCodes.OvertimeHours, points), DateOnly.FromDateTime(_now.UtcDateTime));

        Assert.Equal(12, summary.Months.Count);
        Assert.Equal(new DateOnly(2025, 12, 1), summary.Months[0].PeriodStart);
        Assert.Equal(new DateOnly(2026, 11, 1), summary.Months[^1].PeriodStart);
        Assert.Equal(23m, summary.Latest);
        Assert.Equal(22m, summary.Previous);
        Assert.Equal(4.5m, summary.ChangePercent);
    }

    [Fact]
    public void SummarizeOvertime_PreviousZero_NoPercentage()
    {
        var points = new List<MetricPoint>
        {
            new(new DateOnly(2026, 10, 1), PeriodKind.Month, 0m, "hris", _now),
            new(new DateOnly(2026, 11, 1), PeriodKind.Month, 12m, "hris", _now),
        };

        OvertimeSummary summary = ProfileReader.SummarizeOvertime(new MetricSeries(MetricCodes.OvertimeHours, points), DateOnly.FromDateTime(_now.UtcDateTime));

        Assert.Equal(12m, summary.Latest);
        Assert.Null(summary.ChangePercent);
    }

    private static Person NewPerson(string id, string? managerId) =>
        new("t1", id, null, null, id, id, [], "Engineer", "工程师", "d1", managerId, null, null);

    private sealed class FakeDirectory : IPeopleDirectory
    {
        private readonly Dictionary<string, Person> _people = [];

        public void Add(Person person) => _people[person.Id] = person;

        public Task<Person?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
            Task.FromResult(_people.GetValueOrDefault(personId) is { } p && p.TenantId == tenantId ? p : null);

        public Task<Department?> GetDepartmentAsync(string tenantId, string departmentId, CancellationToken cancellationToken) =>
            Task.FromResult<Department?>(new Department(tenantId, departmentId, "R&D", "研发", null));

        public Task<Person?> FindByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Person>> SearchAsync(string tenantId, string query, int maxCount, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<UserRoles> GetRolesAsync(string tenantId, string personId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<bool> IsAssignedAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<IReadOnlyList<Person>> ListAssignedAsync(string tenantId, string hrbpId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class FakeMetrics : IMetricStore
    {
        public Dictionary<string, List<MetricPoint>> Series { get; } = [];

        public Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken) =>
            Task.FromResult(new MetricSeries(metricCode, Series.GetValueOrDefault(metricCode) ?? []));
    }

    private sealed class FakeAudit : IAuditLog
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
