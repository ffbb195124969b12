namespace GrowBot.Integrations.Graph;

/// <summary>What GrowBot reads about a user from Microsoft Graph.</summary>
/// <param name="IsGuest">True for a guest account (user type Guest, or a UPN with #EXT#).</param>
public sealed record GraphUser(
    string Id,
    string? DisplayName,
    string? Mail,
    string? UserPrincipalName,
    string? JobTitle,
    string? Department,
    string? OfficeLocation,
    string? PreferredLanguage,
    bool IsGuest);

/// <summary>Language and time zone from the user's mailbox settings.</summary>
public sealed record GraphMailboxSettings(string? TimeZone, string? Locale);

/// <summary>Outcome of installing GrowBot for a user.</summary>
public enum AppInstallOutcome
{
    Installed,
    AlreadyInstalled,
    UserNotFound,

    /// <summary>Graph rejected the request, for example without admin consent, so the employee cannot be reached.</summary>
    Forbidden,
}
