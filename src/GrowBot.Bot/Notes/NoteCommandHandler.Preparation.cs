using GrowBot.Bot.Localization;
using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Notes;

public sealed partial class NoteCommandHandler
{
    /// <summary>Minimum length of a stage's notes, in UTF-16 code units, before saving them runs an analysis.</summary>
    public const int MinStageNotesLength = 20;

    /// <summary>Number of the HRBP's most recently changed preparations searched for open ones.</summary>
    private const int RecentPreparations = 50;

    /// <summary>
    /// Analyses and stores the preparation's notes for <paramref name="stage"/>, linked to the preparation and its
    /// employee, and composes the follow-up questions. Returns null when the notes are shorter than
    /// <see cref="MinStageNotesLength"/>. The caller checks that the actor is the employee's assigned HRBP.
    /// </summary>
    public async Task<StageNotesAnalysis?> AnalyseStageNotesAsync(Person actor, Person employee, Preparation preparation, GrowStage stage, BotLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(employee);
        ArgumentNullException.ThrowIfNull(preparation);
        string notes = preparation.NotesFor(stage);
        if (notes.Length < MinStageNotesLength)
        {
            return null;
        }

        NoteSubmission submission = new(actor.TenantId, actor.Id, notes, locale.Name, employee.Id, preparation.Id);
        NoteAnalysisOutcome outcome = await _analysis.AnalyseAndStoreAsync(submission, cancellationToken).ConfigureAwait(false);
        EmployeeFacts facts = await LoadFactsAsync(actor, employee, cancellationToken).ConfigureAwait(false);
        return new StageNotesAnalysis(stage, outcome, NoteQuestions.Compose(locale, outcome, facts));
    }

    /// <summary>
    /// Finds the open preparation that the notes belong to. With a named employee it is the HRBP's open preparation
    /// for that employee, if any. Without one it is the HRBP's only open preparation, and its employee becomes the
    /// linked employee while still active and assigned to the HRBP. Two or more open preparations link nothing.
    /// </summary>
    private async Task<(Person? Employee, Preparation? Preparation)> FindPreparationAsync(Person actor, Person? employee, CancellationToken cancellationToken)
    {
        if (employee is not null)
        {
            Preparation? forEmployee = await _preparations.FindOpenAsync(actor.TenantId, actor.Id, employee.Id, cancellationToken).ConfigureAwait(false);
            return (employee, forEmployee);
        }

        IReadOnlyList<Preparation> recent = await _preparations.ListByHrbpAsync(actor.TenantId, actor.Id, RecentPreparations, cancellationToken).ConfigureAwait(false);
        List<Preparation> open = [.. recent.Where(p => p.IsOpen)];
        if (open.Count != 1)
        {
            return (null, null);
        }

        Person? person = await _people.GetAsync(actor.TenantId, open[0].EmployeeId, cancellationToken).ConfigureAwait(false);
        bool assigned = person is { IsActive: true }
            && await _people.IsAssignedAsync(actor.TenantId, actor.Id, person.Id, cancellationToken).ConfigureAwait(false);
        return assigned ? (person, open[0]) : (null, null);
    }
}

/// <summary>The analysis of one stage's notes that the preparation card shows after they were saved.</summary>
public sealed record StageNotesAnalysis(GrowStage Stage, NoteAnalysisOutcome Outcome, IReadOnlyList<string> Questions);
