using System.Net;
using GrowBot.LocalChannel.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrowBot.LocalChannel.Tests.Security;

public sealed class LoopbackOnlyFilterTests
{
    [Theory]
    [InlineData("127.0.0.1", "127.0.0.1:5000", true)]
    [InlineData("::1", "[::1]:5000", true)]
    [InlineData("::ffff:127.0.0.1", "localhost:5000", true)]
    [InlineData("10.1.2.3", "127.0.0.1:5000", false)]
    [InlineData("192.168.0.8", "localhost", false)]
    [InlineData("::ffff:10.1.2.3", "127.0.0.1", false)]
    [InlineData("127.0.0.1", "rebind.example:5000", false)]
    [InlineData("127.0.0.1", "0.0.0.0:5000", false)]
    public void IsLoopbackRequest_RemoteAndHost(string remote, string host, bool expected)
    {
        DefaultHttpContext context = Context(IPAddress.Parse(remote), host);

        Assert.Equal(expected, LoopbackOnlyFilter.IsLoopbackRequest(context));
    }

    [Fact]
    public void IsLoopbackRequest_NoRemoteAddress_False()
    {
        DefaultHttpContext context = Context(null, "127.0.0.1");

        Assert.False(LoopbackOnlyFilter.IsLoopbackRequest(context));
    }

    [Fact]
    public async Task InvokeAsync_RemoteClient_ReturnsNotFound()
    {
        LoopbackOnlyFilter filter = new();
        EndpointFilterInvocationContext invocation = EndpointFilterInvocationContext.Create(Context(IPAddress.Parse("203.0.113.9"), "127.0.0.1:5000"));
        bool called = false;

        object? result = await filter.InvokeAsync(invocation, _ =>
        {
            called = true;
            return ValueTask.FromResult<object?>(Results.Ok());
        });

        Assert.False(called);
        Assert.IsType<NotFound>(result);
    }

    [Fact]
    public async Task InvokeAsync_LoopbackClient_CallsEndpoint()
    {
        LoopbackOnlyFilter filter = new();
        EndpointFilterInvocationContext invocation = EndpointFilterInvocationContext.Create(Context(IPAddress.Loopback, "127.0.0.1:5000"));

        object? result = await filter.InvokeAsync(invocation, _ => ValueTask.FromResult<object?>("reached"));

        Assert.Equal("reached", result);
    }

    private static DefaultHttpContext Context(IPAddress? remote, string host)
    {
        DefaultHttpContext context = new();
        context.Connection.RemoteIpAddress = remote;
        context.Request.Host = new HostString(host);
        return context;
    }
}
