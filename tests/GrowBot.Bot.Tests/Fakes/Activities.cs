using System.Text.Json;
using System.Text.Json.Nodes;
using GrowBot.Protocol.Activities;

namespace GrowBot.Bot.Tests.Fakes;

/// <summary>Builds inbound activities shaped like the ones Teams sends.</summary>
internal static class Activities
{
    public const string ServiceUrl = "http://127.0.0.1:5999/";

    public static Activity PersonalMessage(string text, string aadObjectId = TestBot.HrbpAad, string? locale = "en-US") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        From = new ChannelAccount { Id = "29:user-" + aadObjectId, AadObjectId = aadObjectId, Name = "User" },
        Recipient = new ChannelAccount { Id = TestBot.BotId, Name = "GrowBot" },
        Conversation = new ConversationAccount { Id = "a:personal-" + aadObjectId, ConversationType = "personal", TenantId = TestBot.TenantId },
        Locale = locale,
        Text = text,
    };

    public static Activity GroupMessage(string text, string conversationType = "groupChat")
    {
        Activity activity = PersonalMessage($"<at>GrowBot</at> {text}");
        activity.Conversation = new ConversationAccount { Id = "19:group@thread.v2", ConversationType = conversationType, TenantId = TestBot.TenantId, IsGroup = true };
        activity.Entities = [new JsonObject { ["type"] = "mention", ["text"] = "<at>GrowBot</at>", ["mentioned"] = new JsonObject { ["id"] = TestBot.BotId, ["name"] = "GrowBot" } }];
        return activity;
    }

    public static Activity Execute(string? verb, JsonObject? data = null, string aadObjectId = TestBot.HrbpAad, string locale = "en-US")
    {
        JsonObject action = new() { ["type"] = "Action.Execute", ["title"] = "Go" };
        if (verb is not null)
        {
            action["verb"] = verb;
        }

        if (data is not null)
        {
            action["data"] = data;
        }

        Activity activity = PersonalMessage(string.Empty, aadObjectId, locale);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = "adaptiveCard/action";
        activity.Value = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        return activity;
    }

    /// <summary>Reads a fixture from the shared Teams fixtures; its serviceUrl is rewritten to loopback.</summary>
    public static Activity Fixture(string fileName)
    {
        string path = Path.Combine(SharedFiles.Directory("fixtures", "teams"), fileName);
        Activity activity = JsonSerializer.Deserialize<Activity>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"The fixture {path} is empty.");
        activity.ServiceUrl = ServiceUrl;
        return activity;
    }
}

/// <summary>Finds the shared folder (schemas, fixtures) by walking up from the test output directory.</summary>
internal static class SharedFiles
{
    public static string Directory(params string[] parts)
    {
        string relative = Path.Combine(["shared", .. parts]);
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, relative);
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No folder '{relative}' was found above {AppContext.BaseDirectory}. The card schema and Teams fixtures live there.");
    }
}
