using System.Text.Json.Nodes;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Handling;

public sealed class InvokeTests
{
    [Fact]
    public async Task Fixture07_WithoutVerb_GetsErrorResponse()
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Fixture("07-invoke-adaptivecard-action.json"));

        AssertError(response, 400, "BadRequest");
        Assert.Contains("no verb", response.Body!["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingValue_IsBadRequest()
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("help");
        invoke.Value = null;

        AssertError(await bot.InvokeAsync(invoke), 400, "BadRequest");
    }

    [Fact]
    public async Task MissingAction_IsBadRequest()
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("help");
        invoke.Value = new JsonObject { ["trigger"] = "manual" };

        AssertError(await bot.InvokeAsync(invoke), 400, "BadRequest");
    }

    [Fact]
    public async Task NotExecute_IsNotSupported()
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("help");
        invoke.Value!["action"]!["type"] = "Action.Submit";

        AssertError(await bot.InvokeAsync(invoke), 400, "NotSupported");
    }

    [Theory]
    [InlineData("en-US", "not known to GrowBot")]
    [InlineData("zh-CN", "无法识别")]
    public async Task UnknownVerb_IsLocalizedError(string locale, string expected)
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute("dance", locale: locale));

        AssertError(response, 400, "BadRequest");
        Assert.Contains(expected, response.Body!["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutName_IsEmpty200()
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("help");
        invoke.Name = null;

        InvokeResponse response = await bot.InvokeAsync(invoke);

        Assert.Equal(200, response.Status);
        Assert.Null(response.Body);
    }

    [Theory]
    [InlineData("task/fetch")]
    [InlineData("signin/verifyState")]
    public async Task OtherName_Is501(string name)
    {
        TestBot bot = new();
        Activity invoke = Activities.Execute("help");
        invoke.Name = name;

        InvokeResponse response = await bot.InvokeAsync(invoke);

        Assert.Equal(501, response.Status);
        Assert.Null(response.Body);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("whoami", "Li Na")]
    [InlineData("privacy", "Your data in GrowBot")]
    [InlineData("HELP", "What I can do")]
    public async Task KnownVerb_ReturnsCard(string verb, string expected)
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute(verb));

        Assert.Equal(200, response.Status);
        Assert.Equal(200, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal(InvokeResponse.CardContentType, response.Body["type"]!.GetValue<string>());
        JsonObject card = response.Body["value"]!.AsObject();
        CardSchema.AssertValid(card);
        Assert.Contains(expected, CardText.All(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrepareVerb_ReadsNameInput()
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute("prepare", new JsonObject { ["name"] = "张伟" }, locale: "zh-CN"));

        Assert.Contains("客户经理", CardText.All(response.Body!["value"]), StringComparison.Ordinal);
        Assert.Single(bot.Audit.Records);
    }

    [Fact]
    public async Task UnknownUser_GetsMessage()
    {
        TestBot bot = new();

        InvokeResponse response = await bot.InvokeAsync(Activities.Execute("whoami", aadObjectId: TestBot.StrangerAad));

        Assert.Equal(InvokeResponse.MessageContentType, response.Body!["type"]!.GetValue<string>());
        Assert.Contains("HR administrator", response.Body["value"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static void AssertError(InvokeResponse response, int statusCode, string code)
    {
        Assert.Equal(200, response.Status);
        Assert.Equal(statusCode, response.Body!["statusCode"]!.GetValue<int>());
        Assert.Equal(InvokeResponse.ErrorContentType, response.Body["type"]!.GetValue<string>());
        Assert.Equal(code, response.Body["value"]!["code"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(response.Body["value"]!["message"]!.GetValue<string>()));
    }
}
