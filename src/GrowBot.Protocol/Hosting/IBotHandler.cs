namespace GrowBot.Protocol.Hosting;

/// <summary>
/// The application side of a turn. The protocol layer authenticates, queues and de-duplicates
/// activities, then calls these methods; it knows nothing of what the bot does with them.
/// </summary>
public interface IBotHandler
{
    /// <summary>
    /// Handles every activity that is not an invoke (message, conversationUpdate, installationUpdate,
    /// messageReaction, and unknown types). Runs in the background after the HTTP request was acknowledged.
    /// </summary>
    Task OnActivityAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Handles an invoke inline; the returned response becomes the HTTP response.
    /// </summary>
    Task<InvokeResponse> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken);

    /// <summary>
    /// Tells the user, in their language, that the turn failed. Called by the turn error boundary
    /// after the exception was logged; must not throw.
    /// </summary>
    Task OnTurnErrorAsync(TurnContext turn, Exception exception, CancellationToken cancellationToken);
}
