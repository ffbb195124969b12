using GrowBot.Web;
using GrowBot.Web.Operator;

if (OperatorCommands.IsOperatorCommand(args))
{
    return await OperatorCommands.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddGrowBot();

WebApplication app = builder.Build();
await app.UseGrowBotAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
