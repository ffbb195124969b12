using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Integrations.Graph;

/// <summary>Registration of <see cref="GraphDirectory"/>.</summary>
public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GraphOptions"/> and, when Graph credentials are configured, a <see cref="GraphDirectory"/>
    /// over a client secret, a client certificate or (with Graph:UseManagedIdentity) the managed identity.
    /// Without credentials nothing else is registered, and GrowBot works from its own data.
    /// </summary>
    public static IServiceCollection AddGrowBotGraph(this IServiceCollection services, IConfiguration configuration)
    {
        GraphOptions options = GraphOptions.FromConfiguration(configuration);
        services.AddSingleton(options);
        if (options.IsConfigured)
        {
            services.AddSingleton(_ => new GraphDirectory(CreateCredential(options), options));
        }

        return services;
    }

    /// <summary>Creates the configured credential. The managed identity is created only when configured, so never in tests.</summary>
    public static TokenCredential CreateCredential(GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UseManagedIdentity)
        {
            return options.ClientId is null
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
        }

        string tenantId = options.TenantId ?? throw new InvalidOperationException("Graph:TenantId is missing: set the Entra tenant id of the app registration.");
        if (options.ClientSecret is not null)
        {
            return new ClientSecretCredential(tenantId, options.ClientId, options.ClientSecret);
        }

        X509Certificate2 certificate = X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath!, options.CertificatePassword);
        return new ClientCertificateCredential(tenantId, options.ClientId, certificate);
    }
}
