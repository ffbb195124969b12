using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrowBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void FromConfiguration_Empty_UsesSqliteDefaults()
    {
        StorageOptions options = StorageOptions.FromConfiguration(Configuration());

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=./data/growbot.db", options.ConnectionString);
        Assert.True(options.SeedDemo);
        Assert.Equal("c0ffee00-0000-4000-8000-000000000001", options.DemoTenantId);
    }

    [Theory]
    [InlineData("PostgreSQL")]
    [InlineData("postgres")]
    [InlineData("Npgsql")]
    public void FromConfiguration_PostgreSqlNames_Accepted(string name)
    {
        StorageOptions options = StorageOptions.FromConfiguration(Configuration(
            ("Database:Provider", name), ("ConnectionStrings:GrowBot", "Host=127.0.0.1;Database=growbot")));

        Assert.Equal(DatabaseProvider.PostgreSql, options.Provider);
    }

    [Fact]
    public void FromConfiguration_PostgreSqlWithoutConnectionString_Throws()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => StorageOptions.FromConfiguration(Configuration(("Database:Provider", "PostgreSQL"))));

        Assert.Contains("ConnectionStrings:GrowBot", exception.Message);
    }

    [Fact]
    public void FromConfiguration_UnknownProvider_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => StorageOptions.FromConfiguration(Configuration(("Database:Provider", "Oracle"))));
    }

    [Fact]
    public void FromConfiguration_DemoSettings_Read()
    {
        StorageOptions options = StorageOptions.FromConfiguration(Configuration(("Demo:Seed", "false"), ("Demo:TenantId", "tenant-x")));

        Assert.False(options.SeedDemo);
        Assert.Equal("tenant-x", options.DemoTenantId);
    }

    [Fact]
    public async Task Initialize_SeedOff_MigratesOnly()
    {
        string directory = Path.Combine(Path.GetTempPath(), "growbot-tests-" + Guid.NewGuid().ToString("N"));
        try
        {
            var configuration = Configuration(("ConnectionStrings:GrowBot", $"Data Source={Path.Combine(directory, "g.db")}"), ("Demo:Seed", "false"));
            var services = new ServiceCollection().AddGrowBotStorage(configuration);
            await using var provider = services.BuildServiceProvider();

            DatabaseInitializationResult result = await provider.InitializeGrowBotDatabaseAsync();

            Assert.NotEmpty(result.AppliedMigrations);
            Assert.False(result.DemoSeeded);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
            .Build();
}
