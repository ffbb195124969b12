using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using GrowBot.Coaching.Ingest;

namespace GrowBot.Web.Ingest;

/// <summary>The batch endpoints of the ingest API, under <c>/api/v1</c>.</summary>
internal static class IngestEndpoints
{
    /// <summary>Web defaults (camelCase), with unknown members rejected so that a misspelt field is not silently dropped.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/batches", PostBatchAsync)
            .WithName("PostBatch")
            .WithSummary("Upserts departments, people, HRBP assignments, goals and metric points of the key's tenant in one atomic batch.")
            .Accepts<IngestRequest>("application/json")
            .Produces<IngestResponse>(StatusCodes.Status200OK)
            .Produces<IngestProblemDocument>(StatusCodes.Status400BadRequest, "application/problem+json")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .Produces<IngestProblemDocument>(StatusCodes.Status409Conflict, "application/problem+json")
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapGet("/batches/{batchId}", GetBatchAsync)
            .WithName("GetBatch")
            .WithSummary("Returns when a batch id was accepted.")
            .Produces<IngestBatchReceipt>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PostBatchAsync(
        HttpContext context, IIngestStore store, IngestOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        string tenantId = ApiKeyFilter.TenantOf(context);
        ILogger logger = loggerFactory.CreateLogger(typeof(IngestEndpoints));
        CancellationToken cancellationToken = context.RequestAborted;

        (IngestRequest? request, IResult? problem) = await ReadRequestAsync(context.Request, options, cancellationToken);
        if (request is null)
        {
            logger.IngestRequestRejected(tenantId, "unreadable body");
            return problem!;
        }

        if (request.RecordCount > options.MaxBatchRecords)
        {
            logger.IngestRequestRejected(tenantId, "too many records");
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Batch too large",
                detail: $"The batch has {request.RecordCount} records; the limit is {options.MaxBatchRecords}. Split it into smaller batches.");
        }

        (IngestBatch? batch, IReadOnlyList<IngestError> errors) = IngestValidator.Validate(tenantId, request, timeProvider.GetUtcNow());
        IngestResult result = batch is null
            ? new IngestResult(IngestOutcome.Rejected, new Dictionary<string, int>(), 0, errors)
            : await store.ApplyAsync(batch, ContentHash(request), cancellationToken);
        logger.IngestBatchHandled(tenantId, result.Outcome, request.RecordCount, result.Errors.Count);

        return result.Outcome switch
        {
            IngestOutcome.Applied or IngestOutcome.Duplicate => Results.Ok(IngestResponse.From(request.BatchId, result)),
            IngestOutcome.Conflict => IngestProblems.Records(StatusCodes.Status409Conflict, "Batch id reused", result.Errors),
            _ => IngestProblems.Records(StatusCodes.Status400BadRequest, "Invalid records", result.Errors),
        };
    }

    private static async Task<IResult> GetBatchAsync(string batchId, HttpContext context, IIngestStore store)
    {
        IngestBatchReceipt? receipt = await store.FindBatchAsync(ApiKeyFilter.TenantOf(context), batchId, context.RequestAborted);
        return receipt is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Batch not found", detail: $"No batch '{batchId}' was accepted for this tenant.")
            : Results.Ok(receipt);
    }

    private static async Task<(IngestRequest? Request, IResult? Problem)> ReadRequestAsync(
        HttpRequest http, IngestOptions options, CancellationToken cancellationToken)
    {
        if (http.ContentLength > options.MaxRequestBytes)
        {
            return (null, TooLarge(options));
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
            {
                return (null, TooLarge(options));
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            IngestRequest? request = JsonSerializer.Deserialize<IngestRequest>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), JsonOptions);
            return request is null
                ? (null, IngestProblems.Body("The body is the JSON literal null; send a batch object."))
                : (request, null);
        }
        catch (JsonException exception)
        {
            // Names the JSON path and line of the first error, never a value of the body or a .NET type.
            string where = exception.Path is { Length: > 0 } path ? $" at {path}" : string.Empty;
            long line = (exception.LineNumber ?? 0) + 1;
            return (null, IngestProblems.Body(
                $"The body is not a valid batch{where} (line {line}): the JSON is malformed or a value has the wrong type. "
                + "Numbers must be JSON numbers, and text, dates and ids JSON strings; /openapi/v1.json lists the fields."));
        }
    }

    private static IResult TooLarge(IngestOptions options) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The limit is {options.MaxRequestBytes} bytes. Split the batch.");

    /// <summary>Hashes the parsed request, so that whitespace and member order do not make a resent batch differ.</summary>
    private static string ContentHash(IngestRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, JsonOptions)));
}

/// <summary>The response to an accepted batch.</summary>
/// <param name="Outcome"><c>applied</c>, or <c>duplicate</c> when the batch id was accepted before with the same content.</param>
/// <param name="Counts">Records per section.</param>
/// <param name="EndedAssignments">Open HRBP assignments ended by reassignments and leavers of this batch.</param>
internal sealed record IngestResponse(string? BatchId, string Outcome, IReadOnlyDictionary<string, int> Counts, int EndedAssignments)
{
    public static IngestResponse From(string? batchId, IngestResult result) => new(
        batchId, result.Outcome == IngestOutcome.Duplicate ? "duplicate" : "applied", result.Counts, result.EndedAssignments);
}
