using System.Collections.Concurrent;
using GrowBot.Coaching;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Tests.Fakes;

internal sealed class FakeGoalStore : IGoalStore
{
    public List<Goal> Goals { get; } = [];

    public Task<Goal?> GetAsync(string tenantId, string goalId, CancellationToken cancellationToken) =>
        Task.FromResult(Goals.FirstOrDefault(g => g.TenantId == tenantId && g.Id == goalId));

    public Task<IReadOnlyList<Goal>> ListPersonalAsync(string tenantId, string personId, DateOnly on, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Goal>>([.. Goals.Where(g => g.TenantId == tenantId && g.Level == GoalLevel.Personal && g.OwnerPersonId == personId && g.PeriodStart <= on && on <= g.PeriodEnd)]);

    public Task<IReadOnlyList<Goal>> GetChainAsync(string tenantId, string goalId, CancellationToken cancellationToken)
    {
        List<Goal> chain = [];
        Goal? current = Goals.FirstOrDefault(g => g.TenantId == tenantId && g.Id == goalId);
        while (current is not null)
        {
            chain.Add(current);
            current = current.ParentId is null ? null : Goals.FirstOrDefault(g => g.TenantId == tenantId && g.Id == current.ParentId);
        }

        return Task.FromResult<IReadOnlyList<Goal>>(chain);
    }

    public Task<IReadOnlyList<Goal>> ListChildrenAsync(string tenantId, string parentGoalId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Goal>>([.. Goals.Where(g => g.TenantId == tenantId && g.ParentId == parentGoalId)]);

    public Task<Goal> SaveAsync(Goal goal, CancellationToken cancellationToken) => throw new NotSupportedException();
}

internal sealed class FakeCatalogStore : ICatalogStore
{
    public List<Course> Courses { get; } = [];

    public List<Mentor> Mentors { get; } = [];

    public List<DevelopmentProject> Projects { get; } = [];

    public List<InternalOpening> Openings { get; } = [];

    public Task<IReadOnlyList<Course>> ListCoursesAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Course>>(Courses);

    public Task<IReadOnlyList<Mentor>> ListMentorsAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Mentor>>(Mentors);

    public Task<IReadOnlyList<DevelopmentProject>> ListProjectsAsync(string tenantId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<DevelopmentProject>>(Projects);

    public Task<IReadOnlyList<InternalOpening>> ListOpeningsAsync(string tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InternalOpening>>([.. Openings.Where(o => o.IsOpen)]);
}

internal sealed class FakeDevelopmentStore : IDevelopmentStore
{
    public List<PersonSkill> Skills { get; } = [];

    public List<CourseEnrolment> Enrolments { get; } = [];

    public List<FeedbackItem> Feedback { get; } = [];

    public Task<IReadOnlyList<PersonSkill>> ListSkillsAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonSkill>>([.. Skills.Where(s => s.PersonId == personId)]);

    public Task<IReadOnlyList<CourseEnrolment>> ListEnrolmentsAsync(string tenantId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CourseEnrolment>>([.. Enrolments.Where(e => e.PersonId == personId)]);

    public Task<CourseEnrolment> SaveEnrolmentAsync(CourseEnrolment enrolment, CancellationToken cancellationToken)
    {
        CourseEnrolment saved = enrolment with { Version = enrolment.Version + 1 };
        Enrolments.RemoveAll(e => e.Id == enrolment.Id);
        Enrolments.Add(saved);
        return Task.FromResult(saved);
    }

    public Task<IReadOnlyList<FeedbackItem>> ListFeedbackAsync(string tenantId, string personId, DateOnly since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackItem>>([.. Feedback.Where(f => f.PersonId == personId && f.Date >= since).OrderByDescending(f => f.Date)]);
}

/// <summary>An in-memory preparation store with the version check of the real one.</summary>
internal sealed class FakePreparationStore : IPreparationStore
{
    public ConcurrentDictionary<string, Preparation> Items { get; } = new();

    public Task<Preparation?> GetAsync(string tenantId, string preparationId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.TryGetValue(preparationId, out Preparation? p) && p.TenantId == tenantId ? p : null);

    public Task<Preparation?> FindOpenAsync(string tenantId, string hrbpId, string employeeId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.Values.Where(p => p.TenantId == tenantId && p.HrbpId == hrbpId && p.EmployeeId == employeeId && p.IsOpen).MaxBy(p => p.UpdatedAt));

    public Task<IReadOnlyList<Preparation>> ListByHrbpAsync(string tenantId, string hrbpId, int maxCount, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Preparation>>([.. Items.Values.Where(p => p.TenantId == tenantId && p.HrbpId == hrbpId).OrderByDescending(p => p.UpdatedAt).Take(maxCount)]);

    public Task<Preparation> SaveAsync(Preparation preparation, CancellationToken cancellationToken)
    {
        lock (Items)
        {
            long stored = Items.TryGetValue(preparation.Id, out Preparation? existing) ? existing.Version : 0;
            if (stored != preparation.Version)
            {
                throw new ConcurrencyConflictException($"Preparation {preparation.Id} has version {stored}, not {preparation.Version}.");
            }

            Preparation saved = preparation with { Version = stored + 1 };
            Items[preparation.Id] = saved;
            return Task.FromResult(saved);
        }
    }
}

internal sealed class FakeActionItemStore : IActionItemStore
{
    public ConcurrentDictionary<string, ActionItem> Items { get; } = new();

    public Task<ActionItem?> GetAsync(string tenantId, string itemId, CancellationToken cancellationToken) =>
        Task.FromResult(Items.TryGetValue(itemId, out ActionItem? item) ? item : null);

    public Task<IReadOnlyList<ActionItem>> ListForEmployeeAsync(string tenantId, string employeeId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActionItem>>([.. Items.Values.Where(i => i.EmployeeId == employeeId).OrderByDescending(i => i.CreatedAt)]);

    public Task<IReadOnlyList<ActionItem>> ListForHrbpAsync(string tenantId, string hrbpId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ActionItem>>([.. Items.Values.Where(i => i.HrbpId == hrbpId).OrderByDescending(i => i.CreatedAt)]);

    public Task<ActionItem> SaveAsync(ActionItem item, CancellationToken cancellationToken)
    {
        ActionItem saved = item with { Version = item.Version + 1 };
        Items[item.Id] = saved;
        return Task.FromResult(saved);
    }
}
