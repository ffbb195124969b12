using System.Net;
using Microsoft.AspNetCore.Http;

namespace GrowBot.LocalChannel.Security;

/// <summary>
/// Returns 404 for every request that did not come from this machine, so that the local channel (which has no
/// authentication) cannot be reached from the network even if the host listens on more than loopback. The Host
/// header must name a loopback host too, which stops DNS-rebinding pages in the user's browser.
/// </summary>
internal sealed class LoopbackOnlyFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        return IsLoopbackRequest(context.HttpContext)
            ? next(context)
            : ValueTask.FromResult<object?>(Results.NotFound());
    }

    /// <summary>True when both the remote address and the Host header are loopback.</summary>
    public static bool IsLoopbackRequest(HttpContext httpContext)
    {
        IPAddress? remote = httpContext.Connection.RemoteIpAddress;
        if (remote is null || !IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote))
        {
            return false;
        }

        return IsLoopbackHost(httpContext.Request.Host.Host);
    }

    private static bool IsLoopbackHost(string host)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address);
    }
}
