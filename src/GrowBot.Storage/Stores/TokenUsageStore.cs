using GrowBot.Coaching.Notes;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>Per-tenant monthly token counts, incremented in the database so that concurrent turns add up.</summary>
internal sealed class TokenUsageStore : ITokenUsageStore
{
    private readonly GrowBotDbContextFactory _factory;

    public TokenUsageStore(GrowBotDbContextFactory factory)
    {
        _factory = factory;
    }

    public async Task<MonthlyTokenUsage> GetAsync(string tenantId, string month, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        TokenUsageRow? row = await db.TokenUsage.AsNoTracking().FirstOrDefaultAsync(u => u.TenantId == tenantId && u.Month == month, cancellationToken);
        return new MonthlyTokenUsage(tenantId, month, row?.PromptTokens ?? 0, row?.CompletionTokens ?? 0);
    }

    /// <summary>
    /// Increments the row with one UPDATE, and inserts the row when there is none yet. When a concurrent turn inserted
    /// it first, the insert fails on the key and the UPDATE runs again.
    /// </summary>
    public async Task AddAsync(string tenantId, string month, TokenUsage usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(usage);
        await using GrowBotDbContext db = _factory.CreateDbContext();
        if (await IncrementAsync(db, tenantId, month, usage, cancellationToken) > 0)
        {
            return;
        }

        db.TokenUsage.Add(new TokenUsageRow { TenantId = tenantId, Month = month, PromptTokens = usage.PromptTokens, CompletionTokens = usage.CompletionTokens });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            db.ChangeTracker.Clear();
            await IncrementAsync(db, tenantId, month, usage, cancellationToken);
        }
    }

    private static Task<int> IncrementAsync(GrowBotDbContext db, string tenantId, string month, TokenUsage usage, CancellationToken cancellationToken) =>
        db.TokenUsage
            .Where(u => u.TenantId == tenantId && u.Month == month)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(u => u.PromptTokens, u => u.PromptTokens + usage.PromptTokens)
                    .SetProperty(u => u.CompletionTokens, u => u.CompletionTokens + usage.CompletionTokens),
                cancellationToken);
}
