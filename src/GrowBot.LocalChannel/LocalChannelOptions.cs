using GrowBot.LocalChannel.Personas;

namespace GrowBot.LocalChannel;

/// <summary>Settings of the local browser chat, bound from the configuration section <c>LocalChannel</c>.</summary>
public sealed class LocalChannelOptions
{
    public const string SectionName = "LocalChannel";

    /// <summary>Tenant id of configured personas that name none.</summary>
    public const string DefaultTenantId = "00000000-0000-0000-0000-000000000001";

    /// <summary>
    /// Personas of the configuration-based <see cref="ILocalPersonaSource"/> (<c>LocalChannel:Personas:0:Key</c>, …).
    /// Ignored when another source is registered.
    /// </summary>
    public List<ConfiguredPersona> Personas { get; set; } = [];

    /// <summary>Lifetime of a Direct Line token in seconds (<c>LocalChannel:TokenLifetimeSeconds</c>); default 3600.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>Maximum number of conversations kept in memory; the oldest is dropped beyond it. Default 200.</summary>
    public int MaxConversations { get; set; } = 200;

    /// <summary>One entry of <c>LocalChannel:Personas</c>; see <see cref="LocalPersona"/> for the meaning of each field.</summary>
    public sealed class ConfiguredPersona
    {
        public string? Key { get; set; }
        public string? DisplayNameEn { get; set; }
        public string? DisplayNameZh { get; set; }
        public string? AadObjectId { get; set; }
        public string? RoleLabelEn { get; set; }
        public string? RoleLabelZh { get; set; }
        public string? TenantId { get; set; }
    }
}
