using GrowBot.Coaching.Ingest;
using GrowBot.Web.Operator;

namespace GrowBot.Web.Ingest;

/// <summary>
/// <c>api-key create --tenant &lt;id&gt;</c> adds an ingest API key; <c>api-key rotate --tenant &lt;id&gt;</c>
/// revokes every key of the tenant and adds a new one. The key is printed once and stored only as a hash.
/// </summary>
internal sealed class ApiKeyCommand : IOperatorCommand
{
    private readonly Func<IConfiguration> _configuration;

    public ApiKeyCommand()
        : this(OperatorServices.LoadConfiguration)
    {
    }

    internal ApiKeyCommand(Func<IConfiguration> configuration)
    {
        _configuration = configuration;
    }

    public string Description => "create|rotate --tenant <id>: create an ingest API key, or revoke the tenant's keys and create one";

    public async Task<int> RunAsync(string[] args, TextWriter output, CancellationToken cancellationToken)
    {
        string action = args.Length > 0 ? args[0] : "";
        if (action is not ("create" or "rotate"))
        {
            throw new OperatorCommandException($"unknown action '{action}': use 'api-key create --tenant <id>' or 'api-key rotate --tenant <id>'.");
        }

        Dictionary<string, string> options = OperatorArguments.Parse(args[1..]);
        string tenantId = options.GetValueOrDefault("tenant") ?? "";
        if (string.IsNullOrWhiteSpace(tenantId) || tenantId == "true")
        {
            throw new OperatorCommandException("missing --tenant: pass the Entra tenant id the key writes to.");
        }

        await using ServiceProvider services = await OperatorServices.StartStorageAsync(_configuration(), cancellationToken);
        string key = await services.GetRequiredService<IApiKeyStore>().CreateAsync(tenantId, revokeOthers: action == "rotate", cancellationToken);
        await output.WriteLineAsync(action == "rotate"
            ? $"Revoked the earlier keys of tenant {tenantId}. New key (shown once, store it now):"
            : $"New key of tenant {tenantId} (shown once, store it now):");
        await output.WriteLineAsync(key);
        return 0;
    }
}
