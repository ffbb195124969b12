using System.Net;
using GrowBot.Protocol.Options;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Hosting;

/// <summary>
/// In local development mode (no app id) the endpoint accepts unauthenticated requests, so the host must not be
/// reachable from other machines. This service stops the start when a configured URL or a bound address is not
/// loopback: the configured URLs are checked before the server starts, the bound addresses after it started.
/// </summary>
internal sealed class LocalDevelopmentGuard : IHostedLifecycleService
{
    private readonly BotFrameworkOptions _options;
    private readonly IConfiguration _configuration;
    private readonly IServiceProvider _services;
    private readonly ILogger<LocalDevelopmentGuard> _logger;

    public LocalDevelopmentGuard(IOptions<BotFrameworkOptions> options, IConfiguration configuration, IServiceProvider services, ILogger<LocalDevelopmentGuard> logger)
    {
        _options = options.Value;
        _configuration = configuration;
        _services = services;
        _logger = logger;
    }

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        if (_options.IsLocalDevelopment)
        {
            _logger.LocalDevelopmentMode();
            EnsureLoopback(ConfiguredUrls(), "configured");
        }

        return Task.CompletedTask;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        if (_options.IsLocalDevelopment)
        {
            ICollection<string>? addresses = _services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
            EnsureLoopback(addresses ?? [], "listening");
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>True for localhost, 127.0.0.0/8 and [::1]; false for wildcards (*, +, 0.0.0.0, [::]) and other hosts.</summary>
    public static bool IsLoopbackUrl(string url)
    {
        int schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        string rest = schemeEnd >= 0 ? url[(schemeEnd + 3)..] : url;
        int pathStart = rest.IndexOf('/');
        string authority = pathStart >= 0 ? rest[..pathStart] : rest;

        string host = authority.StartsWith('[')
            ? authority[..(authority.IndexOf(']') + 1)]
            : authority.Split(':')[0];

        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out IPAddress? address) && IPAddress.IsLoopback(address);
    }

    private IEnumerable<string> ConfiguredUrls()
    {
        foreach (string key in new[] { "urls", "http_ports", "https_ports" })
        {
            string? value = _configuration[key];
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            foreach (string part in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                // http_ports and https_ports bind every interface.
                yield return key == "urls" ? part : $"http://*:{part}";
            }
        }

        foreach (IConfigurationSection endpoint in _configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { Length: > 0 } url)
            {
                yield return url;
            }
        }
    }

    private static void EnsureLoopback(IEnumerable<string> urls, string kind)
    {
        string[] exposed = urls.Where(url => !IsLoopbackUrl(url)).ToArray();
        if (exposed.Length > 0)
        {
            throw new InvalidOperationException(
                $"No MicrosoftAppId is configured (local development mode), so the bot accepts unauthenticated requests and may only use loopback addresses, but these {kind} addresses are not loopback: {string.Join(", ", exposed)}. Listen on 127.0.0.1, [::1] or localhost, or configure MicrosoftAppId and MicrosoftAppPassword.");
        }
    }
}
