namespace GrowBot.Coaching;

/// <summary>
/// Thrown by a store when an update carries a version (ETag) that is no longer current because
/// another writer saved the item first. Read the item again and reapply the change.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
