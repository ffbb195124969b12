using GrowBot.Bot.Cards;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.People;

namespace GrowBot.Bot.Commands;

public sealed partial class CommandExecutor
{
    private const int MaxEchoedQueryLength = 100;

    /// <summary>
    /// Resolves the name among the employees assigned to the HRBP. No match and a match that is not assigned get the
    /// same rejection message, so the reply does not reveal whether the employee exists.
    /// </summary>
    private async Task<BotReply> PrepareAsync(Person actor, string? query, BotLocale locale, CancellationToken cancellationToken)
    {
        if (!await IsHrbpAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareNotHrbp));
        }

        if (string.IsNullOrWhiteSpace(query))
        {
            return BotReply.FromCard(ReplyCards.Help(locale, BotText.Get(locale, TextKey.PrepareMissingName)));
        }

        (IReadOnlyList<Person> assigned, bool searchCapped) = await FindAssignedMatchesAsync(actor, query, cancellationToken).ConfigureAwait(false);
        _logger.PrepareOutcome(actor.TenantId, assigned.Count switch { 0 => "not-found", 1 => "preparation", _ => "choice" }, assigned.Count);

        return assigned.Count switch
        {
            0 => BotReply.Sentence(locale, BotText.Format(locale, TextKey.PrepareNotFound, Quote(query))),
            1 => await OpenPreparationAsync(actor, assigned[0], locale, cancellationToken).ConfigureAwait(false),
            _ => new BotReply(PersonCards.Choice(locale, Quote(query), assigned, searchCapped), assigned.Count),
        };
    }

    /// <summary>
    /// Opens the profile chosen on a choice card. The person id comes from card data, so the assignment is checked
    /// again for the person who clicked.
    /// </summary>
    private async Task<BotReply> PrepareSelectedAsync(Person actor, string? personId, BotLocale locale, CancellationToken cancellationToken)
    {
        if (!await IsHrbpAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareNotHrbp));
        }

        Person? employee = null;
        if (!string.IsNullOrWhiteSpace(personId)
            && await _people.IsAssignedAsync(actor.TenantId, actor.Id, personId, cancellationToken).ConfigureAwait(false))
        {
            employee = await _people.GetAsync(actor.TenantId, personId, cancellationToken).ConfigureAwait(false);
        }

        if (employee is not { IsActive: true })
        {
            _logger.SelectionRejected(actor.Id, personId);
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareSelectionUnavailable));
        }

        return await OpenPreparationAsync(actor, employee, locale, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Shortens the user's query before it is echoed in a reply.</summary>
    private static string Quote(string query) => TextElements.Truncate(query.Trim(), MaxEchoedQueryLength);

    private async Task<bool> IsHrbpAsync(Person actor, CancellationToken cancellationToken)
    {
        UserRoles roles = await _people.GetRolesAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        return roles.HasFlag(UserRoles.Hrbp);
    }

    /// <summary>
    /// Searches the directory and keeps only the matches assigned to the HRBP, in the directory's order. The flag is
    /// true when the search returned its maximum, so more assigned matches may exist.
    /// </summary>
    // NOTE: reads at most BotOptions.MaxSearchResults matches; an assigned employee beyond them is not found.
    private async Task<(IReadOnlyList<Person> Assigned, bool SearchCapped)> FindAssignedMatchesAsync(Person actor, string query, CancellationToken cancellationToken)
    {
        IReadOnlyList<Person> matches = await _people.SearchAsync(actor.TenantId, query.Trim(), _options.MaxSearchResults, cancellationToken).ConfigureAwait(false);
        if (matches.Count == 0)
        {
            return ([], false);
        }

        IReadOnlyList<Person> assigned = await _people.ListAssignedAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        HashSet<string> assignedIds = [.. assigned.Select(person => person.Id)];
        List<Person> assignedMatches = [.. matches.Where(person => person.IsActive && person.TenantId == actor.TenantId && assignedIds.Contains(person.Id))];
        return (assignedMatches, matches.Count >= _options.MaxSearchResults);
    }
}
