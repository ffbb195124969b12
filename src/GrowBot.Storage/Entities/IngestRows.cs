namespace GrowBot.Storage.Entities;

/// <summary>
/// A hashed API key of the ingest API. The key id is the primary key, because a request presents its key
/// before its tenant is known. The tenant id is read from this row.
/// </summary>
internal sealed class ApiKeyRow
{
    public required string KeyId { get; set; }
    public required string TenantId { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] KeyHash { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

/// <summary>A batch id accepted by the ingest API, with the hash of its content.</summary>
internal sealed class IngestBatchRow
{
    public required string TenantId { get; set; }
    public required string BatchId { get; set; }
    public required string ContentHash { get; set; }
    public int RecordCount { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}
