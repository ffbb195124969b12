using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.Catalog;
using GrowBot.Coaching.Development;
using GrowBot.Coaching.Goals;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Options;

namespace GrowBot.Coaching.Preparations;

/// <summary>Personal goals with their team goal and company objective, and the goal completion history.</summary>
public sealed class GoalsSection : IProfileSection
{
    private readonly IGoalStore _goals;
    private readonly IMetricStore _metrics;

    public GoalsSection(IGoalStore goals, IMetricStore metrics)
    {
        _goals = goals;
        _metrics = metrics;
    }

    public string Name => PreparationSections.Goals;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        Task<MetricSeries> completion = _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.GoalCompletion, cancellationToken);
        IReadOnlyList<Goal> personal = await _goals.ListPersonalAsync(query.TenantId, query.Employee.Id, query.Today, cancellationToken).ConfigureAwait(false);
        var chains = new List<GoalChain>();
        foreach (Goal goal in personal)
        {
            IReadOnlyList<Goal> chain = await _goals.GetChainAsync(query.TenantId, goal.Id, cancellationToken).ConfigureAwait(false);
            Goal? team = chain.FirstOrDefault(g => g.Level == GoalLevel.Team);
            Goal? company = chain.FirstOrDefault(g => g.Level == GoalLevel.Company);
            decimal? share = team is { Target: > 0m } && team.Unit == goal.Unit && goal.Unit != "%"
                ? Math.Round(goal.Target / team.Target * 100m, 1)
                : null;
            chains.Add(new GoalChain(goal, team, company, share));
        }

        return new GoalsData(chains, await completion.ConfigureAwait(false));
    }
}

/// <summary>Quarterly ratings and the role's key indicators.</summary>
public sealed class PerformanceSection : IProfileSection
{
    private readonly IMetricStore _metrics;
    private readonly PreparationOptions _options;

    public PerformanceSection(IMetricStore metrics, IOptions<PreparationOptions> options)
    {
        _metrics = metrics;
        _options = options.Value;
    }

    public string Name => PreparationSections.Performance;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        Task<MetricSeries> ratings = _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.Rating, cancellationToken);
        MetricSeries[] kpis = await Task.WhenAll(_options.KpiMetricCodes
            .Select(code => _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, code, cancellationToken))).ConfigureAwait(false);
        return new PerformanceData(await ratings.ConfigureAwait(false), [.. kpis.Where(series => series.Points.Count > 0)]);
    }
}

/// <summary>Overtime, concurrent projects and utilisation.</summary>
public sealed class WorkloadSection : IProfileSection
{
    private const string UtilisationCode = "utilisation";

    private readonly IMetricStore _metrics;

    public WorkloadSection(IMetricStore metrics)
    {
        _metrics = metrics;
    }

    public string Name => PreparationSections.Workload;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        MetricSeries[] series = await Task.WhenAll(
            _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.OvertimeHours, cancellationToken),
            _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.ConcurrentProjects, cancellationToken),
            _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, UtilisationCode, cancellationToken)).ConfigureAwait(false);
        return new WorkloadData(series[0], series[1], series[2]);
    }
}

/// <summary>Training participation, course enrolments and skills.</summary>
public sealed class GrowthSection : IProfileSection
{
    private readonly IMetricStore _metrics;
    private readonly IDevelopmentStore _development;
    private readonly ICatalogStore _catalog;

    public GrowthSection(IMetricStore metrics, IDevelopmentStore development, ICatalogStore catalog)
    {
        _metrics = metrics;
        _development = development;
        _catalog = catalog;
    }

    public string Name => PreparationSections.Growth;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        Task<MetricSeries> training = _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.TrainingParticipation, cancellationToken);
        Task<IReadOnlyList<CourseEnrolment>> enrolments = _development.ListEnrolmentsAsync(query.TenantId, query.Employee.Id, cancellationToken);
        Task<IReadOnlyList<PersonSkill>> skills = _development.ListSkillsAsync(query.TenantId, query.Employee.Id, cancellationToken);
        Task<IReadOnlyList<Course>> courses = _catalog.ListCoursesAsync(query.TenantId, cancellationToken);
        await Task.WhenAll(training, enrolments, skills, courses).ConfigureAwait(false);

        HashSet<string> enrolledIds = [.. enrolments.Result.Select(e => e.CourseId)];
        Dictionary<string, Course> enrolledCourses = courses.Result.Where(c => enrolledIds.Contains(c.Id)).ToDictionary(c => c.Id);
        return new GrowthData(training.Result, enrolments.Result, enrolledCourses, skills.Result);
    }
}

/// <summary>Feedback of the last year, CRM complaint and satisfaction figures, ERP and project figures.</summary>
public sealed class FeedbackSection : IProfileSection
{
    private readonly IMetricStore _metrics;
    private readonly IDevelopmentStore _development;
    private readonly PreparationOptions _options;

    public FeedbackSection(IMetricStore metrics, IDevelopmentStore development, IOptions<PreparationOptions> options)
    {
        _metrics = metrics;
        _development = development;
        _options = options.Value;
    }

    public string Name => PreparationSections.Feedback;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<FeedbackItem>> items = _development.ListFeedbackAsync(query.TenantId, query.Employee.Id, query.Today.AddYears(-1), cancellationToken);
        Task<MetricSeries> complaints = _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.ComplaintRate, cancellationToken);
        Task<MetricSeries> satisfaction = _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, MetricCodes.CustomerSatisfaction, cancellationToken);
        Task<MetricSeries[]> project = Task.WhenAll(_options.ProjectMetricCodes
            .Select(code => _metrics.GetSeriesAsync(query.TenantId, query.Employee.Id, code, cancellationToken)));
        await Task.WhenAll(items, complaints, satisfaction, project).ConfigureAwait(false);
        return new FeedbackData(items.Result, complaints.Result, satisfaction.Result, [.. project.Result.Where(s => s.Points.Count > 0)]);
    }
}

/// <summary>Courses, mentors with capacity information, projects and open positions.</summary>
public sealed class OptionsCatalogSection : IProfileSection
{
    private readonly ICatalogStore _catalog;
    private readonly IPeopleDirectory _people;

    public OptionsCatalogSection(ICatalogStore catalog, IPeopleDirectory people)
    {
        _catalog = catalog;
        _people = people;
    }

    public string Name => PreparationSections.Options;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<Course>> courses = _catalog.ListCoursesAsync(query.TenantId, cancellationToken);
        Task<IReadOnlyList<Mentor>> mentors = _catalog.ListMentorsAsync(query.TenantId, cancellationToken);
        Task<IReadOnlyList<DevelopmentProject>> projects = _catalog.ListProjectsAsync(query.TenantId, cancellationToken);
        Task<IReadOnlyList<InternalOpening>> openings = _catalog.ListOpeningsAsync(query.TenantId, cancellationToken);
        await Task.WhenAll(courses, mentors, projects, openings).ConfigureAwait(false);

        var named = new List<(Mentor, Person)>();
        foreach (Mentor mentor in mentors.Result.Where(m => m.PersonId != query.Employee.Id))
        {
            if (await _people.GetAsync(query.TenantId, mentor.PersonId, cancellationToken).ConfigureAwait(false) is { IsActive: true } person)
            {
                named.Add((mentor, person));
            }
        }

        return new OptionsCatalogData(courses.Result, named, projects.Result, openings.Result);
    }
}

/// <summary>The employee's action items from earlier interviews.</summary>
public sealed class PastActionItemsSection : IProfileSection
{
    private readonly IActionItemStore _items;

    public PastActionItemsSection(IActionItemStore items)
    {
        _items = items;
    }

    public string Name => PreparationSections.ActionItems;

    public async Task<ProfileSectionData> LoadAsync(ProfileQuery query, CancellationToken cancellationToken) =>
        new PastActionItemsData(await _items.ListForEmployeeAsync(query.TenantId, query.Employee.Id, cancellationToken).ConfigureAwait(false));
}
