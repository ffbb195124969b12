namespace GrowBot.Protocol.Hosting;

/// <summary>
/// A process-local <see cref="IConversationReferenceStore"/> for tests and local development; the host registers
/// the durable store in its place.
/// </summary>
public sealed class InMemoryConversationReferenceStore : IConversationReferenceStore
{
    private readonly object _gate = new();
    private readonly List<ConversationReference> _references = [];

    /// <summary>A snapshot of all stored references.</summary>
    public IReadOnlyList<ConversationReference> All
    {
        get
        {
            lock (_gate)
            {
                return _references.ToList();
            }
        }
    }

    public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _references.RemoveAll(r => SameKey(r, reference));
            _references.Add(reference with { IsStale = false, StaleReason = null });
        }

        return Task.CompletedTask;
    }

    public Task<ConversationReference?> FindPersonalAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            ConversationReference? found = _references
                .Where(r => r.TenantId == tenantId && r.AadObjectId == aadObjectId && !r.IsStale && r.ConversationType == "personal")
                .OrderByDescending(r => r.UpdatedAt)
                .FirstOrDefault();
            return Task.FromResult(found);
        }
    }

    public Task MarkStaleAsync(string tenantId, string conversationId, string reason, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            for (int i = 0; i < _references.Count; i++)
            {
                if (_references[i].TenantId == tenantId && _references[i].ConversationId == conversationId)
                {
                    _references[i] = _references[i] with { IsStale = true, StaleReason = reason };
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task<bool> IsKnownServiceUrlAsync(string tenantId, string serviceUrl, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            bool known = _references.Any(r => r.TenantId == tenantId
                && string.Equals(r.ServiceUrl.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));
            return Task.FromResult(known);
        }
    }

    private static bool SameKey(ConversationReference a, ConversationReference b) =>
        a.TenantId == b.TenantId && a.UserId == b.UserId && a.ConversationId == b.ConversationId;
}
