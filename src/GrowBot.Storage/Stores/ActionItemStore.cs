using GrowBot.Coaching.ActionItems;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class ActionItemStore : IActionItemStore
{
    private readonly GrowBotDbContextFactory _factory;

    public ActionItemStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<ActionItem?> GetAsync(string tenantId, string itemId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        ActionItemRow? row = await db.ActionItems.AsNoTracking().FirstOrDefaultAsync(r => r.TenantId == tenantId && r.Id == itemId, cancellationToken);
        return row is null ? null : ToItem(row);
    }

    public async Task<IReadOnlyList<ActionItem>> ListForEmployeeAsync(string tenantId, string employeeId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<ActionItemRow> rows = await db.ActionItems.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.EmployeeId == employeeId).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(ToItem)];
    }

    public async Task<IReadOnlyList<ActionItem>> ListForHrbpAsync(string tenantId, string hrbpId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<ActionItemRow> rows = await db.ActionItems.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.HrbpId == hrbpId).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.Id, StringComparer.Ordinal).Select(ToItem)];
    }

    public async Task<ActionItem> SaveAsync(ActionItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(item.Id);
        if (item.Progress is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(item), item.Progress, "Progress must be between 0 and 100.");
        }

        await using GrowBotDbContext db = _factory.CreateDbContext();
        long version = await VersionedSave.SaveAsync(db, ToRow(item), [item.TenantId, item.Id], item.Version, cancellationToken);
        return item with { Version = version };
    }

    private static ActionItemRow ToRow(ActionItem i) => new()
    {
        TenantId = i.TenantId,
        Id = i.Id,
        PreparationId = i.PreparationId,
        HrbpId = i.HrbpId,
        EmployeeId = i.EmployeeId,
        Title = i.Title,
        OwnerPersonId = i.OwnerPersonId,
        DueOn = i.DueOn,
        MilestonesJson = StringList.ToJson(i.Milestones),
        Cadence = i.Cadence.ToString(),
        LinkedResource = i.LinkedResource,
        MetricCode = i.MetricCode,
        Status = i.Status.ToString(),
        Progress = i.Progress,
        CreatedAt = i.CreatedAt,
        CompletedAt = i.CompletedAt,
        Version = i.Version,
    };

    private static ActionItem ToItem(ActionItemRow r) => new(
        r.TenantId, r.Id, r.PreparationId, r.HrbpId, r.EmployeeId, r.Title, r.OwnerPersonId, r.DueOn,
        StringList.FromJson(r.MilestonesJson), Enum.Parse<CheckInCadence>(r.Cadence), r.LinkedResource, r.MetricCode,
        Enum.Parse<ActionItemStatus>(r.Status), r.Progress, r.CreatedAt, r.CompletedAt, r.Version);
}
