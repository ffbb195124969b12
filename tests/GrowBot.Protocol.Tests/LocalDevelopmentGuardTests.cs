using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Options;
using GrowBot.Protocol.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GrowBot.Protocol.Tests;

/// <summary>Local development mode (no app id) must refuse to listen on anything but loopback.</summary>
public sealed class LocalDevelopmentGuardTests
{
    [Theory]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://127.0.0.1:0", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("https://[::1]:5001", true)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://192.168.1.10:5000", false)]
    [InlineData("http://bot.example.com", false)]
    public void IsLoopbackUrl_Classifies(string url, bool expected) =>
        Assert.Equal(expected, LocalDevelopmentGuard.IsLoopbackUrl(url));

    [Fact]
    public async Task NonLoopbackUrl_StartRefused()
    {
        // The configured URL is checked before Kestrel binds, so nothing listens on 0.0.0.0.
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => BotHost.StartAsync(url: "http://0.0.0.0:0"));

        Assert.Contains("not loopback", Flatten(exception), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonLoopbackUrlWithAppId_Allowed()
    {
        var guard = CreateGuard(new Dictionary<string, string?> { ["MicrosoftAppId"] = "app", ["urls"] = "http://0.0.0.0:5000" }, []);

        await guard.StartingAsync(CancellationToken.None);
        await guard.StartedAsync(CancellationToken.None);
    }

    [Fact]
    public async Task HttpPorts_StartRefused()
    {
        var guard = CreateGuard(new Dictionary<string, string?> { ["http_ports"] = "8080" }, []);

        await Assert.ThrowsAsync<InvalidOperationException>(() => guard.StartingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task KestrelEndpointNotLoopback_StartRefused()
    {
        var guard = CreateGuard(new Dictionary<string, string?> { ["Kestrel:Endpoints:Http:Url"] = "http://*:8080" }, []);

        await Assert.ThrowsAsync<InvalidOperationException>(() => guard.StartingAsync(CancellationToken.None));
    }

    [Fact]
    public async Task BoundAddressNotLoopback_StartRefused()
    {
        var guard = CreateGuard(new Dictionary<string, string?>(), ["http://127.0.0.1:5000", "http://0.0.0.0:5001"]);
        await guard.StartingAsync(CancellationToken.None);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => guard.StartedAsync(CancellationToken.None));

        Assert.Contains("http://0.0.0.0:5001", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:5000", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BoundAddressesLoopback_Started()
    {
        var guard = CreateGuard(new Dictionary<string, string?>(), ["http://127.0.0.1:5000", "http://[::1]:5000"]);

        await guard.StartingAsync(CancellationToken.None);
        await guard.StartedAsync(CancellationToken.None);
    }

    private static LocalDevelopmentGuard CreateGuard(Dictionary<string, string?> settings, string[] boundAddresses)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var options = new BotFrameworkOptions();
        configuration.Bind(options);
        IServiceProvider services = new ServiceCollection().AddSingleton<IServer>(new AddressOnlyServer(boundAddresses)).BuildServiceProvider();
        return new LocalDevelopmentGuard(Microsoft.Extensions.Options.Options.Create(options), configuration, services, NullLogger<LocalDevelopmentGuard>.Instance);
    }

    private static string Flatten(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(" | ", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : exception.Message + (exception.InnerException is null ? string.Empty : " | " + Flatten(exception.InnerException));

    private sealed class AddressOnlyServer : IServer
    {
        public AddressOnlyServer(string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (string address in addresses)
            {
                feature.Addresses.Add(address);
            }

            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
            where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }

    private sealed class ServerAddressesFeature : IServerAddressesFeature
    {
        public ICollection<string> Addresses { get; } = [];

        public bool PreferHostingUrls { get; set; }
    }
}
