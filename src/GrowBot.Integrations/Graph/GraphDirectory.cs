using System.Net;
using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Authentication.Azure;

namespace GrowBot.Integrations.Graph;

/// <summary>
/// Reads users, managers, direct reports and mailbox settings from Microsoft Graph with app-only credentials,
/// and installs GrowBot for users. A missing user, manager or mailbox is a normal result (null), not an error.
/// </summary>
public sealed partial class GraphDirectory
{
    private static readonly string[] UserFields =
        ["id", "displayName", "mail", "userPrincipalName", "jobTitle", "department", "officeLocation", "preferredLanguage", "userType"];

    private readonly GraphServiceClient _client;
    private readonly GraphOptions _options;

    /// <summary>Creates the directory over a credential; the token scope is the base URL's host with /.default.</summary>
    public GraphDirectory(TokenCredential credential, GraphOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        string scope = options.BaseUrl.IsLoopback ? "https://graph.microsoft.com/.default" : $"{options.BaseUrl.GetLeftPart(UriPartial.Authority)}/.default";
        IAuthenticationProvider authentication = new AzureIdentityAuthenticationProvider(
            credential, allowedHosts: [options.BaseUrl.Host], observabilityOptions: null, isCaeEnabled: false, scopes: [scope]);
        _client = httpClient is null
            ? new GraphServiceClient(authentication, options.BaseUrl.AbsoluteUri.TrimEnd('/'))
            : new GraphServiceClient(httpClient, authentication, options.BaseUrl.AbsoluteUri.TrimEnd('/'));
    }

    /// <summary>Finds a user by Entra object id, user principal name or e-mail; null when there is none (or it was deleted).</summary>
    public async Task<GraphUser?> FindUserAsync(string idOrEmail, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(idOrEmail);
        User? user = await NullOnNotFoundAsync(() => _client.Users[idOrEmail].GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken));
        if (user is null && idOrEmail.Contains('@', StringComparison.Ordinal))
        {
            // The mail address can differ from the user principal name, so look it up by the mail property.
            string literal = idOrEmail.Replace("'", "''", StringComparison.Ordinal);
            UserCollectionResponse? matches = await _client.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"mail eq '{literal}'";
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = 2;
            }, cancellationToken);
            user = matches?.Value?.Count == 1 ? matches.Value[0] : null;
        }

        return user is null ? null : ToGraphUser(user);
    }

    /// <summary>Returns the user's manager, or null when the user has none or does not exist.</summary>
    public async Task<GraphUser?> GetManagerAsync(string userId, CancellationToken cancellationToken)
    {
        DirectoryObject? manager = await NullOnNotFoundAsync(() => _client.Users[userId].Manager.GetAsync(cancellationToken: cancellationToken));
        return manager is User user ? ToGraphUser(user) : null;
    }

    /// <summary>Returns the user's time zone and locale, or null when the user has no mailbox or does not exist.</summary>
    public async Task<GraphMailboxSettings?> GetMailboxSettingsAsync(string userId, CancellationToken cancellationToken)
    {
        MailboxSettings? settings = await NullOnNotFoundAsync(() => _client.Users[userId].MailboxSettings.GetAsync(cancellationToken: cancellationToken));
        return settings is null ? null : new GraphMailboxSettings(settings.TimeZone, settings.Language?.Locale);
    }

    internal static GraphUser ToGraphUser(User user) => new(
        user.Id ?? "",
        user.DisplayName,
        user.Mail,
        user.UserPrincipalName,
        user.JobTitle,
        user.Department,
        user.OfficeLocation,
        user.PreferredLanguage,
        string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase)
            || (user.UserPrincipalName?.Contains("#EXT#", StringComparison.OrdinalIgnoreCase) ?? false));

    /// <summary>Runs a Graph read and turns 404 (and a mailbox that cannot be read) into null.</summary>
    private static async Task<T?> NullOnNotFoundAsync<T>(Func<Task<T?>> read)
        where T : class
    {
        try
        {
            return await read();
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound
            || error.Error?.Code is "Request_ResourceNotFound" or "ResourceNotFound" or "MailboxNotEnabledForRESTAPI")
        {
            return null;
        }
    }
}
