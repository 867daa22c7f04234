using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace BriefingGen.Watching;

/// <summary>
/// Serves the output folder on http://127.0.0.1:&lt;port&gt;, loopback only, with the preview script
/// added to each page, the events at /_events and a reloading viewer for each PDF at /_pdf/….
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PreviewServer> StartAsync(string outputRoot, int port, EventHub hub)
    {
        var root = Path.GetFullPath(outputRoot);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        app.Use(async (context, next) =>
        {
            // A page elsewhere whose name is rebound to 127.0.0.1 reaches this socket with its own
            // name in Host (DNS rebinding): only the loopback names, at the port served, are answered.
            if (!IsLoopbackHost(context.Request.Host, context.Connection.LocalPort))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await next(context);
        });
        app.Use(async (context, next) =>
        {
            // Every response is fresh: a rebuilt page must never come from a cache.
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
        });
        app.MapGet("/_events", (HttpContext context) => StreamEventsAsync(context, hub));
        app.MapGet(PreviewScript.Path, () => Results.Text(PreviewScript.Source, "text/javascript", Encoding.UTF8));
        app.MapGet("/_pdf/{id}/{file}", (string id, string file) =>
        {
            return Results.Text(PreviewScript.PdfPage(PdfPath(id, file), WebUtility.HtmlEncode(file)), "text/html", Encoding.UTF8);
        });
        app.Use(async (context, next) =>
        {
            if (HtmlFile(root, context.Request.Path) is { } html)
            {
                var page = await File.ReadAllTextAsync(html, context.RequestAborted);
                var at = page.LastIndexOf("</body>", StringComparison.Ordinal);
                page = at < 0 ? page + PreviewScript.Tag : page.Insert(at, PreviewScript.Tag);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(page, context.RequestAborted);
                return;
            }

            await next(context);
        });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root), ContentTypeProvider = Searching.SearchFileTypes.Provider() });

        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Whether a request's Host is 127.0.0.1, localhost or [::1] with the port it came in on.</summary>
    private static bool IsLoopbackHost(HostString host, int port) =>
        host.Port == port && LoopbackNames.Contains(host.Host);

    private static readonly HashSet<string> LoopbackNames = new(["127.0.0.1", "localhost", "[::1]"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The HTML file a path asks for (a folder means its index.html), if it is inside the root.</summary>
    private static string? HtmlFile(string root, PathString path)
    {
        var relative = (path.Value ?? "/").TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        if (!relative.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(relative)));
        return file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    /// <summary>
    /// A PDF's path on the server, as its viewer names it when it subscribes to the events and as a
    /// "pdf" event names the PDF reprinted. Escaped, so that it holds neither a quote for the viewer's
    /// attribute nor a line break for the event stream.
    /// </summary>
    public static string PdfPath(string id, string file) => $"/{Uri.EscapeDataString(id)}/{Uri.EscapeDataString(file)}";

    private static async Task StreamEventsAsync(HttpContext context, EventHub hub)
    {
        context.Response.ContentType = "text/event-stream";
        // A PDF's viewer says which it shows, so that watch prints that edition first. Only compared
        // with the paths watch makes, never written anywhere.
        var viewing = context.Request.Query["pdf"].FirstOrDefault();
        var events = hub.Subscribe(viewing, out var unsubscribe);
        try
        {
            await context.Response.WriteAsync("retry: 1000\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var preview in events.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: {preview.Name}\ndata: {preview.Data}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            unsubscribe();
        }
    }

    /// <summary>Problems as the events carry them: one JSON array of lines.</summary>
    public static string Lines(IEnumerable<string> lines) => JsonSerializer.Serialize(lines);
}
