using System.Collections.Concurrent;

namespace GrowBot.Protocol.Hosting;

/// <summary>Remembers which welcomes were sent, so that each user gets one welcome per conversation.</summary>
public interface IWelcomeLedger
{
    /// <summary>
    /// Records the welcome of the member in the conversation. Returns true the first time, false when it was recorded
    /// before. Must be atomic: two concurrent calls for the same key return true once.
    /// </summary>
    Task<bool> TryRecordAsync(string tenantId, string conversationId, string memberId, CancellationToken cancellationToken);
}

/// <summary>A process-local ledger; welcomes are sent again after a restart. Replace it with a durable store.</summary>
public sealed class InMemoryWelcomeLedger : IWelcomeLedger
{
    private readonly ConcurrentDictionary<(string, string, string), byte> _welcomed = new();

    public Task<bool> TryRecordAsync(string tenantId, string conversationId, string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_welcomed.TryAdd((tenantId, conversationId, memberId), 0));
}
