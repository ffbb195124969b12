using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.Audit;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using Microsoft.Extensions.Options;

namespace GrowBot.Bot.Notes;

/// <summary>
/// Runs <c>notes &lt;text&gt;</c> for an HRBP: links the notes to an assigned employee when the first line starts with
/// the employee's name and a colon, or else to the employee of the HRBP's only open preparation, analyses and stores them through <see cref="NoteAnalysisService"/>, and returns
/// the analysis card with follow-up questions that cite the employee's latest overtime and rating.
/// </summary>
public sealed partial class NoteCommandHandler
{
    /// <summary>A name prefix longer than this is not looked up, so that an ordinary first sentence with a colon stays part of the notes.</summary>
    private const int MaxNamePrefixLength = 40;

    private readonly IPeopleDirectory _people;
    private readonly IMetricStore _metrics;
    private readonly IAuditLog _audit;
    private readonly IPreparationStore _preparations;
    private readonly NoteAnalysisService _analysis;
    private readonly TimeProvider _time;
    private readonly BotOptions _options;

    public NoteCommandHandler(IPeopleDirectory people, IMetricStore metrics, IAuditLog audit, IPreparationStore preparations, NoteAnalysisService analysis, TimeProvider time, IOptions<BotOptions> options)
    {
        _people = people;
        _metrics = metrics;
        _audit = audit;
        _preparations = preparations;
        _analysis = analysis;
        _time = time;
        _options = options.Value;
    }

    public async Task<BotReply> HandleAsync(Person actor, string? text, BotLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        UserRoles roles = await _people.GetRolesAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        if (!roles.HasFlag(UserRoles.Hrbp))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.NotesNotHrbp));
        }

        (Person? employee, string notes) = await SplitEmployeeAsync(actor, text ?? string.Empty, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(notes))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.NotesMissingText));
        }

        (Person? linked, Preparation? preparation) = await FindPreparationAsync(actor, employee, cancellationToken).ConfigureAwait(false);
        return await AnalyseAsync(actor, notes, locale, linked, preparation?.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<BotReply> AnalyseAsync(Person actor, string notes, BotLocale locale, Person? employee, string? preparationId, CancellationToken cancellationToken)
    {
        NoteSubmission submission = new(actor.TenantId, actor.Id, notes, locale.Name, employee?.Id, preparationId);
        NoteAnalysisOutcome outcome = await _analysis.AnalyseAndStoreAsync(submission, cancellationToken).ConfigureAwait(false);
        EmployeeFacts? facts = employee is null ? null : await LoadFactsAsync(actor, employee, cancellationToken).ConfigureAwait(false);

        IReadOnlyList<string> questions = NoteQuestions.Compose(locale, outcome, facts);
        return new BotReply(NoteCards.Analysis(locale, outcome, employee, questions), outcome.Analysis.Signals.Count);
    }

    /// <summary>
    /// Splits <c>name: notes</c> when the name before the first colon of the first line matches exactly one employee
    /// assigned to the HRBP; otherwise the whole text is the notes and no employee is linked.
    /// </summary>
    private async Task<(Person? Employee, string Notes)> SplitEmployeeAsync(Person actor, string text, CancellationToken cancellationToken)
    {
        string trimmed = text.Trim();
        int colon = trimmed.IndexOfAny([':', '：']);
        int newline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        if (colon <= 0 || colon > MaxNamePrefixLength || (newline >= 0 && newline < colon))
        {
            return (null, trimmed);
        }

        string name = trimmed[..colon].Trim();
        IReadOnlyList<Person> matches = await _people.SearchAsync(actor.TenantId, name, _options.MaxSearchResults, cancellationToken).ConfigureAwait(false);
        List<Person> assigned = [];
        foreach (Person match in matches.Where(p => p.IsActive && p.TenantId == actor.TenantId))
        {
            if (await _people.IsAssignedAsync(actor.TenantId, actor.Id, match.Id, cancellationToken).ConfigureAwait(false))
            {
                assigned.Add(match);
            }
        }

        return assigned.Count == 1 ? (assigned[0], trimmed[(colon + 1)..].Trim()) : (null, trimmed);
    }

    /// <summary>Reads the employee's latest overtime month and rating for the questions, and records the read in the audit log.</summary>
    private async Task<EmployeeFacts> LoadFactsAsync(Person actor, Person employee, CancellationToken cancellationToken)
    {
        MetricSeries overtime = await _metrics.GetSeriesAsync(actor.TenantId, employee.Id, MetricCodes.OvertimeHours, cancellationToken).ConfigureAwait(false);
        MetricSeries rating = await _metrics.GetSeriesAsync(actor.TenantId, employee.Id, MetricCodes.Rating, cancellationToken).ConfigureAwait(false);
        AuditRecord record = new(actor.TenantId, actor.Id, employee.Id, "notes.analyse", ["notes", "rating", "overtime"], _time.GetUtcNow());
        await _audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        return new EmployeeFacts(overtime.Latest, rating.Latest);
    }
}

/// <summary>The employee data that follow-up questions may cite.</summary>
public sealed record EmployeeFacts(MetricPoint? LatestOvertime, MetricPoint? LatestRating);
