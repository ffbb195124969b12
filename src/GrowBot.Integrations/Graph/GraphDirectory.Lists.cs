using System.Net;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.DirectReports;

namespace GrowBot.Integrations.Graph;

public sealed partial class GraphDirectory
{
    /// <summary>
    /// Returns every direct report of the user, following next links. A next link seen before, or more than
    /// <see cref="GraphOptions.MaxPages"/> pages, ends the listing instead of looping. Empty when the user does not exist.
    /// </summary>
    public async Task<IReadOnlyList<GraphUser>> ListDirectReportsAsync(string userId, CancellationToken cancellationToken)
    {
        var reports = new List<GraphUser>();
        var seenLinks = new HashSet<string>(StringComparer.Ordinal);
        DirectoryObjectCollectionResponse? page = await NullOnNotFoundAsync(() => _client.Users[userId].DirectReports.GetAsync(cancellationToken: cancellationToken));
        for (int pages = 1; page is not null; pages++)
        {
            reports.AddRange((page.Value ?? []).OfType<User>().Select(ToGraphUser));
            string? next = page.OdataNextLink;
            if (next is null || !seenLinks.Add(next) || pages >= _options.MaxPages)
            {
                break;
            }

            page = await new DirectReportsRequestBuilder(next, _client.RequestAdapter).GetAsync(cancellationToken: cancellationToken);
        }

        return reports;
    }

    /// <summary>
    /// Returns the id of the personal chat between the user and GrowBot (<see cref="GraphOptions.TeamsAppId"/>), read
    /// from the user's installation of the app. Returns null when GrowBot is not installed for the user or has no chat.
    /// </summary>
    public async Task<string?> GetAppChatIdAsync(string userId, CancellationToken cancellationToken)
    {
        string appId = _options.TeamsAppId ?? throw new InvalidOperationException("Graph:TeamsAppId is missing: set it to GrowBot's id in the Teams app catalog.");
        string literal = appId.Replace("'", "''", StringComparison.Ordinal);
        UserScopeTeamsAppInstallationCollectionResponse? installations = await NullOnNotFoundAsync(() => _client.Users[userId].Teamwork.InstalledApps.GetAsync(r =>
        {
            r.QueryParameters.Expand = ["teamsApp"];
            r.QueryParameters.Filter = $"teamsApp/id eq '{literal}'";
        }, cancellationToken));
        string? installationId = installations?.Value?.FirstOrDefault(i => i.Id is not null)?.Id;
        if (installationId is null)
        {
            return null;
        }

        Chat? chat = await NullOnNotFoundAsync(() => _client.Users[userId].Teamwork.InstalledApps[installationId].Chat.GetAsync(cancellationToken: cancellationToken));
        return string.IsNullOrWhiteSpace(chat?.Id) ? null : chat.Id;
    }

    /// <summary>
    /// Installs GrowBot (<see cref="GraphOptions.TeamsAppId"/>) in the user's personal scope, which creates the
    /// conversation GrowBot can message. Needs the application permission TeamsAppInstallation.ReadWriteSelfForUser.All.
    /// </summary>
    public async Task<AppInstallOutcome> InstallAppForUserAsync(string userId, CancellationToken cancellationToken)
    {
        string appId = _options.TeamsAppId ?? throw new InvalidOperationException("Graph:TeamsAppId is missing: set it to GrowBot's id in the Teams app catalog.");
        var installation = new UserScopeTeamsAppInstallation
        {
            AdditionalData = new Dictionary<string, object>
            {
                ["teamsApp@odata.bind"] = $"{_options.BaseUrl.AbsoluteUri.TrimEnd('/')}/appCatalogs/teamsApps/{Uri.EscapeDataString(appId)}",
            },
        };
        try
        {
            await _client.Users[userId].Teamwork.InstalledApps.PostAsync(installation, cancellationToken: cancellationToken);
            return AppInstallOutcome.Installed;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            return AppInstallOutcome.AlreadyInstalled;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return AppInstallOutcome.UserNotFound;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Forbidden)
        {
            return AppInstallOutcome.Forbidden;
        }
    }
}
