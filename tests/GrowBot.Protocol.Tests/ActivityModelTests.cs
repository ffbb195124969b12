using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;
using GrowBot.Protocol.Auth;
using GrowBot.Protocol.Cards;
using GrowBot.Protocol.Connector;
using GrowBot.Protocol.Json;
using GrowBot.Protocol.Tests.Infrastructure;

namespace GrowBot.Protocol.Tests;

/// <summary>Activity JSON, facts read off activities, card envelope and key set parsing.</summary>
public sealed class ActivityModelTests
{
    [Theory]
    [InlineData("01-message-personal-text.json")]
    [InlineData("03-message-channel-mention-command.json")]
    [InlineData("05-message-action-submit-value.json")]
    [InlineData("07-invoke-adaptivecard-action.json")]
    [InlineData("09-conversationupdate-bot-added-team.json")]
    [InlineData("10-conversationupdate-bot-added-personal.json")]
    [InlineData("14-installationupdate-add-team.json")]
    public void Fixture_RoundTripsUnchanged(string name)
    {
        JsonObject original = Fixtures.Load(name);

        Activity activity = JsonSerializer.Deserialize<Activity>(original.ToJsonString(), ProtocolJson.Options)!;
        JsonNode written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!;

        Assert.True(JsonNode.DeepEquals(Normalize(original), Normalize(written)), written.ToJsonString());
    }

    [Fact]
    public void Serialize_OmitsNullsAndUsesCamelCase()
    {
        string json = JsonSerializer.Serialize(new Activity { Type = "message", ReplyToId = "1" }, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","replyToId":"1"}""", json);
    }

    [Fact]
    public void Deserialize_CaseInsensitive()
    {
        Activity activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","SERVICEURL":"https://x/"}""", ProtocolJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("https://x/", activity.ServiceUrl);
    }

    [Fact]
    public void MentionStripping_UsesEntityNotRecipientName()
    {
        Activity activity = Load("03-message-channel-mention-command.json");

        Assert.NotEqual("Test Bot Display Name", activity.Recipient!.Name);
        Assert.Equal("show channels", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void MentionOfSomeoneElse_Kept()
    {
        Activity activity = Load("03-message-channel-mention-command.json");
        activity.Entities![0]["mentioned"]!["id"] = "29:someone-else";

        Assert.Equal("<at>Test Bot Display Name</at>show channels", MentionText.StripBotMention(activity));
    }

    [Fact]
    public void Facts_TenantAndGroupScope()
    {
        Activity channel = Load("03-message-channel-mention-command.json");
        Activity personal = Load("07-invoke-adaptivecard-action.json");

        Assert.Equal("00000000-0000-0000-0000-000000000002", ActivityFacts.TenantId(channel));
        Assert.True(ActivityFacts.IsGroup(channel));
        Assert.False(ActivityFacts.IsGroup(personal));
    }

    [Fact]
    public void TenantId_FallsBackToChannelData()
    {
        Activity activity = Load("07-invoke-adaptivecard-action.json");
        activity.Conversation!.TenantId = null;

        Assert.Equal("00000000-0000-0000-0000-000000000012", ActivityFacts.TenantId(activity));
    }

    [Fact]
    public void Locale_ActivityThenClientInfo()
    {
        Activity activity = Load("03-message-channel-mention-command.json");
        activity.Locale = "zh-TW";
        Assert.Equal("zh-TW", LocaleResolver.FromActivity(activity));

        activity.Locale = null;
        Assert.Equal("en-US", LocaleResolver.FromActivity(activity));

        activity.Entities!.RemoveAt(1);
        Assert.Null(LocaleResolver.FromActivity(activity));
    }

    [Fact]
    public void AdaptiveCardAttachment_Envelope()
    {
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = "1.5" };

        Attachment attachment = AdaptiveCardAttachment.Create(card);

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.Same(card, attachment.Content);
    }

    [Fact]
    public void MessageSize_CountsUtf16Bytes()
    {
        var activity = new Activity { Text = "中文" };

        // {"text":"中文"} is 13 UTF-16 chars when the Chinese letters are not escaped.
        Assert.Equal(26, MessageSize.Utf16Bytes(activity));
    }

    [Fact]
    public void Endorsements_ParsedPerKid()
    {
        string json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "jwks-endorsements-excerpt.2020.json"));

        IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements = BotSigningKeysRetriever.ParseEndorsements(json);

        Assert.Contains("webchat", endorsements["JW3EXdnw-wY2EqLrWTqQ2rUkB-g"]);
        Assert.Contains(endorsements.Values, set => set.Contains("msteams"));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"keys":null}""")]
    [InlineData("""{"keys":"nope"}""")]
    [InlineData("""{"keys":[{"kid":"a"}]}""")]
    public void Endorsements_MissingGivesEmptyMap(string json) =>
        Assert.Empty(BotSigningKeysRetriever.ParseEndorsements(json));

    [Theory]
    [InlineData("""{"error":{"code":"ConversationNotFound","message":"gone"}}""", "ConversationNotFound")]
    [InlineData("""{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\"}"}""", "MessageWritesBlocked")]
    [InlineData("""{"errorCode":209,"message":"plain text"}""", "209")]
    [InlineData("not json", null)]
    [InlineData("", null)]
    public void ConnectorError_Parsed(string body, string? expectedCode) =>
        Assert.Equal(expectedCode, ConnectorClient.ParseError(body).Code);

    private static Activity Load(string name) =>
        JsonSerializer.Deserialize<Activity>(Fixtures.Load(name).ToJsonString(), ProtocolJson.Options)!;

    // Timestamps are re-written in round-trip format ("…59.89Z" becomes "…59.89+00:00"), so compare them as instants.
    private static JsonNode Normalize(JsonNode node)
    {
        JsonNode copy = node.DeepClone();
        foreach (string field in new[] { "timestamp", "localTimestamp" })
        {
            if (copy[field] is JsonValue value && DateTimeOffset.TryParse(value.GetValue<string>(), out DateTimeOffset instant))
            {
                copy[field] = instant.ToUniversalTime().ToString("O");
            }
        }

        return copy;
    }
}
