using GrowBot.Coaching.Demo;
using GrowBot.LocalChannel.Personas;

namespace GrowBot.Web.Demo;

/// <summary>
/// Offers the demo company's personas (HRBPs first, then employees, managers and the CEO) to the local browser
/// chat, in the tenant the demo company was seeded into.
/// </summary>
internal sealed class DemoLocalPersonaSource : ILocalPersonaSource
{
    private readonly IReadOnlyList<LocalPersona> _personas;

    public DemoLocalPersonaSource(IConfiguration configuration)
    {
        string? configuredTenant = configuration["Demo:TenantId"];
        string tenantId = string.IsNullOrWhiteSpace(configuredTenant) ? DemoPersonas.DefaultTenantId : configuredTenant;
        _personas = [.. DemoPersonas.All.Select(persona => ToLocalPersona(persona, tenantId))];
    }

    public Task<IReadOnlyList<LocalPersona>> ListAsync(CancellationToken cancellationToken) => Task.FromResult(_personas);

    private static LocalPersona ToLocalPersona(DemoPersona persona, string tenantId)
    {
        (string roleEn, string roleZh) = persona.Role switch
        {
            DemoRole.HrbpAdmin => ("HRBP and admin", "HRBP、管理员"),
            DemoRole.Hrbp => ("HRBP", "HRBP"),
            DemoRole.Manager => ("Manager", "经理"),
            DemoRole.Executive => ("Executive", "高管"),
            _ => ("Employee", "员工"),
        };
        return new LocalPersona(persona.Key, persona.NameEn, persona.NameZh, persona.AadObjectId, roleEn, roleZh, tenantId);
    }
}
