using GrowBot.Protocol.Hosting;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace GrowBot.Storage.Stores;

/// <summary>
/// The durable inbound queue. The queue row and its de-duplication key are inserted in one SaveChanges,
/// which is one transaction. The primary key of the key row turns a redelivery into a unique violation.
/// </summary>
/// <remarks>
/// The queue contract addresses rows by id and lists pending rows of all tenants, because one host drains
/// the queue for every tenant after a restart. Each row still carries its tenant id.
/// </remarks>
internal sealed class InboundActivityQueue : IInboundActivityQueue
{
    private readonly GrowBotDbContextFactory _factory;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<InboundActivityQueue> _logger;

    public InboundActivityQueue(GrowBotDbContextFactory factory, TimeProvider timeProvider, ILogger<InboundActivityQueue> logger)
    {
        _factory = factory;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<bool> TryEnqueueAsync(QueuedActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.TenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.ConversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.ActivityId);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        bool seen = await db.DedupeKeys.AnyAsync(
            k => k.TenantId == activity.TenantId && k.ConversationId == activity.ConversationId && k.ActivityId == activity.ActivityId,
            cancellationToken);
        if (seen)
        {
            _logger.DuplicateActivityDropped(activity.TenantId, activity.ActivityId);
            return false;
        }

        db.DedupeKeys.Add(new DedupeKeyRow
        {
            TenantId = activity.TenantId,
            ConversationId = activity.ConversationId,
            ActivityId = activity.ActivityId,
            CreatedAt = _timeProvider.GetUtcNow(),
        });
        db.InboundQueue.Add(new QueuedActivityRow
        {
            TenantId = activity.TenantId,
            Id = activity.Id,
            ConversationId = activity.ConversationId,
            ActivityId = activity.ActivityId,
            Payload = activity.Payload,
            ReceivedAt = activity.ReceivedAt,
            Attempts = activity.Attempts,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            // A concurrent delivery of the same activity inserted the key first, and the transaction rolled back both rows.
            _logger.DuplicateActivityDropped(activity.TenantId, activity.ActivityId);
            return false;
        }
    }

    public async Task<IReadOnlyList<QueuedActivity>> ListPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        List<QueuedActivityRow> rows = await db.InboundQueue.AsNoTracking()
            .OrderBy(r => r.ReceivedAt)
            .ThenBy(r => r.Id)
            .Take(Math.Max(0, maxCount))
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new QueuedActivity(r.Id, r.TenantId, r.ConversationId, r.ActivityId, r.Payload, r.ReceivedAt, r.Attempts))
            .ToList();
    }

    public async Task RecordAttemptAsync(Guid id, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        await db.InboundQueue.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Attempts, r => r.Attempts + 1), cancellationToken);
    }

    public async Task CompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        await db.InboundQueue.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task PruneKeysAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        await using GrowBotDbContext db = _factory.CreateDbContext();
        await db.DedupeKeys.Where(k => k.CreatedAt < olderThan).ExecuteDeleteAsync(cancellationToken);
    }
}
