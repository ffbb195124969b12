using GrowBot.Coaching.Notes;
using GrowBot.Coaching.People;
using GrowBot.Coaching.Preparations;
using GrowBot.Coaching.Profiles;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Commands;

using GrowBot.Bot.Handling;
using GrowBot.Bot.Localization;
using GrowBot.Bot.Notes;
using GrowBot.Bot.Preparations;
using GrowBot.Bot.Replies;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of the Teams application layer.</summary>
public static class BotServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="GrowBotHandler"/> as <see cref="IBotHandler"/> and binds <c>Bot</c> to
    /// <see cref="GrowBot.Bot.BotOptions"/>. The host must register the stores: <see cref="IConversationReferenceStore"/>,
    /// <c>IPeopleDirectory</c>, <c>IMetricStore</c>, <c>IAuditLog</c>, <c>ITenantSettingsStore</c>, and for notes
    /// <c>INoteStore</c>, <c>ITokenUsageStore</c> and <c>IPersonNameSource</c>; an <c>IExternalNoteAnalyser</c> is optional.
    /// <c>IPeopleDirectory</c>, <c>IMetricStore</c>, <c>IAuditLog</c>, <c>ITenantSettingsStore</c>, <c>IGoalStore</c>,
    /// <c>ICatalogStore</c>, <c>IDevelopmentStore</c>, <c>IPreparationStore</c> and <c>IActionItemStore</c>. Binds
    /// <c>Preparation</c> to <see cref="PreparationOptions"/>.
    /// <see cref="IWelcomeLedger"/> gets a default unless registered before, and so does <see cref="IPersonalChatProvisioner"/>,
    /// whose default provisions nothing (check-ins then reach only employees who have opened GrowBot).
    /// </summary>
    public static IServiceCollection AddGrowBotBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<GrowBot.Bot.BotOptions>()
            .Bind(configuration.GetSection(GrowBot.Bot.BotOptions.SectionName))
            .Validate(options => options.MaxMessageBytes >= 4096, "Bot:MaxMessageBytes must be at least 4096.")
            .Validate(options => options.MaxSearchResults > 0, "Bot:MaxSearchResults must be positive.")
            .ValidateOnStart();

        services.AddOptions<PreparationOptions>()
            .Bind(configuration.GetSection(PreparationOptions.SectionName))
            .Validate(options => options.SourceTimeout > TimeSpan.Zero, "Preparation:SourceTimeout must be positive.")
            .Validate(options => options.SourceTimeouts.Values.All(timeout => timeout > TimeSpan.Zero), "Every Preparation:SourceTimeouts entry must be positive.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        AddPreparation(services);
        services.TryAddSingleton<IWelcomeLedger, InMemoryWelcomeLedger>();
        services.TryAddSingleton<IPersonalChatProvisioner, UnconfiguredChatProvisioner>();
        services.TryAddScoped<ProfileReader>();
        services.TryAddSingleton<CardFitter>();
        services.TryAddSingleton<ReplyComposer>();
        services.TryAddScoped<LocaleSelector>();
        services.AddBuiltInNoteAnalyser(configuration);
        services.TryAddScoped<NoteAnalysisService>();
        services.TryAddScoped<NoteCommandHandler>();
        services.TryAddScoped<CommandExecutor>();
        services.TryAddScoped<IBotHandler, GrowBotHandler>();
        return services;
    }

    /// <summary>Path of a model file written by the <c>train-analyser</c> command. Empty uses the model shipped with GrowBot.</summary>
    public const string NoteModelPathKey = "NoteAnalysis:ModelPath";

    /// <summary>
    /// Registers <see cref="BuiltInNoteAnalyser"/> with the model of <c>NoteAnalysis:ModelPath</c>, unless registered
    /// before. <see cref="AddGrowBotBot"/> calls it, and so do hosts without the Bot layer whose stores analyse notes.
    /// </summary>
    public static IServiceCollection AddBuiltInNoteAnalyser(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Loaded now rather than on the first note, so that a wrong NoteAnalysis:ModelPath stops the host at start.
        services.TryAddSingleton(CreateBuiltInAnalyser(configuration[NoteModelPathKey]));
        return services;
    }

    private static BuiltInNoteAnalyser CreateBuiltInAnalyser(string? modelPath)
    {
        if (string.IsNullOrWhiteSpace(modelPath))
        {
            return new BuiltInNoteAnalyser();
        }

        try
        {
            return BuiltInNoteAnalyser.WithModelFile(modelPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InvalidOperationException($"{NoteModelPathKey} '{modelPath}' is not a readable note model: {exception.Message}", exception);
        }
    }

    /// <summary>The profile sections (one per data source), the assembler and the services of the preparation flow.</summary>
    private static void AddPreparation(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, GoalsSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, PerformanceSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, WorkloadSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, GrowthSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, FeedbackSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, OptionsCatalogSection>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IProfileSection, PastActionItemsSection>());
        services.TryAddScoped<PreparationAssembler>();
        services.TryAddScoped<PreparationService>();
        services.TryAddScoped<PreparationViewBuilder>();
        services.TryAddScoped<PortfolioReader>();
    }
}
