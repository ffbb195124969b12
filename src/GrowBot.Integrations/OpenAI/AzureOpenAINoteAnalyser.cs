using System.ClientModel;
using Azure.AI.OpenAI;
using Azure.Identity;
using GrowBot.Coaching.Notes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;

namespace GrowBot.Integrations.OpenAI;

/// <summary>
/// Analyses redacted notes with an Azure OpenAI chat deployment and strict structured output (the JSON schema of
/// <c>prompts/note-analysis/v1/schema.json</c>). Every failure becomes an <see cref="ExternalAnalysisException"/>
/// with the reason, so that the built-in analyser can analyse the notes instead.
/// </summary>
public sealed partial class AzureOpenAINoteAnalyser : IExternalNoteAnalyser
{
    /// <summary>The prefix of <see cref="Name"/>; the deployment name follows it.</summary>
    public const string NamePrefix = "azure-openai:";

    private const string SchemaName = "note_analysis";

    private readonly ChatClient _chat;
    private readonly NotePrompts _prompts;
    private readonly OpenAIOptions _options;
    private readonly ILogger<AzureOpenAINoteAnalyser> _logger;

    public AzureOpenAINoteAnalyser(IOptions<OpenAIOptions> options, NotePrompts prompts, ILogger<AzureOpenAINoteAnalyser> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _prompts = prompts;
        _logger = logger;
        _chat = CreateClient(_options).GetChatClient(_options.Deployment);
    }

    /// <inheritdoc />
    public string Name => NamePrefix + _options.Deployment;

    /// <inheritdoc />
    public string PromptVersion => NotePrompts.Version;

    /// <inheritdoc />
    public long MonthlyTokenBudget => _options.MonthlyTokenBudget;

    /// <inheritdoc />
    public async Task<ExternalNoteAnswer> AnalyseAsync(ExternalNoteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);

        ChatMessage[] messages = [new SystemChatMessage(_prompts.System), new UserChatMessage(_prompts.FormatUser(request.RedactedText, request.Locale))];
        ChatCompletionOptions completionOptions = new()
        {
            ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(SchemaName, BinaryData.FromString(_prompts.Schema), jsonSchemaIsStrict: true),
            Temperature = 0,
        };

        using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        long started = TimeProvider.System.GetTimestamp();

        ChatCompletion completion = await CompleteAsync(messages, completionOptions, timeout.Token, cancellationToken).ConfigureAwait(false);
        TokenUsage usage = new(completion.Usage?.InputTokenCount ?? 0, completion.Usage?.OutputTokenCount ?? 0);
        _logger.CompletionReceived(_options.Deployment, completion.FinishReason.ToString(), usage.PromptTokens, usage.CompletionTokens, (long)TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);

        return ReadAnswer(completion, usage);
    }

    private static ExternalNoteAnswer ReadAnswer(ChatCompletion completion, TokenUsage usage)
    {
        switch (completion.FinishReason)
        {
            case ChatFinishReason.ContentFilter:
                throw new ExternalAnalysisException(NoteFallbackReason.ContentFiltered, "The content filter stopped the response.", usage);
            case ChatFinishReason.Length:
                throw new ExternalAnalysisException(NoteFallbackReason.Truncated, "The response was cut off at the token limit (finish reason length).", usage);
        }

        if (!string.IsNullOrEmpty(completion.Refusal))
        {
            throw new ExternalAnalysisException(NoteFallbackReason.ContentFiltered, "The model returned a refusal in place of an analysis.", usage);
        }

        string json = string.Concat(completion.Content.Select(part => part.Text));
        try
        {
            return NoteAnswerParser.Parse(json, usage);
        }
        catch (FormatException exception)
        {
            throw new ExternalAnalysisException(NoteFallbackReason.InvalidAnswer, "The response does not match the schema: " + exception.Message, usage, exception);
        }
    }

    /// <summary>
    /// Builds the client. <c>DefaultAzureCredential</c> is constructed only with <c>OpenAI:UseEntraId</c>; the retry
    /// policy and network timeout keep the SDK's own retries within the analysis time.
    /// </summary>
    private static AzureOpenAIClient CreateClient(OpenAIOptions options)
    {
        if (!options.IsConfigured || string.IsNullOrWhiteSpace(options.Deployment))
        {
            throw new InvalidOperationException("OpenAI:Endpoint and OpenAI:Deployment must be set to use the Azure OpenAI analyser.");
        }

        AzureOpenAIClientOptions clientOptions = new()
        {
            RetryPolicy = new BoundedRetryPolicy(options.MaxRetries, TimeSpan.FromSeconds(options.MaxRetryAfterSeconds)),
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        Uri endpoint = new(options.Endpoint!);
        if (options.UseEntraId)
        {
            return new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions);
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new InvalidOperationException("OpenAI:ApiKey must be set unless OpenAI:UseEntraId is true.");
        }

        return new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
    }
}
