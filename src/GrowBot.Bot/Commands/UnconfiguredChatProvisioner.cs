using GrowBot.Coaching.People;

namespace GrowBot.Bot.Commands;

/// <summary>
/// The default <see cref="IPersonalChatProvisioner"/> of hosts that cannot install apps: it never provisions, so a
/// check-in reaches only employees who have opened GrowBot themselves.
/// </summary>
public sealed class UnconfiguredChatProvisioner : IPersonalChatProvisioner
{
    private static readonly Task<ChatProvisioning> s_notConfigured =
        Task.FromResult(ChatProvisioning.Failed(ChatProvisioningStatus.NotConfigured));

    public Task<ChatProvisioning> ProvisionAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) => s_notConfigured;
}
