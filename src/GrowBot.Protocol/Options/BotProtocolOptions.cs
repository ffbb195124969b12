namespace GrowBot.Protocol.Options;

/// <summary>GrowBot's own protocol settings, bound from the <c>Bot</c> configuration section.</summary>
public sealed class BotProtocolOptions
{
    public const string SectionName = "Bot";

    /// <summary>Maximum size of a request body on the messages endpoint, in bytes; larger requests get 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Maximum size of an outbound activity, in UTF-16 bytes of its serialized JSON.</summary>
    public int MaxMessageBytes { get; set; } = 40 * 1024;

    /// <summary>How long a de-duplication key is kept after its activity was accepted.</summary>
    public TimeSpan DedupeKeyTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Number of background workers that run queued turns.</summary>
    public int QueueWorkerCount { get; set; } = 4;

    /// <summary>Processing attempts of a queued activity before it is dropped (a crash during a turn counts as one).</summary>
    public int MaxTurnAttempts { get; set; } = 3;

    /// <summary>Time budget of one background turn.</summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Retry settings of connector calls.</summary>
    public ConnectorRetryOptions ConnectorRetry { get; set; } = new();
}

/// <summary>Retry settings for 412, 429, 502, 503 and 504 responses of the Bot Connector.</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Retries after the first attempt.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Delay before the first retry; it doubles per retry, with ±20 % jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Upper bound of a backoff delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Upper bound of a wait that a 429 Retry-After header requests.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);
}
