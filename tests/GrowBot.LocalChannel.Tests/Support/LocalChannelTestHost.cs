using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrowBot.LocalChannel.Tests.Support;

/// <summary>
/// A real Kestrel host on 127.0.0.1 with a free port, mapping the local channel and a <see cref="FakeBot"/> at
/// <c>/api/messages</c>. The content root is an empty temporary folder, so the page and Web Chat must come from
/// the assembly.
/// </summary>
internal sealed class LocalChannelTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _contentRoot;

    private LocalChannelTestHost(WebApplication app, string contentRoot, FakeBot bot)
    {
        _app = app;
        _contentRoot = contentRoot;
        Bot = bot;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public FakeBot Bot { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public static readonly Dictionary<string, string?> DemoPersonas = new()
    {
        ["LocalChannel:Personas:0:Key"] = "hrbp-lin",
        ["LocalChannel:Personas:0:DisplayNameEn"] = "Lin Wei",
        ["LocalChannel:Personas:0:DisplayNameZh"] = "林薇",
        ["LocalChannel:Personas:0:AadObjectId"] = "11111111-1111-1111-1111-111111111111",
        ["LocalChannel:Personas:0:RoleLabelEn"] = "HRBP",
        ["LocalChannel:Personas:0:RoleLabelZh"] = "HRBP",
        ["LocalChannel:Personas:0:TenantId"] = "22222222-2222-2222-2222-222222222222",
        ["LocalChannel:Personas:1:Key"] = "employee-chen",
        ["LocalChannel:Personas:1:DisplayNameEn"] = "Chen Jie",
        ["LocalChannel:Personas:1:DisplayNameZh"] = "陈杰",
        ["LocalChannel:Personas:1:AadObjectId"] = "33333333-3333-3333-3333-333333333333",
        ["LocalChannel:Personas:1:RoleLabelEn"] = "Employee",
        ["LocalChannel:Personas:1:RoleLabelZh"] = "员工",
        ["LocalChannel:Personas:1:TenantId"] = "22222222-2222-2222-2222-222222222222",
    };

    public static async Task<LocalChannelTestHost> StartAsync(
        string environment = "Development",
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        string contentRoot = Directory.CreateTempSubdirectory("growbot-local-").FullName;
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = contentRoot,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(DemoPersonas);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        configureServices?.Invoke(builder.Services);
        builder.Services.AddLocalChannel(builder.Configuration);

        WebApplication app = builder.Build();
        FakeBot bot = new();
        bot.Map(app);
        app.MapLocalChannel();
        await app.StartAsync();
        return new LocalChannelTestHost(app, contentRoot, bot);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Directory.Delete(_contentRoot, recursive: true);
    }
}
