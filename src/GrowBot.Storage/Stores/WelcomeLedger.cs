using GrowBot.Protocol.Hosting;
using GrowBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace GrowBot.Storage.Stores;

/// <summary>
/// Durable welcome ledger: the primary key (tenant, conversation, member) makes the first insert win, so two
/// concurrent turns and a restart both leave one welcome.
/// </summary>
internal sealed class WelcomeLedger : IWelcomeLedger
{
    private readonly GrowBotDbContextFactory _factory;
    private readonly TimeProvider _time;

    public WelcomeLedger(GrowBotDbContextFactory factory, TimeProvider time)
    {
        _factory = factory;
        _time = time;
    }

    public async Task<bool> TryRecordAsync(string tenantId, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);

        await using GrowBotDbContext db = _factory.CreateDbContext();
        db.WelcomeRecords.Add(new WelcomeRecordRow
        {
            TenantId = tenantId ?? string.Empty,
            ConversationId = conversationId,
            MemberId = memberId,
            RecordedAt = _time.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return false;
        }
    }
}
