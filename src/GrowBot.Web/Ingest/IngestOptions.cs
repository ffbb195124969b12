namespace GrowBot.Web.Ingest;

/// <summary>Limits of the ingest API, from the <c>Ingest</c> configuration section.</summary>
internal sealed record IngestOptions
{
    /// <summary><c>Ingest:MaxBatchRecords</c>: records per batch, all sections together (default 1000).</summary>
    public int MaxBatchRecords { get; init; } = 1000;

    /// <summary><c>Ingest:MaxRequestBytes</c>: size of a request body in bytes (default 8 MiB).</summary>
    public long MaxRequestBytes { get; init; } = 8 * 1024 * 1024;

    public static IngestOptions FromConfiguration(IConfiguration configuration)
    {
        var options = new IngestOptions();
        int records = configuration.GetValue("Ingest:MaxBatchRecords", options.MaxBatchRecords);
        long bytes = configuration.GetValue("Ingest:MaxRequestBytes", options.MaxRequestBytes);
        if (records < 1 || bytes < 1024)
        {
            throw new InvalidOperationException(
                $"Ingest:MaxBatchRecords ({records}) must be at least 1 and Ingest:MaxRequestBytes ({bytes}) at least 1024.");
        }

        return new IngestOptions { MaxBatchRecords = records, MaxRequestBytes = bytes };
    }
}
