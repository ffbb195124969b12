using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GrowBot.Web.Tests;

/// <summary>
/// Hosts the real GrowBot web app in memory on a fresh SQLite file, with Data Protection keys in a temporary
/// directory. Settings given to the constructor override appsettings.json.
/// </summary>
public sealed class GrowBotAppFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "growbot-web-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private readonly string _environment;

    public GrowBotAppFactory(Dictionary<string, string?>? settings = null, string environment = "Testing")
    {
        _environment = environment;
        Directory.CreateDirectory(_directory);
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:GrowBot"] = $"Data Source={Path.Combine(_directory, "growbot.db")}",
            ["Database:Provider"] = "Sqlite",
            ["DataProtection:KeyDirectory"] = Path.Combine(_directory, "keys"),
            ["Bot:ConnectorRetry:BaseDelay"] = "00:00:00.050",
        };
        foreach ((string key, string? value) in settings ?? [])
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath => Path.Combine(_directory, "growbot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach ((string key, string? value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished host only leaves a temporary directory behind.
        }
    }
}
