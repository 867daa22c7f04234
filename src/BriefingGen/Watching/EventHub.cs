using System.Threading.Channels;

namespace BriefingGen.Watching;

/// <summary>One server-sent event: its name and its one-line data.</summary>
internal sealed record PreviewEvent(string Name, string Data);

/// <summary>
/// Hands each event to every open page. A page that connects late is told the current problems,
/// so a broken save is shown however the page was opened.
/// </summary>
internal sealed class EventHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<PreviewEvent>> _clients = [];
    private readonly List<string> _viewing = [];
    private PreviewEvent? _problems;

    public ChannelReader<PreviewEvent> Subscribe(out Action unsubscribe) => Subscribe(null, out unsubscribe);

    /// <summary>A page's subscription, saying which PDF it shows (its path on the server), if it shows one.</summary>
    public ChannelReader<PreviewEvent> Subscribe(string? viewing, out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<PreviewEvent>();
        lock (_lock)
        {
            _clients.Add(channel);
            if (viewing is not null)
            {
                _viewing.Add(viewing);
            }
            if (_problems is not null)
            {
                channel.Writer.TryWrite(_problems);
            }
        }

        unsubscribe = () =>
        {
            lock (_lock)
            {
                _clients.Remove(channel);
                if (viewing is not null)
                {
                    _viewing.Remove(viewing);
                }
            }
        };
        return channel.Reader;
    }

    /// <summary>Whether a preview page is showing the PDF at this path (as PreviewServer.PdfPath writes it).</summary>
    public bool IsViewing(string path)
    {
        lock (_lock)
        {
            return _viewing.Contains(path);
        }
    }

    public void Publish(PreviewEvent preview)
    {
        lock (_lock)
        {
            _problems = preview.Name switch
            {
                "problems" => preview,
                "reload" => null,
                _ => _problems,
            };
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(preview);
            }
        }
    }
}
