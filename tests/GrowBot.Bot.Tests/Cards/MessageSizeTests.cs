using System.Text.Json.Nodes;
using GrowBot.Bot.Cards;
using GrowBot.Bot.Replies;
using GrowBot.Bot.Tests.Fakes;
using GrowBot.Coaching.People;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Hosting;

namespace GrowBot.Bot.Tests.Cards;

/// <summary>The configured message size limit, with long lists and long texts.</summary>
public sealed class MessageSizeTests
{
    [Theory]
    [InlineData("en-US", "more not shown", 150, 150)]
    [InlineData("zh-CN", "位未显示", 150, 150)]
    [InlineData("en-US", "At least", 3000, 200)]
    [InlineData("zh-CN", "至少还有", 3000, 200)]
    public async Task LongChoiceList_IsTrimmedAndSaysHowManyAreHidden(string locale, string hiddenText, int employees, int found)
    {
        TestBot bot = new();
        AddAssignedEmployees(bot, employees, "Zhao");

        List<Activity> replies = await bot.SendAsync(Activities.PersonalMessage("prepare Zhao", locale: locale));

        Activity reply = Assert.Single(replies);
        Assert.True(ReplyComposer.MeasureBytes(reply) <= 40 * 1024, $"The message has {ReplyComposer.MeasureBytes(reply)} bytes.");
        JsonObject card = TestBot.CardOf(reply);
        CardSchema.AssertValid(card);
        int shown = CountChoices(card);
        Assert.True(shown >= 10, $"Only {shown} choices are shown.");
        Assert.True(shown < found, $"All {shown} choices are shown.");
        string note = Assert.Single(Texts(card), text => text.Contains(hiddenText, StringComparison.Ordinal));
        Assert.Contains((found - shown).ToString(System.Globalization.CultureInfo.InvariantCulture), note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaxMessageBytes_IsReadFromConfiguration()
    {
        TestBot bot = new(new() { ["Bot:MaxMessageBytes"] = "8192" });
        AddAssignedEmployees(bot, 200, "Zhao");

        Activity reply = Assert.Single(await bot.SendAsync(Activities.PersonalMessage("prepare Zhao")));

        Assert.True(ReplyComposer.MeasureBytes(reply) <= 8192);
        Assert.InRange(CountChoices(TestBot.CardOf(reply)), 1, 199);
    }

    [Theory]
    [InlineData("👍🏽")]
    [InlineData("张")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("é")]
    public async Task LongText_IsCutAtTextElementBoundary(string unit)
    {
        TestBot bot = new(new() { ["Bot:MaxMessageBytes"] = "12000" });
        Person employee = bot.People.People.Single(p => p.Id == "p-zhang-wei");
        string longTitle = "Account manager " + string.Concat(Enumerable.Repeat(unit + "x", 3000));
        bot.People.People[bot.People.People.IndexOf(employee)] = employee with { JobTitleEn = longTitle };

        Activity reply = Assert.Single(await bot.SendAsync(Activities.PersonalMessage("prepare Zhang Wei")));

        Assert.True(ReplyComposer.MeasureBytes(reply) <= 12000, $"The message has {ReplyComposer.MeasureBytes(reply)} bytes.");
        JsonObject card = TestBot.CardOf(reply);
        CardSchema.AssertValid(card);
        string title = Assert.Single(Texts(card), text => text.StartsWith("Account manager", StringComparison.Ordinal));
        Assert.EndsWith(TextElements.Ellipsis, title, StringComparison.Ordinal);
        Assert.True(TextElementsTests.IsWellFormed(title));
        string kept = title[..^TextElements.Ellipsis.Length];
        Assert.StartsWith(kept, longTitle, StringComparison.Ordinal);
        Assert.True(kept.EndsWith('x') || kept.EndsWith(unit, StringComparison.Ordinal), "The cut split a text element.");
    }

    [Fact]
    public void Fitter_SmallCard_IsUnchanged()
    {
        CardFitter fitter = new(Microsoft.Extensions.Options.Options.Create(new BotOptions()));
        AdaptiveCard card = new() { Body = [new TextBlock("short")] };

        JsonObject json = fitter.Fit(_ => card, 0, candidate => ReplyComposer.MeasureBytes(candidate));

        Assert.Equal("short", json["body"]![0]!["text"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("line 👍🏽\n")]
    [InlineData("张伟的简报\n")]
    public void FileMessage_LongContent_IsCutToFit(string unit)
    {
        ReplyComposer composer = new(new CardFitter(Microsoft.Extensions.Options.Options.Create(new BotOptions())));
        TurnContext turn = new(Activities.PersonalMessage("x"), new FakeConnectorClient());
        string content = string.Concat(Enumerable.Repeat(unit, 20_000));

        Activity message = composer.ComposeFile(turn, new FileReply("brief.md", "text/markdown", content, "Brief"));

        Assert.True(ReplyComposer.MeasureBytes(message) <= 40 * 1024, $"The message has {ReplyComposer.MeasureBytes(message)} bytes.");
        string sent = message.Attachments![0].Content!.GetValue<string>();
        Assert.EndsWith(TextElements.Ellipsis, sent, StringComparison.Ordinal);
        Assert.StartsWith(sent[..^TextElements.Ellipsis.Length], content, StringComparison.Ordinal);
        Assert.True(TextElementsTests.IsWellFormed(sent));
        Assert.True(sent.Length > 5_000, $"Only {sent.Length} characters were kept.");
    }

    private static void AddAssignedEmployees(TestBot bot, int count, string surname)
    {
        for (int i = 0; i < count; i++)
        {
            string id = $"p-{surname}-{i}";
            bot.People.People.Add(new Person(TestBot.TenantId, id, null, $"{id}@contoso.example", $"{surname} Person {i}", $"赵{i}", [], "Sales Representative", "销售代表", "sales", "p-manager", null, null));
            bot.People.Assignments.Add(("p-hrbp", id));
        }
    }

    private static int CountChoices(JsonObject card) =>
        card["body"]!.AsArray().Count(element => element!["type"]!.GetValue<string>() == "ActionSet"
            && element["actions"]![0]!["verb"]!.GetValue<string>() == "prepare.select");

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(property => property.Key is "text" or "value" && property.Value is JsonValue value && value.TryGetValue(out string? text)
            ? [text]
            : Texts(property.Value)),
        JsonArray array => array.SelectMany(Texts),
        _ => [],
    };
}
