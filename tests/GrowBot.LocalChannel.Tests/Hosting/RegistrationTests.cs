using System.Net;
using GrowBot.LocalChannel.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel.Tests.Hosting;

public sealed class RegistrationTests
{
    [Fact]
    public async Task MapLocalChannel_Production_MapsNothing()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync(environment: "Production");

        using HttpResponseMessage page = await host.Client.GetAsync("/");
        using HttpResponseMessage directLine = await host.Client.PostAsync("v3/directline/conversations", null);
        using HttpResponseMessage connector = await host.Client.GetAsync("local/connector/v3/conversations/a:x/members/29:y");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, directLine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
    }

    [Fact]
    public async Task MapLocalChannel_AppIdConfigured_MapsNothing()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync(settings: new Dictionary<string, string?> { ["MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000aa" });

        using HttpResponseMessage page = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Page_ServedFromAssembly()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync();

        using HttpResponseMessage page = await host.Client.GetAsync("/");
        string html = await page.Content.ReadAsStringAsync();
        using HttpResponseMessage script = await host.Client.GetAsync("local/webchat.js");
        byte[] scriptBytes = await script.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("webChatAvailable: true", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://adaptivecards.io", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True(scriptBytes.Length > 1_000_000, $"webchat.js has only {scriptBytes.Length} bytes");
    }

    [Fact]
    public async Task Personas_ListsConfiguredPersonasInOrder()
    {
        await using LocalChannelTestHost host = await LocalChannelTestHost.StartAsync();

        string json = await host.Client.GetStringAsync("local/personas");

        int hrbp = json.IndexOf("hrbp-lin", StringComparison.Ordinal);
        int employee = json.IndexOf("employee-chen", StringComparison.Ordinal);
        Assert.True(hrbp >= 0, json);
        Assert.True(employee > hrbp, json);
        Assert.Contains("陈杰", json, StringComparison.Ordinal);
        Assert.DoesNotContain("aadObjectId", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InMemoryTestServer_StartsAndFailsClosed()
    {
        // WebApplicationFactory-style hosts have no listening address; the channel must not break their start.
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(LocalChannelTestHost.DemoPersonas);
        builder.Services.AddLocalChannel(builder.Configuration);
        await using WebApplication app = builder.Build();
        app.MapLocalChannel();

        await app.StartAsync();
        using HttpClient client = app.GetTestClient();
        using HttpResponseMessage withoutRemoteAddress = await client.GetAsync("http://127.0.0.1/");
        HttpContext withLoopbackAddress = await app.GetTestServer().SendAsync(context =>
        {
            context.Request.Method = "GET";
            context.Request.Path = "/";
            context.Request.Host = new HostString("127.0.0.1");
            context.Connection.RemoteIpAddress = IPAddress.Loopback;
        });

        Assert.Equal(HttpStatusCode.NotFound, withoutRemoteAddress.StatusCode);
        Assert.Equal(StatusCodes.Status200OK, withLoopbackAddress.Response.StatusCode);
    }
}
