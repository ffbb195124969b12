using GrowBot.LocalChannel.Conversations;
using GrowBot.LocalChannel.Personas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace GrowBot.LocalChannel.Page;

/// <summary>
/// The browser page (<c>GET /</c>), the Web Chat bundle, the persona list and the token endpoint that starts a
/// Direct Line session as a persona in a locale. Everything is served from this assembly.
/// </summary>
internal static class PageEndpoints
{
    public const string WebChatPath = "/local/webchat.js";
    private const string PageResource = "GrowBot.LocalChannel.index.html";
    private const string WebChatResource = "GrowBot.LocalChannel.webchat.js";
    private static readonly string[] SupportedLocales = ["en-US", "zh-CN"];

    /// <summary>True when the build embedded Web Chat (npm was reachable or the script had been run).</summary>
    public static bool IsWebChatEmbedded => typeof(PageEndpoints).Assembly.GetManifestResourceInfo(WebChatResource) is not null;

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/", GetPage);
        routes.MapGet(WebChatPath, GetWebChat);
        routes.MapGet("/local/personas", ListPersonasAsync);
        routes.MapPost("/local/tokens", IssueTokenAsync);
    }

    private static IResult GetPage(HttpContext httpContext)
    {
        using Stream stream = OpenResource(PageResource)!;
        using StreamReader reader = new(stream);
        string html = reader.ReadToEnd().Replace("{{webChatAvailable}}", IsWebChatEmbedded ? "true" : "false", StringComparison.Ordinal);
        httpContext.Response.Headers.CacheControl = "no-store";
        // The page loads only its own script and talks only to this host.
        httpContext.Response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static IResult GetWebChat()
    {
        Stream? stream = OpenResource(WebChatResource);
        return stream is null
            ? Results.NotFound("Web Chat is missing: run tools/webchat/fetch-webchat.sh and rebuild.")
            : Results.Stream(stream, "text/javascript; charset=utf-8");
    }

    private static async Task<IResult> ListPersonasAsync(ILocalPersonaSource personas, CancellationToken cancellationToken)
    {
        IReadOnlyList<LocalPersona> all = await personas.ListAsync(cancellationToken);
        return Results.Json(all.Select(p => new
        {
            key = p.Key,
            displayNameEn = p.DisplayNameEn,
            displayNameZh = p.DisplayNameZh,
            roleLabelEn = p.RoleLabelEn,
            roleLabelZh = p.RoleLabelZh,
        }));
    }

    private static async Task<IResult> IssueTokenAsync(TokenRequest request, ILocalPersonaSource personas, LocalConversationStore store, CancellationToken cancellationToken)
    {
        IReadOnlyList<LocalPersona> all = await personas.ListAsync(cancellationToken);
        if (request.PersonaKey is null || !all.Any(p => p.Key == request.PersonaKey))
        {
            return Results.BadRequest(new { error = "Unknown persona key." });
        }

        string? locale = SupportedLocales.FirstOrDefault(l => string.Equals(l, request.Locale, StringComparison.OrdinalIgnoreCase));
        if (locale is null)
        {
            return Results.BadRequest(new { error = "Unsupported locale; use en-US or zh-CN." });
        }

        string token = store.IssueToken(new LocalSession(request.PersonaKey, locale));
        return Results.Json(new { token, expires_in = (int)store.TokenLifetime.TotalSeconds });
    }

    private static Stream? OpenResource(string name) => typeof(PageEndpoints).Assembly.GetManifestResourceStream(name);

    /// <summary>Body of <c>POST /local/tokens</c>. Being JSON, it needs a CORS preflight from other origins, which this host never allows.</summary>
    internal sealed record TokenRequest(string? PersonaKey, string? Locale);
}
