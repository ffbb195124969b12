using GrowBot.Coaching.People;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>Returns <see cref="Result"/> for every request and records the tenant and user of each.</summary>
internal sealed class FakeChatProvisioner : IPersonalChatProvisioner
{
    public ChatProvisioning Result { get; set; } = ChatProvisioning.Failed(ChatProvisioningStatus.NotConfigured);

    public List<(string TenantId, string AadObjectId)> Calls { get; } = [];

    public Task<ChatProvisioning> ProvisionAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        lock (Calls)
        {
            Calls.Add((tenantId, aadObjectId));
        }

        return Task.FromResult(Result);
    }
}
