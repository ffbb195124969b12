using GrowBot.Bot.Localization;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.Tenants;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Localization;

public sealed class LocaleTests
{
    [Theory]
    [InlineData("zh-CN", "zh-CN")]
    [InlineData("zh-TW", "zh-CN")]
    [InlineData("zh-Hant-HK", "zh-CN")]
    [InlineData("ZH", "zh-CN")]
    [InlineData("en-US", "en-US")]
    [InlineData("en-GB", "en-US")]
    [InlineData("fr-FR", "en-US")]
    [InlineData("zhx", "en-US")]
    [InlineData("", "en-US")]
    [InlineData(null, "en-US")]
    public void FromTag_MapsToSupportedLocale(string? tag, string expected)
    {
        Assert.Equal(expected, BotLocale.FromTag(tag).Name);
    }

    [Fact]
    public async Task Select_NoRequestedLocale_UsesTenantDefault()
    {
        FakeTenantSettingsStore tenants = new();
        tenants.Settings[TestBot.TenantId] = new TenantSettings(TestBot.TenantId, "zh-CN", new SignalThresholds(), []);
        TurnContext turn = new(Activities.PersonalMessage("help", locale: null), new FakeConnectorClient());

        BotLocale locale = await new LocaleSelector(tenants).SelectAsync(turn, CancellationToken.None);

        Assert.Same(BotLocale.Chinese, locale);
    }

    [Fact]
    public async Task Select_RequestedLocale_WinsOverTenantDefault()
    {
        FakeTenantSettingsStore tenants = new();
        tenants.Settings[TestBot.TenantId] = new TenantSettings(TestBot.TenantId, "zh-CN", new SignalThresholds(), []);
        TurnContext turn = new(Activities.PersonalMessage("help", locale: "en-GB"), new FakeConnectorClient());

        BotLocale locale = await new LocaleSelector(tenants).SelectAsync(turn, CancellationToken.None);

        Assert.Same(BotLocale.English, locale);
    }

    [Fact]
    public async Task Select_NothingKnown_IsEnglish()
    {
        TurnContext turn = new(Activities.PersonalMessage("help", locale: null), new FakeConnectorClient());

        BotLocale locale = await new LocaleSelector(new FakeTenantSettingsStore()).SelectAsync(turn, CancellationToken.None);

        Assert.Same(BotLocale.English, locale);
    }
}
