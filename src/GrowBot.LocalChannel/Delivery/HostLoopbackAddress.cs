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
    public Uri BaseAddress => TryGetBaseAddress()
        ?? throw new InvalidOperationException("The server has no listening address (not started yet, or an in-memory test server), so the local channel cannot reach /api/messages.");

    /// <summary>Returns the base address, or null when the server has no listening address.</summary>
    public Uri? TryGetBaseAddress()
    {
        ICollection<string> addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        BindingAddress? chosen = addresses
            .Select(BindingAddress.Parse)
            .OrderBy(a => string.Equals(a.Scheme, "https", StringComparison.OrdinalIgnoreCase) ? 1 : 0)
            .FirstOrDefault();
        return chosen is null
            ? null
            : new UriBuilder(chosen.Scheme, LoopbackHost(chosen.Host), chosen.Port, chosen.PathBase + "/").Uri;
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
