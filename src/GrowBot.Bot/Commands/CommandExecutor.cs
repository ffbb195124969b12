using GrowBot.Bot.Localization;
using GrowBot.Bot.Notes;
using GrowBot.Bot.Preparations;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Bot.Commands;

/// <summary>
/// Runs a command for the person behind the turn's Teams identity (<c>from.aadObjectId</c> in the turn's tenant)
/// and returns the reply. The caller has already ruled out group conversations.
/// </summary>
public sealed partial class CommandExecutor
{
    private readonly IPeopleDirectory _people;
    private readonly PreparationService _preparations;
    private readonly IPreparationStore _preparationStore;
    private readonly PreparationViewBuilder _views;
    private readonly PortfolioReader _portfolio;
    private readonly IConversationReferenceStore _references;
    private readonly IPersonalChatProvisioner _chats;
    private readonly ReplyComposer _composer;
    private readonly TimeProvider _time;
    private readonly BotOptions _options;
    private readonly NoteCommandHandler _notes;
    private readonly ILogger<CommandExecutor> _logger;

    public CommandExecutor(
        IPeopleDirectory people,
        PreparationService preparations,
        IPreparationStore preparationStore,
        PreparationViewBuilder views,
        PortfolioReader portfolio,
        IConversationReferenceStore references,
        ReplyComposer composer,
        TimeProvider time,
        IOptions<BotOptions> options,
        ILogger<CommandExecutor> logger,
        NoteCommandHandler notes,
        IPersonalChatProvisioner chats)
    {
        _notes = notes;
        _people = people;
        _preparations = preparations;
        _preparationStore = preparationStore;
        _views = views;
        _portfolio = portfolio;
        _references = references;
        _chats = chats;
        _composer = composer;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<BotReply> ExecuteAsync(TurnContext turn, BotCommand command, BotLocale locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(command);

        switch (command.Kind)
        {
            case CommandKind.Help:
                return BotReply.FromCard(ReplyCards.Help(locale));
            case CommandKind.Privacy:
                return BotReply.FromCard(ReplyCards.Privacy(locale));
            case CommandKind.Unknown:
                return BotReply.FromCard(ReplyCards.Help(locale, BotText.Get(locale, TextKey.UnknownText)));
        }

        Person? actor = await FindActorAsync(turn, cancellationToken).ConfigureAwait(false);
        if (actor is null)
        {
            _logger.UnknownUser(turn.Activity.Id, turn.TenantId);
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.UnknownUserText));
        }

        return command.Kind switch
        {
            CommandKind.WhoAmI => await WhoAmIAsync(actor, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.Prepare => await PrepareAsync(actor, command.Argument, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.PrepareSelect => await PrepareSelectedAsync(actor, command.Argument, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.Notes => await _notes.HandleAsync(actor, command.Argument, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.Continue => await ContinueAsync(actor, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.Portfolio => await PortfolioAsync(actor, locale, cancellationToken).ConfigureAwait(false),
            CommandKind.PreparationGo => await PreparationGoAsync(actor, command.Data ?? [], locale, cancellationToken).ConfigureAwait(false),
            CommandKind.PreparationOption => await PreparationOptionAsync(actor, command.Data ?? [], locale, cancellationToken).ConfigureAwait(false),
            CommandKind.PreparationAction => await PreparationActionAsync(actor, command.Data ?? [], locale, cancellationToken).ConfigureAwait(false),
            CommandKind.PreparationCheckIn => await PreparationCheckInAsync(turn, actor, command.Data ?? [], locale, cancellationToken).ConfigureAwait(false),
            CommandKind.CheckInSubmit => await CheckInSubmitAsync(actor, command.Data ?? [], locale, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Kind, "The command kind is not handled."),
        };
    }

    /// <summary>Finds the person of the turn's Teams identity; never trusts ids sent in card data.</summary>
    private async Task<Person?> FindActorAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        string? tenantId = turn.TenantId;
        string? aadObjectId = turn.Activity.From?.AadObjectId;
        if (string.IsNullOrEmpty(tenantId) || string.IsNullOrEmpty(aadObjectId))
        {
            return null;
        }

        Person? person = await _people.FindByAadObjectIdAsync(tenantId, aadObjectId, cancellationToken).ConfigureAwait(false);
        return person is { IsActive: true } ? person : null;
    }

    private async Task<BotReply> WhoAmIAsync(Person actor, BotLocale locale, CancellationToken cancellationToken)
    {
        Department? department = await _people.GetDepartmentAsync(actor.TenantId, actor.DepartmentId, cancellationToken).ConfigureAwait(false);
        UserRoles roles = await _people.GetRolesAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        return BotReply.FromCard(PersonCards.WhoAmI(locale, actor, department, roles));
    }
}
