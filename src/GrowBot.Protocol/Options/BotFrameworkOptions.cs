namespace GrowBot.Protocol.Options;

/// <summary>How the bot authenticates its outbound calls, as the Bot Framework SDK names the app types.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// Bot Framework settings, bound from the configuration root with the key names of the Bot Framework SDK
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, ...). An empty <see cref="MicrosoftAppId"/> turns on local
/// development mode.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultTokenIssuer = "https://api.botframework.com";
    public const string DefaultLoginUrl = "https://login.microsoftonline.com/botframework.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The Entra app (client) id of the bot; also the audience of inbound tokens.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret (MultiTenant and SingleTenant only).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The home tenant of the app (SingleTenant and UserAssignedMSI).</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata document that lists the keys of the Bot Connector service.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;

    /// <summary>The exact <c>iss</c> of inbound channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = DefaultTokenIssuer;

    /// <summary>
    /// Authority for outbound tokens. When not set, MultiTenant uses <see cref="DefaultLoginUrl"/> and SingleTenant
    /// uses <c>https://login.microsoftonline.com/{MicrosoftAppTenantId}</c>.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>Resource of outbound tokens; the client-credentials scope is this value plus <c>/.default</c>.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = DefaultOAuthScope;

    /// <summary>True when no app id is configured: no inbound tokens required, no outbound tokens sent, loopback only.</summary>
    public bool IsLocalDevelopment => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>Returns the authority used for outbound client-credentials tokens.</summary>
    public string ResolveLoginUrl()
    {
        if (!string.IsNullOrWhiteSpace(ToChannelFromBotLoginUrl))
        {
            return ToChannelFromBotLoginUrl;
        }

        return MicrosoftAppType == BotAppType.SingleTenant
            ? $"https://login.microsoftonline.com/{MicrosoftAppTenantId}"
            : DefaultLoginUrl;
    }
}
