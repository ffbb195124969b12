using GrowBot.Coaching.Ingest;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrowBot.Web.Ingest;

/// <summary>
/// Makes the OpenAPI schemas of the ingest request match what the API accepts. The request records have
/// positional constructors, so the generator marks every property required, while the validator decides which
/// fields a record needs and reports the missing ones per record.
/// </summary>
internal sealed class IngestSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        Type type = context.JsonTypeInfo.Type;
        if (type.Namespace == typeof(IngestRequest).Namespace && type.Name.StartsWith("Ingest", StringComparison.Ordinal)
            && (type == typeof(IngestRequest) || type.Name.EndsWith("Record", StringComparison.Ordinal)))
        {
            schema.Required?.Clear();
        }

        return Task.CompletedTask;
    }
}

/// <summary>The problem details body of a rejected batch, as <see cref="IngestProblems"/> writes it, for the OpenAPI document.</summary>
/// <param name="Errors">The invalid records, when the body parsed but records failed validation.</param>
/// <param name="ErrorCount">The number of invalid records; <paramref name="Errors"/> lists at most the first 200.</param>
internal sealed record IngestProblemDocument(
    string? Type, string Title, int Status, string Detail, IReadOnlyList<IngestProblemError>? Errors, int? ErrorCount);

/// <summary>One invalid field of a record: its section (for example <c>metrics</c>), index, field, reason and JSON pointer.</summary>
internal sealed record IngestProblemError(string Section, int Index, string Field, string Reason, string Pointer);
