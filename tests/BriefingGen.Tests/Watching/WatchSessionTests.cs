using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BriefingGen.Cli;
using BriefingGen.Localization;
using BriefingGen.Messages;
using BriefingGen.Watching;

namespace BriefingGen.Tests.Watching;

/// <summary>
/// watch, as staff use it: a real server on a free loopback port, a real file saved in the data,
/// and the page and the event stream read over HTTP. IAsyncLifetime, not IAsyncDisposable: xunit 2
/// never calls the latter, which left each test's warm browser running.
/// </summary>
public sealed class WatchSessionTests : IAsyncLifetime, IAsyncDisposable
{
    // A guard against a hang, not a timing: under the whole suite's load, the PDF pass (a Chinese
    // edition is printed up to five times) can take longer than half a minute. bench/watch.sh times it.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly string _root = Directory.CreateTempSubdirectory("briefinggen-watch-").FullName;
    private readonly HttpClient _http = new() { Timeout = Patience };
    private readonly ConcurrentQueue<string> _console = new();
    private WatchSession? _session;

    private string Briefing => Path.Combine(_root, "data", "jinan-digital-city");

    public Task InitializeAsync() => Task.CompletedTask;

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());

    public async Task DisposeAsync()
    {
        if (_session is not null)
        {
            await _session.DisposeAsync();
        }

        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_saved_change_is_rebuilt_and_the_open_page_is_told_to_reload()
    {
        await StartAsync(pdf: false);
        using var events = await OpenEventsAsync();

        AddParagraph("前景广阔。");

        Assert.Equal("reload", await NextEventAsync(events));
        Assert.Contains("前景广阔", await PageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_change_to_the_office_yaml_beside_the_briefing_rebuilds_it()
    {
        await StartAsync(pdf: false);
        using var events = await OpenEventsAsync();
        var office = Path.Combine(_root, "data", "office.yaml");
        var text = File.ReadAllText(office);
        // Whatever the office's series is now, a series no briefing has.
        var series = new Regex(@"series: \{zh: [^,]+,");
        Assert.Matches(series, text);
        Assert.DoesNotContain("测试丛刊", await PageAsync(), StringComparison.Ordinal);

        File.WriteAllText(office, series.Replace(text, "series: {zh: 测试丛刊,", 1));

        Assert.Equal("reload", await NextEventAsync(events));
        Assert.Contains("测试丛刊", await PageAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_save_shows_its_problems_and_the_last_good_page_stays_served()
    {
        await StartAsync(pdf: false);
        var before = await PageAsync();
        using var events = await OpenEventsAsync();

        var good = File.ReadAllText(Path.Combine(Briefing, "briefing.yaml"));
        File.WriteAllText(Path.Combine(Briefing, "briefing.yaml"), new Regex("^  issue: .*$", RegexOptions.Multiline).Replace(good, "  issue: one", 1));

        var (name, data) = await NextAsync(events);
        Assert.Equal("problems", name);
        Assert.Contains("briefing.yaml(", data, StringComparison.Ordinal);
        Assert.Contains("BG1003", data, StringComparison.Ordinal);
        Assert.Equal(before, await PageAsync());

        File.WriteAllText(Path.Combine(Briefing, "briefing.yaml"), good);
        Assert.Equal("reload", await NextEventAsync(events));
    }

    [Fact]
    public async Task A_published_briefing_with_a_file_missing_is_warned_of_on_the_console_as_build_warns()
    {
        await StartAsync(pdf: false);
        using var events = await OpenEventsAsync();
        // Another briefing published earlier into the same out/, whose page someone deleted by hand.
        var other = Path.Combine(_root, "out", "published-earlier");
        Directory.CreateDirectory(other);
        var manifest = File.ReadAllText(Path.Combine(_root, "out", "jinan-digital-city", "manifest.json"));
        File.WriteAllText(Path.Combine(other, "manifest.json"), manifest.Replace("\"id\": \"jinan-digital-city\"", "\"id\": \"published-earlier\"", StringComparison.Ordinal));

        AddParagraph("前景广阔。");

        Assert.Equal("reload", await NextEventAsync(events));
        using var patience = new CancellationTokenSource(Patience);
        while (!_console.Any(line => line.Contains("BG5020", StringComparison.Ordinal) && line.Contains("published-earlier", StringComparison.Ordinal) && line.Contains("manifest.json(", StringComparison.Ordinal)))
        {
            Assert.False(patience.IsCancellationRequested, $"watch never warned of the missing page; it said:\n{string.Join("\n", _console)}");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    [Fact]
    public async Task The_pdfs_are_reprinted_by_the_warm_browser_and_their_previews_told()
    {
        await StartAsync(pdf: true);
        using var events = await OpenEventsAsync();
        var pdf = Path.Combine(_root, "out", "jinan-digital-city", "jinan-digital-city.zh.pdf");
        var before = File.ReadAllBytes(pdf);

        AddParagraph("大有作为。");

        Assert.Equal("reload", await NextEventAsync(events));
        Assert.Equal("pdf", await NextEventAsync(events));
        Assert.NotEqual(before, File.ReadAllBytes(pdf));
        var preview = await _http.GetStringAsync(new Uri(_session!.Address!, "_pdf/jinan-digital-city/jinan-digital-city.zh.pdf"));
        Assert.Contains("data-pdf=\"/jinan-digital-city/jinan-digital-city.zh.pdf\"", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_edition_a_preview_shows_is_printed_and_told_first_and_the_others_after_it()
    {
        await StartAsync(pdf: true);
        // The English PDF's viewer, as its page subscribes: it names the PDF it shows.
        var viewer = await _http.GetStringAsync(new Uri(_session!.Address!, "_pdf/jinan-digital-city/jinan-digital-city.en.pdf"));
        var shown = Regex.Match(viewer, "data-pdf=\"([^\"]+)\"").Groups[1].Value;
        using var events = await OpenEventsAsync("_events?pdf=" + Uri.EscapeDataString(shown));
        var english = Path.Combine(_root, "out", "jinan-digital-city", "jinan-digital-city.en.pdf");
        var chinese = Path.Combine(_root, "out", "jinan-digital-city", "jinan-digital-city.zh.pdf");
        var (englishBefore, chineseBefore) = (File.ReadAllBytes(english), File.ReadAllBytes(chinese));

        AddParagraph("大有作为。");

        Assert.Equal("reload", await NextEventAsync(events));
        var told = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (name, data) = await NextAsync(events);
            Assert.Equal("pdf", name);
            told.Add(data);
            if (i == 0)
            {
                // When the viewer is told, its PDF is the new one, and the others are still being printed.
                Assert.NotEqual(englishBefore, File.ReadAllBytes(english));
                Assert.Equal(chineseBefore, File.ReadAllBytes(chinese));
            }
        }

        Assert.Equal(shown, told[0]);
        Assert.Equal(
            ["/jinan-digital-city/jinan-digital-city.zh-en.pdf", "/jinan-digital-city/jinan-digital-city.zh.pdf"],
            told.Skip(1).Order(StringComparer.Ordinal));
        Assert.NotEqual(chineseBefore, File.ReadAllBytes(chinese));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_briefing_folder_deleted_and_restored_is_said_so_and_rebuilt_on_later_saves(bool chinese)
    {
        await StartAsync(pdf: false, chinese);
        using var events = await OpenEventsAsync();
        var shown = global::BriefingGen.Loading.DisplayPaths.For(Briefing);
        var title = DataViews.Plain(DataViews.LoadFolder(Briefing).View.TitleText.Zh);

        Directory.Delete(Briefing, recursive: true);
        await SaidAsync(Catalogue.In(chinese, "watch.removed", "", shown).Trim());
        Assert.Contains(Html.Escape(title), await PageAsync(), StringComparison.Ordinal);

        // Restored as git or a backup would: the folder first, then its files.
        TestProject.WithJinanData(_root);
        await SaidAsync(Catalogue.In(chinese, "watch.back", "", shown).Trim());
        await UntilAsync(events, "reload");

        AddParagraph("未来可期。");
        await UntilAsync(events, "reload");
        Assert.Contains("未来可期", await PageAsync(), StringComparison.Ordinal);
    }

    /// <summary>Reads events until one of this name: files restored one by one may be built half there first.</summary>
    private static async Task UntilAsync(StreamReader events, string name)
    {
        while (await NextEventAsync(events) != name)
        {
        }
    }

    /// <summary>Waits until watch has printed a console line ending with <paramref name="text"/>.</summary>
    private async Task SaidAsync(string text)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!_console.Any(line => line.EndsWith(text, StringComparison.Ordinal)))
        {
            Assert.False(patience.IsCancellationRequested, $"watch never said '{text}'; it said:\n{string.Join("\n", _console)}");
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private async Task StartAsync(bool pdf, bool chinese = false)
    {
        TestProject.WithJinanData(_root);

        TestProject.WithSharedTemplates(_root);
        var options = new WatchOptions([Briefing], Path.Combine(_root, "out"), Port: 0, pdf, chinese);
        _session = new WatchSession(new ProjectPaths(_root), options, _console.Enqueue);
        await _session.StartAsync();
        _ = _session.RunAsync(CancellationToken.None);
    }

    /// <summary>Saves sections.yaml with a new first paragraph of the introduction: a change the test owns, whatever the staff wrote.</summary>
    private void AddParagraph(string zh)
    {
        var path = Path.Combine(Briefing, "sections.yaml");
        var text = File.ReadAllText(path);
        Assert.Contains("\nintroduction:\n", text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace("\nintroduction:\n", $"\nintroduction:\n  - {{zh: {zh}, en: A new paragraph.}}\n", StringComparison.Ordinal));
    }

    private Task<string> PageAsync() => _http.GetStringAsync(new Uri(_session!.Address!, "jinan-digital-city/"));

    private async Task<StreamReader> OpenEventsAsync(string path = "_events")
    {
        var stream = await _http.GetStreamAsync(new Uri(_session!.Address!, path));
        var reader = new StreamReader(stream);
        Assert.Equal("retry: 1000", await reader.ReadLineAsync());
        return reader;
    }

    private static async Task<string> NextEventAsync(StreamReader events) => (await NextAsync(events)).Name;

    /// <summary>The next server-sent event: its name and data, read as a browser's EventSource would.</summary>
    private static async Task<(string Name, string Data)> NextAsync(StreamReader events)
    {
        var name = "";
        var payload = "";
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await events.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException("the event stream closed");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                payload = line["data: ".Length..];
            }
            else if (line.Length == 0 && name.Length > 0)
            {
                return (name, payload);
            }
        }
    }
}
