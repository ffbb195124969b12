using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Options;

/// <summary>Validates the Bot Framework settings with the rules of the SDK's credential factory, plus URL safety.</summary>
internal sealed class BotFrameworkOptionsValidator : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = new List<string>();
        ValidateAppType(options, failures);
        ValidateUrl(options.ToBotFromChannelOpenIdMetadataUrl, nameof(options.ToBotFromChannelOpenIdMetadataUrl), failures);
        if (!string.IsNullOrWhiteSpace(options.ToChannelFromBotLoginUrl))
        {
            ValidateUrl(options.ToChannelFromBotLoginUrl, nameof(options.ToChannelFromBotLoginUrl), failures);
        }

        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer))
        {
            failures.Add("ToBotFromChannelTokenIssuer is empty. Remove the setting to use https://api.botframework.com.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateAppType(BotFrameworkOptions options, List<string> failures)
    {
        bool hasId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        bool hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        bool hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);

        switch (options.MicrosoftAppType)
        {
            case BotAppType.MultiTenant when hasId && !hasPassword:
                failures.Add("MicrosoftAppType MultiTenant requires MicrosoftAppPassword when MicrosoftAppId is set. Set the client secret, or remove MicrosoftAppId for local development.");
                break;
            case BotAppType.SingleTenant when !hasId || !hasPassword || !hasTenant:
                failures.Add("MicrosoftAppType SingleTenant requires MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId. Set all three.");
                break;
            case BotAppType.UserAssignedMSI when !hasId || !hasTenant:
                failures.Add("MicrosoftAppType UserAssignedMSI requires MicrosoftAppId (the managed identity's client id) and MicrosoftAppTenantId. Set both.");
                break;
            case BotAppType.UserAssignedMSI when hasPassword:
                failures.Add("MicrosoftAppType UserAssignedMSI does not use MicrosoftAppPassword. Remove the password setting.");
                break;
        }
    }

    private static void ValidateUrl(string value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} '{value}' is not an absolute http(s) URL.");
            return;
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            failures.Add($"{key} '{value}' uses plain http, which is allowed only for loopback hosts. Use https.");
        }
    }
}
