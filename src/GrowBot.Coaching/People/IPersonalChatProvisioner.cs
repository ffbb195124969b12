namespace GrowBot.Coaching.People;

/// <summary>
/// Gives GrowBot a personal chat with an employee who has never talked to it, by installing the app for them.
/// </summary>
public interface IPersonalChatProvisioner
{
    /// <summary>
    /// Installs GrowBot for the user (an existing installation counts as installed) and returns the id of the
    /// personal chat between the user and GrowBot, or the reason there is none.
    /// </summary>
    Task<ChatProvisioning> ProvisionAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken);
}

/// <summary>Outcome of <see cref="IPersonalChatProvisioner.ProvisionAsync"/>: a chat id, or the reason there is none.</summary>
public sealed record ChatProvisioning
{
    private ChatProvisioning(ChatProvisioningStatus status, string? chatId)
    {
        Status = status;
        ChatId = chatId;
    }

    public ChatProvisioningStatus Status { get; }

    /// <summary>The personal chat id (<c>19:…</c>) when <see cref="Status"/> is <see cref="ChatProvisioningStatus.Ready"/>.</summary>
    public string? ChatId { get; }

    public static ChatProvisioning Ready(string chatId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        return new ChatProvisioning(ChatProvisioningStatus.Ready, chatId);
    }

    public static ChatProvisioning Failed(ChatProvisioningStatus status)
    {
        if (status == ChatProvisioningStatus.Ready)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A ready provisioning needs a chat id.");
        }

        return new ChatProvisioning(status, null);
    }
}

/// <summary>Why a personal chat is or is not available.</summary>
public enum ChatProvisioningStatus
{
    /// <summary>GrowBot is installed for the user and the chat id is known.</summary>
    Ready,

    /// <summary>The host cannot install apps (no Graph credentials or no Teams app id, or another tenant).</summary>
    NotConfigured,

    /// <summary>The directory has no such user.</summary>
    UserNotFound,

    /// <summary>The directory refused the installation: no admin consent, or the app is not in the org catalog.</summary>
    NotPermitted,

    /// <summary>The directory request failed or returned no chat.</summary>
    Failed,
}
