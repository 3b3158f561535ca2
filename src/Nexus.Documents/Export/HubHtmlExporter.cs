namespace Nexus.Documents;

/// <summary>A standalone HTML page for a hub: its canonical README rendered safely, with inline CSS and nothing external.</summary>
public static class HubHtmlExporter
{
    private const string Style = """
        body{margin:0;background:#f6f7f9;color:#1f2328;font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif}
        main{max-width:52rem;margin:2rem auto;padding:2rem 2.5rem;background:#fff;border-radius:12px;box-shadow:0 1px 3px #0002}
        h1,h2,h3{line-height:1.25}h2{border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2rem}
        a{color:#0969da}code{background:#eff1f3;padding:.1rem .3rem;border-radius:4px;font-size:90%}
        pre{background:#0d1117;color:#e6edf3;padding:1rem;border-radius:8px;overflow:auto}pre code{background:none;padding:0}
        table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.4rem .7rem}blockquote{margin:0;padding-left:1rem;border-left:4px solid #d0d7de;color:#59636e}
        img{max-width:100%}
        """;

    public static string Export(HubDocument hub)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var title = Html.Encode(hub.Title.Length > 0 ? hub.Title : "Learning hub");
        var body = SafeMarkdown.ToHtml(HubMarkdownExporter.Export(hub));
        return $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <main>
            {body}
            </main>
            </body>
            </html>

            """;
    }
}
