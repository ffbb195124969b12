using System.Text.Json.Nodes;
using GrowBot.LocalChannel.Conversations;
using GrowBot.LocalChannel.Delivery;
using GrowBot.LocalChannel.Personas;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel.Connector;

/// <summary>
/// The Bot Connector v3 REST calls that the bot makes to the service URL of a local conversation
/// (<c>{host}/local/connector/</c>). Sent and updated activities go into the conversation's transcript, where
/// Web Chat picks them up. No bearer token is required, as the bot sends none in local development mode.
/// </summary>
internal static class ConnectorEndpoints
{
    public const string Prefix = "/local/connector";

    public static void Map(IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder group = routes.MapGroup(Prefix + "/v3/conversations");
        group.MapPost("/", CreateConversationAsync);
        group.MapPost("/{conversationId}/activities", SendAsync);
        group.MapPost("/{conversationId}/activities/{replyToId}", ReplyAsync);
        group.MapPut("/{conversationId}/activities/{activityId}", UpdateAsync);
        group.MapGet("/{conversationId}/members/{userId}", GetMemberAsync);
    }

    private static Task<IResult> SendAsync(string conversationId, HttpContext httpContext, LocalConversationStore store, TimeProvider timeProvider, ILogger<LocalConversationStore> logger, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, replyToId: null, httpContext, store, timeProvider, logger, cancellationToken);

    private static Task<IResult> ReplyAsync(string conversationId, string replyToId, HttpContext httpContext, LocalConversationStore store, TimeProvider timeProvider, ILogger<LocalConversationStore> logger, CancellationToken cancellationToken) =>
        AppendAsync(conversationId, replyToId, httpContext, store, timeProvider, logger, cancellationToken);

    private static async Task<IResult> AppendAsync(
        string conversationId,
        string? replyToId,
        HttpContext httpContext,
        LocalConversationStore store,
        TimeProvider timeProvider,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        LocalConversation? conversation = store.FindConversation(conversationId);
        if (conversation is null)
        {
            logger.ConnectorNotFound("send", conversationId);
            return ConversationNotFound();
        }

        if (await ReadActivityAsync(httpContext, cancellationToken) is not JsonObject activity)
        {
            return BadArgument();
        }

        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        string id = Transcript.AppendBotActivity(conversation, activity, timeProvider.GetUtcNow());
        logger.ConnectorCall("sent", id, conversationId);
        return Results.Json(new { id }, statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(
        string conversationId,
        string activityId,
        HttpContext httpContext,
        LocalConversationStore store,
        ILogger<LocalConversationStore> logger,
        CancellationToken cancellationToken)
    {
        LocalConversation? conversation = store.FindConversation(conversationId);
        if (conversation is null)
        {
            logger.ConnectorNotFound("update", conversationId);
            return ConversationNotFound();
        }

        if (await ReadActivityAsync(httpContext, cancellationToken) is not JsonObject activity)
        {
            return BadArgument();
        }

        if (!Transcript.ReplaceBotActivity(conversation, activityId, activity))
        {
            logger.ConnectorNotFound("update", conversationId);
            return Results.Json(new { error = new { code = "ActivityNotFound", message = "The conversation has no activity with this id." } }, statusCode: StatusCodes.Status404NotFound);
        }

        logger.ConnectorCall("updated", activityId, conversationId);
        return Results.Json(new { id = activityId });
    }

    private static IResult GetMemberAsync(string conversationId, string userId, LocalConversationStore store)
    {
        LocalConversation? conversation = store.FindConversation(conversationId);
        if (conversation is null)
        {
            return ConversationNotFound();
        }

        LocalPersona persona = conversation.Persona;
        if (!string.Equals(userId, persona.UserId, StringComparison.Ordinal) && !string.Equals(userId, persona.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { error = new { code = "MemberNotFoundInConversation", message = "The user is not a member of this conversation." } }, statusCode: StatusCodes.Status404NotFound);
        }

        // TeamsChannelAccount: the fields Teams returns for a member of a personal chat.
        return Results.Json(new
        {
            id = persona.UserId,
            name = persona.DisplayName(conversation.Locale),
            aadObjectId = persona.AadObjectId,
            givenName = (string?)null,
            surname = (string?)null,
            email = (string?)null,
            userPrincipalName = (string?)null,
            tenantId = persona.TenantId,
            userRole = "user",
        }, LocalChannelJson.Options);
    }

    // CreateConversation for proactive messages: returns the newest local conversation of the persona named in
    // members[0].id, because a browser user can only see conversations they opened.
    private static async Task<IResult> CreateConversationAsync(HttpContext httpContext, LocalConversationStore store, CancellationToken cancellationToken)
    {
        if (await ReadActivityAsync(httpContext, cancellationToken) is not JsonObject parameters)
        {
            return BadArgument();
        }

        string? memberId = parameters["members"] is JsonArray { Count: > 0 } members ? LocalChannelJson.GetString(members[0], "id") : null;
        const string userIdPrefix = "29:local-";
        LocalConversation? conversation = memberId is not null && memberId.StartsWith(userIdPrefix, StringComparison.Ordinal)
            ? store.FindLatestConversationOf(memberId[userIdPrefix.Length..])
            : null;
        if (conversation is null)
        {
            return ConversationNotFound();
        }

        return Results.Json(new { id = conversation.Id }, statusCode: StatusCodes.Status201Created);
    }

    private static Task<JsonNode?> ReadActivityAsync(HttpContext httpContext, CancellationToken cancellationToken) =>
        LocalChannelJson.ReadBodyAsync(httpContext.Request.Body, cancellationToken);

    private static IResult BadArgument() =>
        Results.Json(new { error = new { code = "BadArgument", message = "The body must be a JSON object." } }, statusCode: StatusCodes.Status400BadRequest);

    private static IResult ConversationNotFound() =>
        Results.Json(new { error = new { code = "ConversationNotFound", message = "No local conversation has this id." } }, statusCode: StatusCodes.Status404NotFound);
}
