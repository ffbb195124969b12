using Microsoft.Extensions.Options;

namespace GrowBot.LocalChannel.Personas;

/// <summary>Personas from the configuration section <c>LocalChannel:Personas</c> (a list of <see cref="LocalPersona"/> fields).</summary>
internal sealed class ConfigurationPersonaSource : ILocalPersonaSource
{
    private readonly IOptionsMonitor<LocalChannelOptions> _options;

    public ConfigurationPersonaSource(IOptionsMonitor<LocalChannelOptions> options)
    {
        _options = options;
    }

    public Task<IReadOnlyList<LocalPersona>> ListAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<LocalPersona> personas = _options.CurrentValue.Personas
            .Where(p => !string.IsNullOrWhiteSpace(p.Key))
            .Select(p => new LocalPersona(
                p.Key!,
                p.DisplayNameEn ?? p.Key!,
                p.DisplayNameZh ?? p.DisplayNameEn ?? p.Key!,
                p.AadObjectId ?? string.Empty,
                p.RoleLabelEn ?? string.Empty,
                p.RoleLabelZh ?? p.RoleLabelEn ?? string.Empty,
                p.TenantId ?? LocalChannelOptions.DefaultTenantId))
            .ToList();
        return Task.FromResult(personas);
    }
}
