using System.Text.Json.Nodes;
using GrowBot.Bot.Commands;

namespace GrowBot.Bot.Tests.Commands;

public sealed class CommandParserTests
{
    [Theory]
    [InlineData("help", CommandKind.Help, null)]
    [InlineData("HELP", CommandKind.Help, null)]
    [InlineData("  Help  ", CommandKind.Help, null)]
    [InlineData("帮助", CommandKind.Help, null)]
    [InlineData("whoami", CommandKind.WhoAmI, null)]
    [InlineData("WhoAmI", CommandKind.WhoAmI, null)]
    [InlineData("我是谁", CommandKind.WhoAmI, null)]
    [InlineData("privacy", CommandKind.Privacy, null)]
    [InlineData("隐私", CommandKind.Privacy, null)]
    [InlineData("prepare Zhang Wei", CommandKind.Prepare, "Zhang Wei")]
    [InlineData("prepare  zhang   wei ", CommandKind.Prepare, "zhang wei")]
    [InlineData("PREPARE   zhang.wei@contoso.example ", CommandKind.Prepare, "zhang.wei@contoso.example")]
    [InlineData("prepare 张伟", CommandKind.Prepare, "张伟")]
    [InlineData("准备面谈 张伟", CommandKind.Prepare, "张伟")]
    [InlineData("准备面谈张伟", CommandKind.Prepare, "张伟")]
    [InlineData("准备面谈\u3000张伟", CommandKind.Prepare, "张伟")]
    [InlineData("准备 张伟", CommandKind.Prepare, "张伟")]
    [InlineData("准备 Zhang Wei", CommandKind.Prepare, "Zhang Wei")]
    [InlineData("prepare", CommandKind.Prepare, null)]
    [InlineData("准备面谈", CommandKind.Prepare, null)]
    [InlineData("prepared", CommandKind.Unknown, null)]
    [InlineData("helpme", CommandKind.Unknown, null)]
    [InlineData("help me", CommandKind.Unknown, null)]
    [InlineData("hello", CommandKind.Unknown, null)]
    [InlineData("", CommandKind.Unknown, null)]
    public void ParseText_BothLanguages(string text, CommandKind kind, string? argument)
    {
        BotCommand command = CommandParser.ParseText(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("{\"verb\":\"whoami\"}", CommandKind.WhoAmI, null)]
    [InlineData("{\"command\":\"privacy\"}", CommandKind.Privacy, null)]
    [InlineData("{\"verb\":\"prepare\",\"name\":\" Zhang Wei \"}", CommandKind.Prepare, "Zhang Wei")]
    [InlineData("{\"verb\":\"prepare.select\",\"personId\":\"p-1\"}", CommandKind.PrepareSelect, "p-1")]
    [InlineData("{\"command\":\"准备面谈 张伟\"}", CommandKind.Prepare, "张伟")]
    [InlineData("{\"verb\":\"dance\"}", CommandKind.Unknown, null)]
    public void ParseSubmitValue_ReadsVerbOrCommand(string json, CommandKind kind, string? argument)
    {
        BotCommand? command = CommandParser.ParseSubmitValue(JsonNode.Parse(json));

        Assert.NotNull(command);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(argument, command.Argument);
    }

    [Theory]
    [InlineData("{\"submitLocation\":\"messagingExtensionSubmit\",\"Answer\":\"\"}")]
    [InlineData("\"text\"")]
    [InlineData("{\"verb\":42}")]
    public void ParseSubmitValue_WithoutVerb_IsNull(string json)
    {
        Assert.Null(CommandParser.ParseSubmitValue(JsonNode.Parse(json)));
    }

    [Fact]
    public void ParseVerb_Unknown_IsNull()
    {
        Assert.Null(CommandParser.ParseVerb("feedback", null));
    }
}
