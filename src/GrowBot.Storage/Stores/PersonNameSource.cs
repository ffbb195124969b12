using GrowBot.Coaching.Notes;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>Lists every name and alias of a tenant's people, for the redaction of notes.</summary>
internal sealed class PersonNameSource : IPersonNameSource
{
    private readonly GrowBotDbContextFactory _factory;

    public PersonNameSource(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<IReadOnlyList<string>> ListNamesAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        var rows = await db.People.AsNoTracking()
            .Where(p => p.TenantId == tenantId)
            .Select(p => new { p.NameEn, p.NameZh, p.AliasesJson })
            .ToListAsync(cancellationToken);
        return rows
            .SelectMany(row => StringList.FromJson(row.AliasesJson).Append(row.NameEn).Append(row.NameZh))
            .Where(name => !string.IsNullOrWhiteSpace(name))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
