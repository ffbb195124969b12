namespace GrowBot.Protocol.Hosting;

/// <summary>
/// An activity accepted by <c>/api/messages</c> and waiting for its turn. <see cref="Payload"/> is the
/// serialized activity, already encrypted by the protocol layer; stores treat it as opaque bytes.
/// </summary>
public sealed record QueuedActivity(
    Guid Id,
    string TenantId,
    string ConversationId,
    string ActivityId,
    byte[] Payload,
    DateTimeOffset ReceivedAt,
    int Attempts = 0);

/// <summary>
/// The durable inbound queue. A row exists from acknowledgement until its turn completed; a de-duplication
/// key for (tenant, conversation id, activity id) outlives the row so that a redelivery is dropped.
/// </summary>
public interface IInboundActivityQueue
{
    /// <summary>
    /// Stores the activity and its de-duplication key atomically. Returns false, and stores nothing,
    /// when the key already exists.
    /// </summary>
    Task<bool> TryEnqueueAsync(QueuedActivity activity, CancellationToken cancellationToken);

    /// <summary>Lists rows still waiting, oldest first (used after a restart).</summary>
    Task<IReadOnlyList<QueuedActivity>> ListPendingAsync(int maxCount, CancellationToken cancellationToken);

    /// <summary>Counts one more processing attempt of the row.</summary>
    Task RecordAttemptAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Removes the row; the de-duplication key stays.</summary>
    Task CompleteAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Deletes de-duplication keys older than the cutoff.</summary>
    Task PruneKeysAsync(DateTimeOffset olderThan, CancellationToken cancellationToken);
}
