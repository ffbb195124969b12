using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GrowBot.Web.Ingest;

/// <summary>
/// Declares in the OpenAPI document how <c>/api/v1</c> is authenticated: an API key either as a bearer token in
/// <c>Authorization</c> or in the <c>X-Api-Key</c> header, as <see cref="ApiKeyFilter"/> accepts them.
/// </summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public const string BearerScheme = "ApiKeyBearer";
    public const string HeaderScheme = "ApiKeyHeader";
    private const string IngestPathPrefix = "/api/v1";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A GrowBot API key (see the api-key operator command) as the bearer token.",
        };
        document.Components.SecuritySchemes[HeaderScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A GrowBot API key in the X-Api-Key header.",
        };

        // Two requirement objects are alternatives: either scheme is enough.
        List<OpenApiSecurityRequirement> alternatives =
        [
            new() { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = [] },
            new() { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] },
        ];
        foreach ((string path, IOpenApiPathItem item) in document.Paths)
        {
            if (!path.StartsWith(IngestPathPrefix, StringComparison.Ordinal) || item.Operations is null)
            {
                continue;
            }

            foreach (OpenApiOperation operation in item.Operations.Values)
            {
                operation.Security = alternatives;
            }
        }

        return Task.CompletedTask;
    }
}
