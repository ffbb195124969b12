using GrowBot.Coaching.Ingest;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

internal sealed class ApiKeyStore : IApiKeyStore
{
    private readonly GrowBotDbContextFactory _factory;
    private readonly TimeProvider _timeProvider;

    public ApiKeyStore(GrowBotDbContextFactory factory, TimeProvider timeProvider)
    {
        _factory = factory;
        _timeProvider = timeProvider;
    }

    public async Task<string> CreateAsync(string tenantId, bool revokeOthers, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        DateTimeOffset now = _timeProvider.GetUtcNow();
        await using GrowBotDbContext db = _factory.CreateDbContext();
        if (revokeOthers)
        {
            List<ApiKeyRow> active = await db.ApiKeys
                .Where(k => k.TenantId == tenantId && k.RevokedAt == null)
                .ToListAsync(cancellationToken);
            active.ForEach(k => k.RevokedAt = now);
        }

        (string key, string keyId, byte[] hash) = ApiKeyFormat.Generate();
        db.ApiKeys.Add(new ApiKeyRow { KeyId = keyId, TenantId = tenantId, KeyHash = hash, CreatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public async Task<string?> FindTenantAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeyFormat.TryGetKeyId(presentedKey, out string keyId))
        {
            return null;
        }

        await using GrowBotDbContext db = _factory.CreateDbContext();
        ApiKeyRow? row = await db.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.KeyId == keyId && k.RevokedAt == null, cancellationToken);
        return row is not null && ApiKeyFormat.Matches(presentedKey, row.KeyHash) ? row.TenantId : null;
    }
}
