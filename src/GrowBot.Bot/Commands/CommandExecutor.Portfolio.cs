using GrowBot.Bot.Localization;
using GrowBot.Bot.Replies;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;

namespace GrowBot.Bot.Commands;

public sealed partial class CommandExecutor
{
    /// <summary>Lists the HRBP's assigned employees, most urgent first.</summary>
    private async Task<BotReply> PortfolioAsync(Person actor, BotLocale locale, CancellationToken cancellationToken)
    {
        if (!await IsHrbpAsync(actor, cancellationToken).ConfigureAwait(false))
        {
            return BotReply.Sentence(locale, BotText.Get(locale, TextKey.PrepareNotHrbp));
        }

        IReadOnlyList<PortfolioEntry> entries = await _portfolio.ReadAsync(actor.TenantId, actor.Id, cancellationToken).ConfigureAwait(false);
        _logger.PortfolioShown(actor.TenantId, entries.Count);
        return new BotReply(PortfolioCards.Portfolio(locale, entries), entries.Count);
    }
}
