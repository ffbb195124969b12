using Microsoft.Extensions.Configuration;

namespace GrowBot.Storage;

/// <summary>Database provider of the stores.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>Storage settings, read from configuration by <see cref="FromConfiguration"/>.</summary>
public sealed record StorageOptions
{
    /// <summary>Connection string used when <c>ConnectionStrings:GrowBot</c> is missing and the provider is SQLite.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=./data/growbot.db";

    /// <summary><c>Database:Provider</c>: <c>Sqlite</c> (default) or <c>PostgreSQL</c>.</summary>
    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary><c>ConnectionStrings:GrowBot</c>.</summary>
    public string ConnectionString { get; init; } = DefaultSqliteConnectionString;

    /// <summary><c>Demo:Seed</c>: seed the demo company into an empty tenant at start (default true).</summary>
    public bool SeedDemo { get; init; } = true;

    /// <summary><c>Demo:TenantId</c>: tenant the demo company is seeded into.</summary>
    public string DemoTenantId { get; init; } = Coaching.Demo.DemoPersonas.DefaultTenantId;

    /// <summary>Reads the options; throws for an unknown provider or a PostgreSQL provider without a connection string.</summary>
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        DatabaseProvider provider = ParseProvider(configuration["Database:Provider"]);
        string? connectionString = configuration.GetConnectionString("GrowBot");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnectionString
                : throw new InvalidOperationException(
                    "ConnectionStrings:GrowBot is missing. Set it to the PostgreSQL connection string, or set Database:Provider to Sqlite.");
        }

        string? seed = configuration["Demo:Seed"];
        string? tenantId = configuration["Demo:TenantId"];
        return new StorageOptions
        {
            Provider = provider,
            ConnectionString = connectionString,
            SeedDemo = ParseSeed(seed),
            DemoTenantId = string.IsNullOrWhiteSpace(tenantId) ? Coaching.Demo.DemoPersonas.DefaultTenantId : tenantId,
        };
    }

    private static bool ParseSeed(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        return bool.TryParse(value, out bool seed)
            ? seed
            : throw new InvalidOperationException($"Demo:Seed '{value}' is invalid. Use true or false.");
    }

    private static DatabaseProvider ParseProvider(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not supported. Use Sqlite or PostgreSQL."),
    };
}
