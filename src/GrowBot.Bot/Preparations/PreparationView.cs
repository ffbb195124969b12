using GrowBot.Bot.Notes;
using GrowBot.Coaching.ActionItems;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Preparations;

/// <summary>Everything the preparation card and the brief show: the stored preparation, the assembled profile and the analyses.</summary>
/// <param name="RoleQuery">The target role the HRBP typed; <see cref="RoleGap"/> is null when nothing matched it.</param>
public sealed record PreparationView(
    Preparation Preparation,
    Person Hrbp,
    PreparationProfile Profile,
    FeasibilityCheck? Feasibility,
    string? RoleQuery,
    RoleGap? RoleGap,
    RankedOptions Options,
    IReadOnlyList<ActionItem> Items)
{
    public Person Employee => Profile.Employee;

    /// <summary>The analysis of the stage notes saved by this turn, or null when the turn analysed none.</summary>
    public StageNotesAnalysis? NotesAnalysis { get; init; }

    /// <summary>Items created in this preparation.</summary>
    public IEnumerable<ActionItem> OwnItems => Items.Where(i => i.PreparationId == Preparation.Id);

    /// <summary>Items from earlier preparations.</summary>
    public IEnumerable<ActionItem> EarlierItems => Items.Where(i => i.PreparationId != Preparation.Id);
}

/// <summary>Assembles the profile and runs the analyses of the preparation's stages.</summary>
public sealed class PreparationViewBuilder
{
    private readonly PreparationAssembler _assembler;
    private readonly PreparationService _preparations;
    private readonly PreparationOptions _options;

    public PreparationViewBuilder(PreparationAssembler assembler, PreparationService preparations, Microsoft.Extensions.Options.IOptions<PreparationOptions> options)
    {
        _assembler = assembler;
        _preparations = preparations;
        _options = options.Value;
    }

    public async Task<PreparationView> BuildAsync(Preparation preparation, Person hrbp, Person employee, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<ActionItem>> items = _preparations.ListActionItemsAsync(preparation, cancellationToken);
        PreparationProfile profile = await _assembler.AssembleAsync(preparation.TenantId, hrbp.Id, employee, cancellationToken).ConfigureAwait(false);

        FeasibilityCheck? feasibility = preparation.TargetPercent is { } target ? GoalAnalysis.CheckFeasibility(target, profile, _options) : null;
        RoleGap? gap = null;
        if (!string.IsNullOrWhiteSpace(preparation.TargetRole)
            && RoleGaps.Resolve(preparation.TargetRole, profile.Get<OptionsCatalogData>()?.Openings ?? []) is { } role)
        {
            gap = RoleGaps.Measure(role, profile.Get<GrowthData>()?.Skills ?? []);
        }

        RankedOptions options = OptionRanking.Rank(profile, gap);
        return new PreparationView(preparation, hrbp, profile, feasibility, preparation.TargetRole, gap, options, await items.ConfigureAwait(false));
    }
}
