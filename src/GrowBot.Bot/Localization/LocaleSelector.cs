using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Localization;

/// <summary>
/// Chooses the language of a turn: the locale the client requested, else the tenant's default locale, else en-US.
/// </summary>
public sealed class LocaleSelector
{
    private readonly ITenantSettingsStore _tenantSettings;

    public LocaleSelector(ITenantSettingsStore tenantSettings)
    {
        ArgumentNullException.ThrowIfNull(tenantSettings);
        _tenantSettings = tenantSettings;
    }

    public async Task<BotLocale> SelectAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!string.IsNullOrWhiteSpace(turn.RequestedLocale))
        {
            return BotLocale.FromTag(turn.RequestedLocale);
        }

        if (string.IsNullOrEmpty(turn.TenantId))
        {
            return BotLocale.English;
        }

        TenantSettings settings = await _tenantSettings.GetAsync(turn.TenantId, cancellationToken).ConfigureAwait(false);
        return BotLocale.FromTag(settings.DefaultLocale);
    }
}
