using Azure.Identity;
using GrowBot.Coaching.People;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;

namespace GrowBot.Integrations.Graph;

/// <summary>
/// Provisions the personal chat with GrowBot through Microsoft Graph: installs the app
/// (<see cref="GraphOptions.TeamsAppId"/>) for the user, then reads the chat of that installation. Needs the
/// application permission TeamsAppInstallation.ReadWriteSelfForUser.All and the app in the org catalog.
/// </summary>
public sealed class GraphChatProvisioner : IPersonalChatProvisioner
{
    private const int NoStatus = 0;

    /// <summary>
    /// Time for the installation and the two reads together. The check-in runs inside a card action, to which Teams
    /// expects a response within 15 seconds, and the card still has to be sent afterwards.
    /// </summary>
    public static readonly TimeSpan DefaultMaxProvisioningTime = TimeSpan.FromSeconds(8);

    private readonly GraphDirectory _directory;
    private readonly GraphOptions _options;
    private readonly ILogger<GraphChatProvisioner> _logger;
    private readonly TimeSpan _maxProvisioningTime = DefaultMaxProvisioningTime;

    public GraphChatProvisioner(GraphDirectory directory, GraphOptions options, ILogger<GraphChatProvisioner> logger)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _directory = directory;
        _options = options;
        _logger = logger;
    }

    /// <summary>Creates a provisioner with another time budget, for tests.</summary>
    internal GraphChatProvisioner(GraphDirectory directory, GraphOptions options, ILogger<GraphChatProvisioner> logger, TimeSpan maxProvisioningTime)
        : this(directory, options, logger) => _maxProvisioningTime = maxProvisioningTime;

    public async Task<ChatProvisioning> ProvisionAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(aadObjectId);

        // The credentials belong to one Entra tenant, so a user of another tenant cannot be reached through them.
        if (_options.TeamsAppId is null || (_options.TenantId is not null && !string.Equals(_options.TenantId, tenantId, StringComparison.OrdinalIgnoreCase)))
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.NotConfigured, "Graph serves another tenant or has no Teams app id", NoStatus);
        }

        using CancellationTokenSource budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_maxProvisioningTime);
        try
        {
            AppInstallOutcome outcome = await _directory.InstallAppForUserAsync(aadObjectId, budget.Token).ConfigureAwait(false);
            switch (outcome)
            {
                case AppInstallOutcome.UserNotFound:
                    return NotProvisioned(tenantId, ChatProvisioningStatus.UserNotFound, "user not found", 404);
                case AppInstallOutcome.Forbidden:
                    return NotProvisioned(tenantId, ChatProvisioningStatus.NotPermitted, "installation forbidden", 403);
            }

            string? chatId = await _directory.GetAppChatIdAsync(aadObjectId, budget.Token).ConfigureAwait(false);
            if (chatId is null)
            {
                return NotProvisioned(tenantId, ChatProvisioningStatus.Failed, "installation or its chat not found", NoStatus);
            }

            _logger.ChatProvisioned(tenantId, outcome.ToString());
            return ChatProvisioning.Ready(chatId);
        }
        catch (ApiException error) when (error.ResponseStatusCode == 403)
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.NotPermitted, "reading the installation forbidden", error.ResponseStatusCode);
        }
        catch (ApiException error)
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.Failed, "Graph request failed", error.ResponseStatusCode);
        }
        catch (AuthenticationFailedException)
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.Failed, "no Graph token", NoStatus);
        }
        catch (HttpRequestException)
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.Failed, "Graph unreachable", NoStatus);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return NotProvisioned(tenantId, ChatProvisioningStatus.Failed, "Graph timed out", NoStatus);
        }
    }

    private ChatProvisioning NotProvisioned(string tenantId, ChatProvisioningStatus status, string reason, int statusCode)
    {
        _logger.ChatNotProvisioned(tenantId, reason, statusCode);
        return ChatProvisioning.Failed(status);
    }
}
