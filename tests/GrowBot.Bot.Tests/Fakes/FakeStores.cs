using System.Collections.Concurrent;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Fakes;

internal sealed class FakePeopleDirectory : IPeopleDirectory
{
    public List<Person> People { get; } = [];

    public List<Department> Departments { get; } = [];

    public Dictionary<string, UserRoles> Roles { get; } = [];

    public HashSet<(string HrbpId, string EmployeeId)> Assignments { get; } = [];

    public Task<Person?> FindByAadObjectIdAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(People.FirstOrDefault(p => p.TenantId == tenantId && p.AadObjectId == aadObjectId));

    public Task<Person?> GetAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult(People.FirstOrDefault(p => p.TenantId == tenantId && p.Id == personId));

    public Task<IReadOnlyList<Person>> SearchAsync(string tenantId, string query, int maxCount, CancellationToken cancellationToken)
    {
        IEnumerable<string> Keys(Person p) => [p.NameEn, p.NameZh, p.Email ?? string.Empty, .. p.Aliases];
        List<Person> candidates = [.. People.Where(p => p.TenantId == tenantId && p.IsActive)];
        IEnumerable<Person> exact = candidates.Where(p => Keys(p).Any(k => k.Equals(query, StringComparison.OrdinalIgnoreCase)));
        IEnumerable<Person> partial = candidates.Where(p => Keys(p).Any(k => k.Contains(query, StringComparison.OrdinalIgnoreCase)));
        return Task.FromResult<IReadOnlyList<Person>>([.. exact.Concat(partial).Distinct().Take(maxCount)]);
    }

    public Task<Department?> GetDepartmentAsync(string tenantId, string departmentId, CancellationToken cancellationToken) =>
        Task.FromResult(Departments.FirstOrDefault(d => d.TenantId == tenantId && d.Id == departmentId));

    public Task<UserRoles> GetRolesAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult(Roles.TryGetValue(personId, out UserRoles roles) ? roles : UserRoles.Employee);

    public Task<bool> IsAssignedAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(Assignments.Contains((hrbpId, employeeId)));

    public Task<IReadOnlyList<Person>> ListAssignedAsync(string tenantId, string hrbpId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Person>>([.. People.Where(p => Assignments.Contains((hrbpId, p.Id)))]);
}

internal sealed class FakeMetricStore : IMetricStore
{
    public Dictionary<(string PersonId, string Code), List<MetricPoint>> Series { get; } = [];

    public Task<MetricSeries> GetSeriesAsync(string tenantId, string personId, string metricCode, CancellationToken cancellationToken) =>
        Task.FromResult(new MetricSeries(metricCode, Series.TryGetValue((personId, metricCode), out List<MetricPoint>? points) ? points : []));
}

internal sealed class FakeAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditRecord> Records { get; } = new();

    public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        Records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditRecord>> ListAsync(string tenantId, string? subjectId, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditRecord>>([.. Records.Where(r => r.TenantId == tenantId && (subjectId is null || r.SubjectId == subjectId)).Take(maxCount)]);
}

internal sealed class FakeTenantSettingsStore : ITenantSettingsStore
{
    public Dictionary<string, TenantSettings> Settings { get; } = [];

    public bool Fail { get; set; }

    public Task<TenantSettings> GetAsync(string tenantId, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("The tenant settings store is unavailable.");
        }

        return Task.FromResult(Settings.TryGetValue(tenantId, out TenantSettings? settings) ? settings : new TenantSettings(tenantId, "en-US", new SignalThresholds(), []));
    }

    public Task SaveAsync(TenantSettings settings, CancellationToken cancellationToken)
    {
        Settings[settings.TenantId] = settings;
        return Task.CompletedTask;
    }
}

internal sealed class FakeConversationReferenceStore : IConversationReferenceStore
{
    public List<ConversationReference> Saved { get; } = [];

    public List<(string TenantId, string ConversationId, string Reason)> Stale { get; } = [];

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        Saved.Add(reference);
        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.LastOrDefault(r => r.TenantId == tenantId && r.AadObjectId == aadObjectId));

    public Task MarkStaleAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken)
    {
        Stale.Add((tenantId, conversationId, reason));
        return Task.CompletedTask;
    }

    public Task<bool> IsKnownServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken) =>
        Task.FromResult(Saved.Any(r => r.TenantId == tenantId && r.ServiceUrl == serviceUrl));
}
