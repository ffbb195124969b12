using GrowBot.Coaching.Notes;
using GrowBot.Integrations.OpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of the Azure OpenAI note analyser.</summary>
public static class OpenAIServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>OpenAI</c> to <see cref="OpenAIOptions"/> and, when <c>OpenAI:Endpoint</c> is set, registers
    /// <see cref="AzureOpenAINoteAnalyser"/> as <see cref="IExternalNoteAnalyser"/>. Without an endpoint nothing else
    /// is registered, so <see cref="NoteAnalysisService"/> uses only the built-in analyser.
    /// </summary>
    public static IServiceCollection AddGrowBotOpenAI(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        IConfigurationSection section = configuration.GetSection(OpenAIOptions.SectionName);
        services.AddOptions<OpenAIOptions>()
            .Bind(section)
            .Validate(o => !o.IsConfigured || !string.IsNullOrWhiteSpace(o.Deployment), "OpenAI:Deployment must be set when OpenAI:Endpoint is set.")
            .Validate(o => !o.IsConfigured || o.UseEntraId || !string.IsNullOrWhiteSpace(o.ApiKey), "OpenAI:ApiKey must be set unless OpenAI:UseEntraId is true.")
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "OpenAI:Endpoint must be an absolute URL.")
            .Validate(o => o.TimeoutSeconds > 0, "OpenAI:TimeoutSeconds must be positive.")
            .Validate(o => o.MonthlyTokenBudget >= 0, "OpenAI:MonthlyTokenBudget must not be negative.")
            .Validate(o => o.MaxRetryAfterSeconds >= 0 && o.MaxRetries >= 0, "OpenAI:MaxRetryAfterSeconds and OpenAI:MaxRetries must not be negative.")
            .ValidateOnStart();

        OpenAIOptions options = section.Get<OpenAIOptions>() ?? new OpenAIOptions();
        if (options.IsConfigured)
        {
            services.TryAddSingleton(_ => NotePrompts.Load());
            services.TryAddSingleton<IExternalNoteAnalyser, AzureOpenAINoteAnalyser>();
        }

        return services;
    }
}
