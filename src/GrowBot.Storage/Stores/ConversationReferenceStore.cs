using GrowBot.Protocol.Hosting;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GrowBot.Storage.Stores;

internal sealed class ConversationReferenceStore : IConversationReferenceStore
{
    private const string PersonalConversationType = "personal";

    private readonly GrowBotDbContextFactory _factory;
    private readonly ILogger<ConversationReferenceStore> _logger;

    public ConversationReferenceStore(GrowBotDbContextFactory factory, ILogger<ConversationReferenceStore> logger)
    {
        _factory = factory;
        _logger = logger;
    }

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentException.ThrowIfNullOrWhiteSpace(reference.TenantId);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        ConversationReferenceRow? row = await db.ConversationReferences.FirstOrDefaultAsync(
            r => r.TenantId == reference.TenantId && r.UserId == reference.UserId && r.ConversationId == reference.ConversationId,
            cancellationToken);
        if (row is null)
        {
            row = new ConversationReferenceRow
            {
                TenantId = reference.TenantId,
                UserId = reference.UserId,
                ConversationId = reference.ConversationId,
                ConversationType = reference.ConversationType,
                ServiceUrl = reference.ServiceUrl,
                ServiceUrlKey = ServiceUrlKey(reference.ServiceUrl),
                BotId = reference.BotId,
                ChannelId = reference.ChannelId,
            };
            db.ConversationReferences.Add(row);
        }

        row.AadObjectId = reference.AadObjectId;
        row.ConversationType = reference.ConversationType;
        row.ServiceUrl = reference.ServiceUrl;
        row.ServiceUrlKey = ServiceUrlKey(reference.ServiceUrl);
        row.BotId = reference.BotId;
        row.ChannelId = reference.ChannelId;
        row.UpdatedAt = reference.UpdatedAt;
        row.IsStale = false;
        row.StaleReason = null;

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // Another turn of the same user inserted the row at the same moment, with the same reference.
            _logger.ReferenceInsertRaced(reference.TenantId);
        }
    }

    public async Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        ConversationReferenceRow? row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.AadObjectId == aadObjectId && r.ConversationType == PersonalConversationType && !r.IsStale)
            .OrderByDescending(r => r.UpdatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToReference(row);
    }

    public async Task MarkStaleAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        await db.ConversationReferences
            .Where(r => r.TenantId == tenantId && r.ConversationId == conversationId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.IsStale, true).SetProperty(r => r.StaleReason, reason), cancellationToken);
    }

    /// <summary>Compares case-insensitively and ignores a trailing slash; stale references count, because their URL was seen.</summary>
    public async Task<bool> IsKnownServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        string key = ServiceUrlKey(serviceUrl);
        await using GrowBotDbContext db = _factory.CreateDbContext();
        return await db.ConversationReferences.AnyAsync(r => r.TenantId == tenantId && r.ServiceUrlKey == key, cancellationToken);
    }

    private static string ServiceUrlKey(string serviceUrl) => serviceUrl.Trim().TrimEnd('/').ToLowerInvariant();

    private static ConversationReference ToReference(ConversationReferenceRow r) => new(
        r.TenantId, r.UserId, r.AadObjectId, r.ConversationId, r.ConversationType, r.ServiceUrl, r.BotId, r.ChannelId,
        r.UpdatedAt, r.IsStale, r.StaleReason);
}
