namespace GrowBot.Integrations.Connectors;

/// <summary>Where a connector result comes from.</summary>
public enum ConnectorStatus
{
    /// <summary>Retrieved from the source by this call.</summary>
    Fresh,

    /// <summary>Retrieved earlier and still within the connector's CacheMinutes.</summary>
    Cached,

    /// <summary>The source failed, so an older result is returned. <see cref="ConnectorResult{T}.AsOf"/> is its retrieval time.</summary>
    Stale,

    /// <summary>The source failed and nothing was cached.</summary>
    Unavailable,
}

/// <summary>A value read from a source, with the time it was retrieved there ("as of") for the freshness shown to HRBPs.</summary>
/// <param name="SkippedItems">Items of the response that were left out because a field was missing or invalid.</param>
/// <param name="Error">Why the source failed, for <see cref="ConnectorStatus.Stale"/> and <see cref="ConnectorStatus.Unavailable"/>.</param>
public sealed record ConnectorResult<T>(T? Value, ConnectorStatus Status, DateTimeOffset? AsOf, int SkippedItems, string? Error)
    where T : class
{
    public bool HasValue => Value is not null;
}
