using Microsoft.Data.Sqlite;
using Npgsql;

namespace GrowBot.Storage.Tests;

public sealed class SqliteStoreFixture : StoreFixture
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "growbot-tests-" + Guid.NewGuid().ToString("N"));

    protected override Task<(string Provider, string ConnectionString)?> CreateDatabaseAsync()
    {
        // A nested directory that does not exist yet also checks that the store creates it.
        string path = Path.Combine(_directory, "data", "growbot.db");
        return Task.FromResult<(string, string)?>(("Sqlite", $"Data Source={path}"));
    }

    protected override Task DropDatabaseAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A fresh PostgreSQL database per test class on the server named by <c>GROWBOT_TEST_POSTGRES</c>.
/// Without the variable the tests fail, unless <c>GROWBOT_SKIP_POSTGRES=1</c> skips them.
/// </summary>
public sealed class PostgreSqlStoreFixture : StoreFixture
{
    public const string ConnectionVariable = "GROWBOT_TEST_POSTGRES";
    public const string SkipVariable = "GROWBOT_SKIP_POSTGRES";

    private readonly string _databaseName = "growbot_test_" + Guid.NewGuid().ToString("N");
    private string? _serverConnectionString;

    protected override async Task<(string Provider, string ConnectionString)?> CreateDatabaseAsync()
    {
        _serverConnectionString = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
            {
                SkipReason = $"{SkipVariable}=1 is set, so the PostgreSQL store tests are skipped.";
                return null;
            }

            throw new InvalidOperationException(
                $"{ConnectionVariable} is not set. Start a local server with `eval \"$(tests/start-postgres.sh)\"` " +
                $"(it prints `export {ConnectionVariable}=...`), or set {SkipVariable}=1 to skip the PostgreSQL tests.");
        }

        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = _databaseName };
        return ("PostgreSQL", builder.ConnectionString);
    }

    protected override async Task DropDatabaseAsync()
    {
        if (string.IsNullOrWhiteSpace(_serverConnectionString))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}

public sealed class SqliteStoreContractTests(SqliteStoreFixture fixture) : StoreContractTests<SqliteStoreFixture>(fixture);

public sealed class PostgreSqlStoreContractTests(PostgreSqlStoreFixture fixture) : StoreContractTests<PostgreSqlStoreFixture>(fixture);
