using System.Net;
using BriefingGen.Watching;

namespace BriefingGen.Tests.Watching;

/// <summary>The preview server answers only requests addressed to the loopback names, so DNS rebinding cannot read it.</summary>
public sealed class PreviewServerTests : IAsyncLifetime, IAsyncDisposable
{
    private const string Secret = "internal briefing";

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-preview-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private PreviewServer? _server;

    public Task InitializeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    // xunit 2 calls IAsyncLifetime on a test class, never IAsyncDisposable.
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example")]
    public async Task A_request_for_another_host_name_is_refused_with_no_content(string host)
    {
        var port = await StartAsync();

        using var response = await GetAsync($"{host}:{port}", "index.html");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_loopback_name_with_another_port_is_refused()
    {
        var port = await StartAsync();

        using var response = await GetAsync($"127.0.0.1:{port + 1}", "_events");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("[::1]")]
    public async Task The_loopback_names_with_the_server_port_are_served(string host)
    {
        var port = await StartAsync();

        using var response = await GetAsync($"{host}:{port}", "index.html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pagefind/wasm.unknown.pagefind")]
    [InlineData("pagefind/pagefind.zh-cn_0123.pf_meta")]
    [InlineData("pagefind/index/zh-cn_0123.pf_index")]
    [InlineData("pagefind/fragment/zh-cn_0123.pf_fragment")]
    public async Task The_files_of_the_search_index_are_served_for_the_search_box(string file)
    {
        var port = await StartAsync();
        var path = Path.Combine(_root, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, [0x1f, 0x8b, 8, 0]);

        using var response = await GetAsync($"127.0.0.1:{port}", file);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllBytesAsync(path), await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<int> StartAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_root, "index.html"), $"<html><body>{Secret}</body></html>");
        _server = await PreviewServer.StartAsync(_root, 0, new EventHub());
        return _server.Address.Port;
    }

    /// <summary>A real request to the server's socket whose Host header names <paramref name="host"/>, as a rebound page's would.</summary>
    private Task<HttpResponseMessage> GetAsync(string host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_server!.Address, path));
        request.Headers.Host = host;
        return _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
