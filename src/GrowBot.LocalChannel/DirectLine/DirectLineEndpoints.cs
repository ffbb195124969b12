using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Conversations;
using GrowBot.LocalChannel.Delivery;
using GrowBot.LocalChannel.Personas;
using GrowBot.Protocol.Activities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel.DirectLine;

/// <summary>
/// The part of Direct Line 3.0 that Web Chat uses with polling (<c>webSocket: false</c>): start a conversation,
/// post an activity, read activities after a watermark, refresh the token. Every call carries a Bearer token
/// issued by the page endpoint; an unknown or expired token gets 403, as in Direct Line.
/// </summary>
internal static class DirectLineEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup("/v3/directline");
        group.MapPost("/conversations", StartConversationAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivities);
        group.MapPost("/tokens/refresh", RefreshToken);
    }

    private static async Task<IResult> StartConversationAsync(
        HttpContext httpContext,
        LocalConversationStore store,
        ILocalPersonaSource personas,
        HostLoopbackAddress address,
        BotDelivery delivery,
        TimeProvider timeProvider,
        ILogger<LocalConversationStore> logger,
        CancellationToken cancellationToken)
    {
        string? token = BearerToken(httpContext);
        LocalSession? session = store.FindSession(token);
        if (session is null)
        {
            return Forbidden(logger);
        }

        if (session.ConversationId is not null)
        {
            // A second start with the same token returns the session's conversation; one dropped from memory is not recreated.
            LocalConversation? existing = store.FindConversation(session.ConversationId);
            return existing is null ? Forbidden(logger) : StartedResult(existing.Id, token!, store);
        }

        IReadOnlyList<LocalPersona> all = await personas.ListAsync(cancellationToken);
        LocalPersona? persona = all.FirstOrDefault(p => p.Key == session.PersonaKey);
        if (persona is null)
        {
            return Forbidden(logger);
        }

        LocalConversation conversation = store.CreateConversation(persona, session.Locale);
        string boundId = session.BindConversation(conversation.Id);
        if (boundId != conversation.Id)
        {
            // A concurrent request with the same token started the session's conversation first.
            store.RemoveConversation(conversation.Id);
            return StartedResult(boundId, token!, store);
        }

        logger.ConversationStarted(conversation.Id);
        Activity started = TeamsActivityFactory.ConversationStarted(conversation, address.ServiceUrl, conversation.NewActivityId(), timeProvider.GetUtcNow());
        _ = delivery.EnqueueAsync(conversation, started);
        return StartedResult(conversation.Id, token!, store);
    }

    private static IResult StartedResult(string conversationId, string token, LocalConversationStore store) =>
        Results.Json(
            new { conversationId, token, expires_in = (int)store.TokenLifetime.TotalSeconds },
            statusCode: StatusCodes.Status201Created);

    private static async Task<IResult> PostActivityAsync(
        string conversationId,
        HttpContext httpContext,
        LocalConversationStore store,
        HostLoopbackAddress address,
        BotDelivery delivery,
        TimeProvider timeProvider,
        ILogger<LocalConversationStore> logger,
        CancellationToken cancellationToken)
    {
        LocalConversation? conversation = AuthorizedConversation(httpContext, store, conversationId);
        if (conversation is null)
        {
            return Forbidden(logger);
        }

        JsonNode? body = await LocalChannelJson.ReadBodyAsync(httpContext.Request.Body, cancellationToken);
        if (body is not JsonObject posted)
        {
            return Results.BadRequest(new { error = new { code = "BadArgument", message = "The body must be an activity object." } });
        }

        string id = conversation.NewActivityId();
        DateTimeOffset now = timeProvider.GetUtcNow();
        if (LocalChannelJson.GetString(posted, "type") != "typing")
        {
            conversation.Append(Echo(posted, conversation, id, now));
        }

        Activity? teamsActivity = TeamsActivityFactory.FromWebChat(posted, conversation, address.ServiceUrl, id, now);
        if (teamsActivity is not null)
        {
            _ = delivery.EnqueueAsync(conversation, teamsActivity);
        }

        return Results.Json(new { id });
    }

    private static IResult GetActivities(string conversationId, string? watermark, HttpContext httpContext, LocalConversationStore store, ILogger<LocalConversationStore> logger)
    {
        LocalConversation? conversation = AuthorizedConversation(httpContext, store, conversationId);
        if (conversation is null)
        {
            return Forbidden(logger);
        }

        // Web Chat sends an empty watermark on its first poll.
        int from = int.TryParse(watermark, out int parsed) && parsed > 0 ? parsed : 0;
        (IReadOnlyList<JsonObject> activities, int next) = conversation.ReadFrom(from);
        return Results.Json(new { activities, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    private static IResult RefreshToken(HttpContext httpContext, LocalConversationStore store, ILogger<LocalConversationStore> logger)
    {
        LocalSession? session = store.FindSession(BearerToken(httpContext));
        if (session is null)
        {
            return Forbidden(logger);
        }

        string token = store.IssueToken(session);
        return Results.Json(new { conversationId = session.ConversationId, token, expires_in = (int)store.TokenLifetime.TotalSeconds });
    }

    // Echo of the user's own activity: Web Chat marks a message as sent only when it comes back with its
    // clientActivityID, and shows it from the user's side because of role "user".
    private static JsonObject Echo(JsonObject posted, LocalConversation conversation, string id, DateTimeOffset now)
    {
        JsonObject echo = posted.DeepClone().AsObject();
        echo["id"] = id;
        echo["timestamp"] = now.ToString("O");
        echo["channelId"] = "directline";
        echo["conversation"] = new JsonObject { ["id"] = conversation.Id };
        echo["from"] = new JsonObject
        {
            ["id"] = conversation.Persona.UserId,
            ["name"] = conversation.Persona.DisplayName(conversation.Locale),
            ["role"] = "user",
        };
        return echo;
    }

    private static LocalConversation? AuthorizedConversation(HttpContext httpContext, LocalConversationStore store, string conversationId)
    {
        LocalSession? session = store.FindSession(BearerToken(httpContext));
        return session is not null && session.ConversationId == conversationId ? store.FindConversation(conversationId) : null;
    }

    private static string? BearerToken(HttpContext httpContext)
    {
        string? header = httpContext.Request.Headers.Authorization;
        const string prefix = "Bearer ";
        return header is not null && header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
    }

    private static IResult Forbidden(ILogger logger)
    {
        logger.TokenRejected();
        return Results.Json(new { error = new { code = "TokenExpired", message = "Unknown or expired token; reload the page." } }, statusCode: StatusCodes.Status403Forbidden);
    }
}
