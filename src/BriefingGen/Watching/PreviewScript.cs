namespace BriefingGen.Watching;

/// <summary>
/// The script the preview server adds to every page it serves (never to the built files): it
/// listens to the server's events and reloads the page, reloads an open PDF, or shows the problems
/// of a broken save over the last good page.
/// </summary>
internal static class PreviewScript
{
    public const string Path = "/_preview.js";

    public const string Tag = "<script src=\"/_preview.js\"></script>";

    public const string Source = """
        (() => {
          // A PDF's viewer says which it shows: watch prints that edition first.
          const frame = document.querySelector('iframe[data-pdf]');
          const events = new EventSource('/_events' + (frame ? '?pdf=' + encodeURIComponent(frame.dataset.pdf) : ''));
          events.addEventListener('reload', () => location.reload());
          events.addEventListener('pdf', event => {
            if (frame && event.data === frame.dataset.pdf) frame.src = frame.dataset.pdf + '?v=' + Date.now();
          });
          events.addEventListener('problems', event => {
            let panel = document.getElementById('briefing-problems');
            if (!panel) {
              panel = document.createElement('pre');
              panel.id = 'briefing-problems';
              panel.setAttribute('role', 'alert');
              panel.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:50vh;overflow:auto;margin:0;padding:1em;' +
                'background:#fff4f4;color:#600;border-top:3px solid #a8141c;font:13px/1.5 monospace;white-space:pre-wrap;z-index:10';
              document.body.append(panel);
            }
            panel.textContent = JSON.parse(event.data).join('\n');
          });
        })();
        """;

    /// <summary>A page that shows a PDF and reloads it when it is re-printed.</summary>
    public static string PdfPage(string pdfUrl, string title) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{title}}</title>
        <style>html,body,iframe{margin:0;width:100%;height:100%;border:0}</style></head>
        <body><iframe data-pdf="{{pdfUrl}}" src="{{pdfUrl}}" title="{{title}}"></iframe>{{Tag}}</body></html>
        """;
}
