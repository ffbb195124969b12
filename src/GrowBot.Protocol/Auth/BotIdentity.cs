using GrowBot.Protocol.Activities;

namespace GrowBot.Protocol.Auth;

/// <summary>
/// The caller of an inbound request after its token passed signature, issuer, audience and lifetime checks. The
/// checks that need the activity (endorsement, service URL) run in <see cref="CheckActivity"/>.
/// </summary>
internal sealed class BotIdentity
{
    private readonly IReadOnlySet<string>? _endorsements;
    private readonly string? _serviceUrlClaim;

    private BotIdentity(bool isAnonymous, IReadOnlySet<string>? endorsements, string? serviceUrlClaim)
    {
        IsAnonymous = isAnonymous;
        _endorsements = endorsements;
        _serviceUrlClaim = serviceUrlClaim;
    }

    /// <summary>A request without a token in local development mode.</summary>
    public static BotIdentity Anonymous { get; } = new(true, null, null);

    /// <summary>True in local development mode for requests without an Authorization header.</summary>
    public bool IsAnonymous { get; }

    public static BotIdentity FromChannelToken(IReadOnlySet<string>? endorsements, string? serviceUrlClaim) =>
        new(false, endorsements, serviceUrlClaim);

    /// <summary>Returns why the activity does not match the token, or null when it does.</summary>
    public string? CheckActivity(Activity activity)
    {
        if (IsAnonymous)
        {
            return null;
        }

        // An activity without a channel id passes the endorsement check, as in the Bot Framework SDK.
        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            if (_endorsements is null)
            {
                return "the signing key has no endorsements";
            }

            if (!_endorsements.Contains(activity.ChannelId))
            {
                return $"the signing key is not endorsed for channel '{activity.ChannelId}'";
            }
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            if (string.IsNullOrEmpty(_serviceUrlClaim))
            {
                return "the token has no serviceurl claim";
            }

            if (!string.Equals(_serviceUrlClaim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return "the serviceurl claim does not match the activity's serviceUrl";
            }
        }

        return null;
    }
}

/// <summary>The outcome of reading the Authorization header: an identity, or the reason for a 401.</summary>
internal readonly record struct AuthenticationOutcome(BotIdentity? Identity, string? FailureReason)
{
    public static AuthenticationOutcome Success(BotIdentity identity) => new(identity, null);

    public static AuthenticationOutcome Failure(string reason) => new(null, reason);
}
