namespace GrowBot.Integrations.OpenAI;

/// <summary>
/// Settings of the Azure OpenAI note analyser, bound from the configuration section <c>OpenAI</c>. With an empty
/// <see cref="Endpoint"/> nothing of Azure OpenAI is constructed and the built-in analyser runs.
/// </summary>
public sealed class OpenAIOptions
{
    public const string SectionName = "OpenAI";

    /// <summary>The Azure OpenAI resource, for example <c>https://contoso.openai.azure.com/</c>. Empty disables the LLM.</summary>
    public string? Endpoint { get; set; }

    /// <summary>The deployment name of the chat model; it appears on the analysis card.</summary>
    public string? Deployment { get; set; }

    /// <summary>The API key, for key authentication. Not needed with <see cref="UseEntraId"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Authenticates with Microsoft Entra ID through <c>DefaultAzureCredential</c> (managed identity in Azure) in place of a key.</summary>
    public bool UseEntraId { get; set; }

    /// <summary>Time for the whole analysis in seconds, retries included. Default 30.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Prompt plus completion tokens that one tenant may use per calendar month (UTC). Default 200 000.</summary>
    public long MonthlyTokenBudget { get; set; } = 200_000;

    /// <summary>The longest <c>Retry-After</c> of a 429 response, in seconds, that the client waits for; a longer one ends the call. Default 10.</summary>
    public int MaxRetryAfterSeconds { get; set; } = 10;

    /// <summary>How often the client retries a 429, 408 or 5xx response. Default 2.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>True when an endpoint is set, so the LLM analyser is used.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);
}
