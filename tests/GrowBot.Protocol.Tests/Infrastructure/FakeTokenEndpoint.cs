using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace GrowBot.Protocol.Tests.Infrastructure;

/// <summary>
/// A loopback OAuth token endpoint over TLS (MSAL requires https authorities), with a self-signed certificate for
/// 127.0.0.1 generated per run. Clients must trust <see cref="Certificate"/> explicitly.
/// </summary>
public sealed class FakeTokenEndpoint : IAsyncDisposable
{
    public const string AccessToken = "fake-access-token";

    private readonly ConcurrentQueue<string> _requestBodies = new();
    private LoopbackServer? _server;

    private FakeTokenEndpoint(X509Certificate2 certificate)
    {
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>Authority in the form of https://login.microsoftonline.com/botframework.com.</summary>
    public string Authority => _server!.BaseUrl + "botframework.com";

    public IReadOnlyList<string> RequestBodies => _requestBodies.ToList();

    public static async Task<FakeTokenEndpoint> StartAsync()
    {
        var fake = new FakeTokenEndpoint(CreateCertificate());
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync, fake.Certificate);
        return fake;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _requestBodies.Enqueue(context.Request.Path + " " + await reader.ReadToEndAsync());
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"{{AccessToken}}"}""");
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;
}
