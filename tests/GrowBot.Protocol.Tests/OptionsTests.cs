using GrowBot.Protocol.Hosting;
using GrowBot.Protocol.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrowBot.Protocol.Tests;

/// <summary>Binding from the configuration root with SDK key names, and the SDK's validation rules.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Defaults_MatchBotFrameworkSdk()
    {
        BotFrameworkOptions options = Bind(new Dictionary<string, string?>());

        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.True(options.IsLocalDevelopment);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.ResolveLoginUrl());
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
    }

    [Fact]
    public void BotSection_Defaults()
    {
        BotProtocolOptions options = BuildProvider(new Dictionary<string, string?>()).GetRequiredService<IOptions<BotProtocolOptions>>().Value;

        Assert.Equal(256 * 1024, options.MaxRequestBodyBytes);
        Assert.Equal(40 * 1024, options.MaxMessageBytes);
    }

    [Fact]
    public void BotSection_Bound()
    {
        BotProtocolOptions options = BuildProvider(new Dictionary<string, string?>
        {
            ["Bot:MaxMessageBytes"] = "1000",
            ["Bot:QueueWorkerCount"] = "2",
            ["Bot:DedupeKeyTtl"] = "00:10:00",
            ["Bot:ConnectorRetry:MaxRetries"] = "5",
        }).GetRequiredService<IOptions<BotProtocolOptions>>().Value;

        Assert.Equal(1000, options.MaxMessageBytes);
        Assert.Equal(2, options.QueueWorkerCount);
        Assert.Equal(TimeSpan.FromMinutes(10), options.DedupeKeyTtl);
        Assert.Equal(5, options.ConnectorRetry.MaxRetries);
    }

    [Fact]
    public void SingleTenant_LoginUrlUsesTenant()
    {
        BotFrameworkOptions options = Bind(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "app",
            ["MicrosoftAppPassword"] = "secret",
            ["MicrosoftAppTenantId"] = "tenant-1",
        });

        Assert.Equal("https://login.microsoftonline.com/tenant-1", options.ResolveLoginUrl());
        Assert.True(Validate(options).Succeeded);
    }

    [Theory]
    [InlineData("SingleTenant", "app", "secret", null, "SingleTenant requires")]
    [InlineData("SingleTenant", "app", null, "tenant", "SingleTenant requires")]
    [InlineData("UserAssignedMSI", "app", null, null, "UserAssignedMSI requires")]
    [InlineData("UserAssignedMSI", "app", "secret", "tenant", "Remove the password")]
    [InlineData("MultiTenant", "app", null, null, "requires MicrosoftAppPassword")]
    public void InvalidCombination_Fails(string type, string? id, string? password, string? tenant, string expected)
    {
        BotFrameworkOptions options = Bind(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = type,
            ["MicrosoftAppId"] = id,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        });

        ValidateOptionsResult result = Validate(options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void UserAssignedMsi_Valid()
    {
        BotFrameworkOptions options = Bind(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppId"] = "client-id",
            ["MicrosoftAppTenantId"] = "tenant",
        });

        Assert.True(Validate(options).Succeeded);
    }

    [Theory]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false)]
    [InlineData("http://127.0.0.1:8080/metadata", true)]
    [InlineData("http://localhost:8080/metadata", true)]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("not a url", false)]
    public void MetadataUrl_PlainHttpOnlyOnLoopback(string url, bool valid)
    {
        BotFrameworkOptions options = Bind(new Dictionary<string, string?> { ["ToBotFromChannelOpenIdMetadataUrl"] = url });

        Assert.Equal(valid, Validate(options).Succeeded);
    }

    [Fact]
    public void InvalidOptions_ResolveThrows()
    {
        ServiceProvider provider = BuildProvider(new Dictionary<string, string?> { ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppId"] = "app" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
    }

    private static BotFrameworkOptions Bind(Dictionary<string, string?> settings)
    {
        var options = new BotFrameworkOptions();
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().Bind(options);
        return options;
    }

    private static ValidateOptionsResult Validate(BotFrameworkOptions options)
    {
        var validator = BuildProvider(new Dictionary<string, string?>()).GetServices<IValidateOptions<BotFrameworkOptions>>().Single();
        return validator.Validate(Microsoft.Extensions.Options.Options.DefaultName, options);
    }

    private static ServiceProvider BuildProvider(Dictionary<string, string?> settings)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotProtocol(configuration).BuildServiceProvider();
    }
}
