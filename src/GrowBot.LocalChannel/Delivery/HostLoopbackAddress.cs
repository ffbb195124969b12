using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace GrowBot.LocalChannel.Delivery;

/// <summary>
/// The loopback base address of this host (<c>http://127.0.0.1:{port}/</c>), read from the addresses that Kestrel
/// bound. The channel posts to the host's own <c>/api/messages</c> there and gives it to the bot as service URL.
/// </summary>
internal sealed class HostLoopbackAddress
{
    private readonly IServer _server;

    public HostLoopbackAddress(IServer server)
    {
        _server = server;
    }

    /// <summary>Base address ending in '/'. Plain http is preferred; throws when the server has no address yet.</summary>
    public Uri BaseAddress
    {
        get
        {
            ICollection<string> addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            BindingAddress? chosen = addresses
                .Select(BindingAddress.Parse)
                .OrderBy(a => string.Equals(a.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
                .FirstOrDefault();
            if (chosen is null)
            {
                throw new InvalidOperationException("The server has no listening address yet, so the local channel cannot reach /api/messages.");
            }

            return new UriBuilder(chosen.Scheme, LoopbackHost(chosen.Host), chosen.Port, chosen.PathBase + "/").Uri;
        }
    }

    /// <summary>Service URL of the local connector, ending in '/' as Bot Framework service URLs do.</summary>
    public string ServiceUrl => new Uri(BaseAddress, "local/connector/").ToString();

    /// <summary>The host's bot endpoint.</summary>
    public Uri BotEndpoint => new(BaseAddress, "api/messages");

    // Wildcard and name bindings ("+", "*", "0.0.0.0", "[::]", "localhost") are reached over IPv4 loopback;
    // an explicit IPv6 loopback binding stays IPv6.
    private static string LoopbackHost(string host) =>
        host is "[::1]" or "::1" ? "[::1]" : "127.0.0.1";
}
