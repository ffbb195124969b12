
using GrowBot.Bot.Handling;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrowBot.Bot.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddGrowBotBot_RegistersHandler()
    {
        TestBot bot = new();
        using IServiceScope scope = bot.Services.CreateScope();

        Assert.IsType<GrowBotHandler>(scope.ServiceProvider.GetRequiredService<IBotHandler>());
        Assert.IsType<InMemoryWelcomeLedger>(scope.ServiceProvider.GetRequiredService<IWelcomeLedger>());
        Assert.Equal(40 * 1024, scope.ServiceProvider.GetRequiredService<IOptions<BotOptions>>().Value.MaxMessageBytes);
    }

    [Fact]
    public void AddGrowBotBot_KeepsWelcomeLedgerRegisteredBefore()
    {
        ServiceCollection services = new();
        FakeWelcomeLedger ledger = new();
        services.AddSingleton<IWelcomeLedger>(ledger);

        services.AddGrowBotBot(new ConfigurationBuilder().Build());

        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Same(ledger, provider.GetRequiredService<IWelcomeLedger>());
    }

    [Fact]
    public void MaxMessageBytes_TooSmall_FailsValidation()
    {
        TestBot bot = new(new() { ["Bot:MaxMessageBytes"] = "100" });

        OptionsValidationException error = Assert.Throws<OptionsValidationException>(() => bot.Services.GetRequiredService<IOptions<BotOptions>>().Value);

        Assert.Contains("MaxMessageBytes", error.Message, StringComparison.Ordinal);
    }

    private sealed class FakeWelcomeLedger : IWelcomeLedger
    {
        public Task<bool> TryRecordAsync(string tenantId, string conversationId, string memberId, CancellationToken cancellationToken) => Task.FromResult(true);
    }
}
