using GrowBot.Coaching.Ingest;

namespace GrowBot.Web.Ingest;

/// <summary>
/// Authenticates ingest requests by a per-tenant API key in <c>Authorization: Bearer &lt;key&gt;</c> or
/// <c>X-Api-Key</c>, and stores the key's tenant for the endpoint. A missing or unknown key ends in 401.
/// </summary>
internal sealed class ApiKeyFilter : IEndpointFilter
{
    private const string TenantItem = "GrowBot.Ingest.TenantId";
    private readonly IApiKeyStore _keys;
    private readonly ILogger<ApiKeyFilter> _logger;

    public ApiKeyFilter(IApiKeyStore keys, ILogger<ApiKeyFilter> logger)
    {
        _keys = keys;
        _logger = logger;
    }

    /// <summary>Returns the tenant of the authenticated key of the request.</summary>
    public static string TenantOf(HttpContext context) =>
        context.Items[TenantItem] as string ?? throw new InvalidOperationException("The request did not pass the API key filter.");

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        HttpContext http = context.HttpContext;
        string? key = PresentedKey(http.Request);
        string? tenantId = key is null ? null : await _keys.FindTenantAsync(key, http.RequestAborted);
        if (tenantId is null)
        {
            _logger.IngestUnauthorized(key is null ? "missing" : "unknown or revoked");
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Unauthorized",
                detail: "Send a valid GrowBot API key in 'Authorization: Bearer <key>' or 'X-Api-Key'.");
        }

        http.Items[TenantItem] = tenantId;
        return await next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        string authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return authorization["Bearer ".Length..].Trim();
        }

        string apiKey = request.Headers["X-Api-Key"].ToString().Trim();
        return apiKey.Length > 0 ? apiKey : null;
    }
}
