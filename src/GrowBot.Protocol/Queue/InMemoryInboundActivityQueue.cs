using GrowBot.Protocol.Hosting;

namespace GrowBot.Protocol.Queue;

/// <summary>
/// A process-local <see cref="IInboundActivityQueue"/> for tests and local development. Nothing survives a
/// restart; the host registers the durable store in its place.
/// </summary>
public sealed class InMemoryInboundActivityQueue : IInboundActivityQueue
{
    private readonly object _gate = new();
    private readonly Dictionary<Guid, QueuedActivity> _rows = [];
    private readonly Dictionary<(string Tenant, string Conversation, string Activity), DateTimeOffset> _keys = [];
    private readonly TimeProvider _time;

    public InMemoryInboundActivityQueue(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Number of rows not yet completed.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _rows.Count;
            }
        }
    }

    /// <summary>Number of stored de-duplication keys.</summary>
    public int KeyCount
    {
        get
        {
            lock (_gate)
            {
                return _keys.Count;
            }
        }
    }

    public Task<bool> TryEnqueueAsync(QueuedActivity activity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (activity.TenantId, activity.ConversationId, activity.ActivityId);
            if (!_keys.TryAdd(key, _time.GetUtcNow()))
            {
                return Task.FromResult(false);
            }

            _rows[activity.Id] = activity;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<QueuedActivity>> ListPendingAsync(int maxCount, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<QueuedActivity> pending = _rows.Values.OrderBy(row => row.ReceivedAt).Take(maxCount).ToList();
            return Task.FromResult(pending);
        }
    }

    public Task RecordAttemptAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_rows.TryGetValue(id, out QueuedActivity? row))
            {
                _rows[id] = row with { Attempts = row.Attempts + 1 };
            }
        }

        return Task.CompletedTask;
    }

    public Task CompleteAsync(Guid id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _rows.Remove(id);
        }

        return Task.CompletedTask;
    }

    public Task PruneKeysAsync(DateTimeOffset olderThan, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            foreach (var key in _keys.Where(entry => entry.Value < olderThan).Select(entry => entry.Key).ToList())
            {
                _keys.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
