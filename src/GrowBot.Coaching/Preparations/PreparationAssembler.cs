using System.Diagnostics;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using GrowBot.Coaching.Signals;
using GrowBot.Coaching.Tenants;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Coaching.Preparations;

/// <summary>
/// Assembles the preparation profile of an employee: calls every <see cref="IProfileSection"/> in parallel, each
/// under its own timeout, evaluates the trend signals on what arrived and appends the audit record of the read.
/// A section that fails or does not complete in time is marked unavailable and the others still arrive. The caller
/// checks beforehand that the actor may see the employee.
/// </summary>
public sealed class PreparationAssembler
{
    /// <summary>Audit action written for every assembled profile.</summary>
    public const string AuditAction = "preparation.read";

    private readonly IReadOnlyList<IProfileSection> _sections;
    private readonly IPeopleDirectory _people;
    private readonly ITenantSettingsStore _settings;
    private readonly IAuditLog _auditLog;
    private readonly TimeProvider _time;
    private readonly PreparationOptions _options;
    private readonly ILogger<PreparationAssembler> _logger;

    public PreparationAssembler(
        IEnumerable<IProfileSection> sections,
        IPeopleDirectory people,
        ITenantSettingsStore settings,
        IAuditLog auditLog,
        TimeProvider time,
        IOptions<PreparationOptions> options,
        ILogger<PreparationAssembler> logger)
    {
        _sections = [.. sections];
        _people = people;
        _settings = settings;
        _auditLog = auditLog;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<PreparationProfile> AssembleAsync(string tenantId, string actorId, Person employee, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actorId);
        ArgumentNullException.ThrowIfNull(employee);

        DateTimeOffset now = _time.GetUtcNow();
        DateOnly today = DateOnly.FromDateTime(now.UtcDateTime);
        var query = new ProfileQuery(tenantId, employee, today);

        Task<SectionResult[]> sections = Task.WhenAll(_sections.Select(section => LoadSectionAsync(section, query, cancellationToken)));
        Task<Department?> department = _people.GetDepartmentAsync(tenantId, employee.DepartmentId, cancellationToken);
        Task<Person?> manager = employee.ManagerId is null
            ? Task.FromResult<Person?>(null)
            : _people.GetAsync(tenantId, employee.ManagerId, cancellationToken);
        Task<TenantSettings> settings = _settings.GetAsync(tenantId, cancellationToken);
        await Task.WhenAll(sections, department, manager, settings).ConfigureAwait(false);

        SectionResult[] results = sections.Result;
        Dictionary<string, MetricSeries> series = results
            .Where(r => r.Data is not null)
            .SelectMany(r => r.Data!.Series)
            .GroupBy(s => s.MetricCode)
            .ToDictionary(g => g.Key, g => g.First());
        IReadOnlyList<TrendSignal> signals = TrendRules.EvaluateAll(series, settings.Result.Thresholds, today);

        IReadOnlyList<string> read = [.. results.Where(r => r.IsAvailable).Select(r => r.Name)];
        await _auditLog.AppendAsync(new AuditRecord(tenantId, actorId, employee.Id, AuditAction, read, now), cancellationToken).ConfigureAwait(false);
        _logger.ProfileAssembled(tenantId, read.Count, results.Length, signals.Count);

        return new PreparationProfile(employee, department.Result, manager.Result, settings.Result, today, now, results, signals);
    }

    /// <summary>
    /// Runs one section under its timeout. The wait ends at the timeout even when the section ignores its
    /// cancellation token. The section's token is cancelled then, so a cooperative source stops its work too.
    /// </summary>
    private async Task<SectionResult> LoadSectionAsync(IProfileSection section, ProfileQuery query, CancellationToken cancellationToken)
    {
        TimeSpan timeout = _options.TimeoutFor(section.Name);
        long started = _time.GetTimestamp();
        using CancellationTokenSource linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            Task<ProfileSectionData> load = Task.Run(() => section.LoadAsync(query, linked.Token), linked.Token);
            ProfileSectionData data = await load.WaitAsync(timeout, _time, cancellationToken).ConfigureAwait(false);
            return new SectionResult(section.Name, SectionStatus.Available, data, _time.GetElapsedTime(started));
        }
        catch (TimeoutException)
        {
            await linked.CancelAsync().ConfigureAwait(false);
            _logger.SectionTimedOut(section.Name, query.TenantId, timeout.TotalMilliseconds);
            return new SectionResult(section.Name, SectionStatus.TimedOut, null, _time.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.SectionFailed(exception, section.Name, query.TenantId);
            return new SectionResult(section.Name, SectionStatus.Failed, null, _time.GetElapsedTime(started));
        }
    }
}
