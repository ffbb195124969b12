using System.Globalization;
using System.Text.Json.Nodes;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Notes;
using GrowBot.Bot.Preparations;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Commands;

public sealed partial class CommandExecutor
{
    /// <summary>Opens the HRBP's open preparation for the employee, or starts one, and returns its card.</summary>
    private async Task<BotReply> OpenPreparationAsync(Person actor, Person employee, BotLocale locale, CancellationToken cancellationToken)
    {
        Preparation preparation = await _preparations.OpenAsync(actor.TenantId, actor.Id, employee.Id, cancellationToken).ConfigureAwait(false);
        _logger.PreparationOpened(actor.TenantId, preparation.Id, preparation.Stage.ToString());
        PreparationView view = await _views.BuildAsync(preparation, actor, employee, cancellationToken).ConfigureAwait(false);
        return StageReply(locale, view);
    }

    /// <summary>Resumes the HRBP's most recently changed open preparation.</summary>
    private async Task<BotReply> ContinueAsync(Person actor, BotLocale locale, CancellationToken cancellationToken)
    {
        if (!await IsHrbpAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareNotHrbp));
        }

        Preparation? open = await _preparations.FindLatestOpenAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        Person? employee = open is null ? null : await AssignedEmployeeAsync(actor, open.EmployeeId, cancellationToken).ConfigureAwait(false);
        if (open is null || employee is null)
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepNoneOpen));
        }

        PreparationView view = await _views.BuildAsync(open, actor, employee, cancellationToken).ConfigureAwait(false);
        return StageReply(locale, view);
    }

    /// <summary>Saves the card's inputs and moves to the requested stage; the Brief stage completes the preparation.</summary>
    private async Task<BotReply> PreparationGoAsync(Person actor, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        PreparationView? view = await CardViewAsync(actor, data, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return Unavailable(actor, data, locale);
        }

        if (!view.Preparation.IsOpen)
        {
            return BriefReply(locale, view, withFile: false);
        }

        GrowStage target = PreparationInputs.Stage(data, CommandVerbs.StageField) ?? view.Preparation.Stage;
        Preparation saved = await _preparations.UpdateAsync(
            view.Preparation,
            (current, now) =>
            {
                Preparation changed = PreparationInputs.Apply(current, data, now);
                return target == GrowStage.Brief ? changed with { CompletedAt = now } : changed with { Stage = target };
            },
            cancellationToken).ConfigureAwait(false);
        _logger.PreparationStageChanged(actor.TenantId, saved.Id, saved.Stage.ToString(), target == GrowStage.Brief);

        // Target and role feed the Goal analyses, so the view is built again when they changed.
        PreparationView updated = saved.TargetPercent != view.Preparation.TargetPercent || saved.TargetRole != view.Preparation.TargetRole
            ? await _views.BuildAsync(saved, actor, view.Employee, cancellationToken).ConfigureAwait(false)
            : view with { Preparation = saved };
        if (target != GrowStage.Brief)
        {
            updated = updated with { NotesAnalysis = await AnalyseChangedNotesAsync(actor, view, saved, data, locale, cancellationToken).ConfigureAwait(false) };
        }

        return target == GrowStage.Brief ? BriefReply(locale, updated, withFile: true) : StageReply(locale, updated);
    }

    /// <summary>
    /// Analyses the notes of the stage the card showed when the click changed them, so that saving the same notes
    /// again neither stores a second analysis nor spends tokens of the external analyser.
    /// </summary>
    private async Task<StageNotesAnalysis?> AnalyseChangedNotesAsync(Person actor, PreparationView before, Preparation saved, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        GrowStage? from = PreparationInputs.Stage(data, PreparationInputs.FromField);
        if (from is not { } stage || stage == GrowStage.Brief || saved.NotesFor(stage) == before.Preparation.NotesFor(stage))
        {
            return null;
        }

        StageNotesAnalysis? analysis = await _notes.AnalyseStageNotesAsync(actor, before.Employee, saved, stage, locale, cancellationToken).ConfigureAwait(false);
        if (analysis is not null)
        {
            _logger.PreparationNotesAnalysed(actor.TenantId, saved.Id, stage.ToString(), analysis.Outcome.Analysis.Signals.Count);
        }

        return analysis;
    }

    /// <summary>Records an employee-facing option (course enrolment, mentor introduction, interest in a project or opening).</summary>
    private async Task<BotReply> PreparationOptionAsync(Person actor, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        PreparationView? view = await CardViewAsync(actor, data, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return Unavailable(actor, data, locale);
        }

        if (!view.Preparation.IsOpen)
        {
            return BriefReply(locale, view, withFile: false);
        }

        string? resourceId = CommandParser.ReadString(data, CommandVerbs.ResourceField);
        if (!Enum.TryParse(CommandParser.ReadString(data, CommandVerbs.KindField), ignoreCase: false, out OptionRequestKind kind)
            || resourceId is null
            || !PreparationInputs.IsOffered(view.Options, kind, resourceId))
        {
            return Unavailable(actor, data, locale);
        }

        Preparation saved = await _preparations.RecordOptionAsync(view.Preparation, kind, resourceId, actor.Id, cancellationToken).ConfigureAwait(false);
        saved = await _preparations.UpdateAsync(saved, (current, now) => PreparationInputs.Apply(current, data, now), cancellationToken).ConfigureAwait(false);
        _logger.PreparationOptionRecorded(actor.TenantId, saved.Id, kind.ToString());
        return StageReply(locale, view with { Preparation = saved });
    }

    /// <summary>Creates an action item from the Way forward inputs; invalid input gets a sentence and the card stays.</summary>
    private async Task<BotReply> PreparationActionAsync(Person actor, JsonObject data, BotLocale locale, CancellationToken cancellationToken)
    {
        PreparationView? view = await CardViewAsync(actor, data, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            return Unavailable(actor, data, locale);
        }

        if (!view.Preparation.IsOpen)
        {
            return BriefReply(locale, view, withFile: false);
        }

        ActionItemDraft? draft = PreparationInputs.ActionItem(data, view, DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime));
        if (draft is null)
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.WayInvalid));
        }

        var item = await _preparations.AddActionItemAsync(view.Preparation, draft, cancellationToken).ConfigureAwait(false);
        Preparation saved = await _preparations.UpdateAsync(view.Preparation, (current, now) => PreparationInputs.Apply(current, data, now), cancellationToken).ConfigureAwait(false);
        _logger.ActionItemCreated(actor.TenantId, saved.Id, item.Id);
        return StageReply(locale, view with { Preparation = saved, Items = [item, .. view.Items] });
    }

    /// <summary>
    /// Builds the view of the preparation named in card data for the clicker: the clicker must be an HRBP, own the
    /// preparation and still be assigned the employee. Returns null otherwise, without saying which check failed.
    /// </summary>
    private async Task<PreparationView?> CardViewAsync(Person actor, JsonObject data, CancellationToken cancellationToken)
    {
        if (!await IsHrbpAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        string? preparationId = CommandParser.ReadString(data, CommandVerbs.PreparationIdField);
        Preparation? preparation = await _preparations.GetForHrbpAsync(actor.TenantId, actor.Id, preparationId, cancellationToken).ConfigureAwait(false);
        Person? employee = preparation is null ? null : await AssignedEmployeeAsync(actor, preparation.EmployeeId, cancellationToken).ConfigureAwait(false);
        if (preparation is null || employee is null)
        {
            return null;
        }

        return await _views.BuildAsync(preparation, actor, employee, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Returns the employee when the HRBP is still assigned to them and they are active.</summary>
    private async Task<Person?> AssignedEmployeeAsync(Person actor, string employeeId, CancellationToken cancellationToken)
    {
        if (!await _people.IsAssignedAsync(actor.TenantId, actor.Id, employeeId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        Person? employee = await _people.GetAsync(actor.TenantId, employeeId, cancellationToken).ConfigureAwait(false);
        return employee is { IsActive: true } ? employee : null;
    }

    private BotReply Unavailable(Person actor, JsonObject data, BotLocale locale)
    {
        _logger.PreparationActionRejected(actor.Id, CommandParser.ReadString(data, CommandVerbs.PreparationIdField));
        return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareSelectionUnavailable));
    }

    private static BotReply StageReply(BotLocale locale, PreparationView view) =>
        new(PreparationCards.Stage(locale, view), PreparationCards.MaxListItems) { ReplacesCard = true };

    private static BotReply BriefReply(BotLocale locale, PreparationView view, bool withFile)
    {
        FileReply? file = withFile
            ? new FileReply(
                string.Create(CultureInfo.InvariantCulture, $"brief-{view.Employee.Id}-{view.Profile.Today:yyyy-MM-dd}.md"),
                "text/markdown",
                BriefMarkdown.Write(locale, view),
                BotText.Get(locale, TextKey.BriefFileMessage))
            : null;
        return new BotReply(BriefCards.Brief(locale, view), PreparationCards.MaxListItems) { ReplacesCard = true, File = file };
    }
}
