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
    private PreviewEvent? _problems;

    public ChannelReader<PreviewEvent> Subscribe(out Action unsubscribe)
    {
        var channel = Channel.CreateUnbounded<PreviewEvent>();
        lock (_lock)
        {
            _clients.Add(channel);
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
            }
        };
        return channel.Reader;
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
