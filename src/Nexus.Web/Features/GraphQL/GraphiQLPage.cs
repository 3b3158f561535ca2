namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// GraphiQL for browsers on GET /graphql. Its scripts come from npm at build time (ClientApp → wwwroot/lib/graphiql)
/// and are served from /graphql/assets; the headers editor is where the bearer token goes.
/// </summary>
public static class GraphiQLPage
{
    /// <summary>The files the build copies; nothing else is served from the assets folder.</summary>
    private static readonly Dictionary<string, string> Assets = new(StringComparer.Ordinal)
    {
        ["react.production.min.js"] = "text/javascript",
        ["react-dom.production.min.js"] = "text/javascript",
        ["graphiql.min.js"] = "text/javascript",
        ["graphql-ws.min.js"] = "text/javascript",
        ["graphiql.min.css"] = "text/css",
    };

    public static bool WantsPage(HttpRequest request) =>
        !request.Query.ContainsKey("query") && !request.Query.ContainsKey("documentId")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static IResult Page() => TypedResults.Content(Html, "text/html; charset=utf-8");

    public static IResult Asset(string file, IWebHostEnvironment environment)
    {
        if (!Assets.TryGetValue(file, out var contentType))
        {
            return TypedResults.NotFound();
        }

        var path = Path.Combine(environment.ContentRootPath, "wwwroot", "lib", "graphiql", file);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, contentType)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                detail: $"{file} is missing: build Nexus.Web (it installs ClientApp with npm and copies GraphiQL into wwwroot/lib).");
    }

    private const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Nexus GraphQL</title>
          <link rel="stylesheet" href="/graphql/assets/graphiql.min.css">
          <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
        </head>
        <body>
          <div id="graphiql">Loading GraphiQL…</div>
          <script src="/graphql/assets/react.production.min.js"></script>
          <script src="/graphql/assets/react-dom.production.min.js"></script>
          <script src="/graphql/assets/graphiql.min.js"></script>
          <script src="/graphql/assets/graphql-ws.min.js"></script>
          <script>
            // Subscriptions go over graphql-transport-ws; the socket signs in with the Authorization header of the
            // Headers tab (GraphiQL keeps it in localStorage) when it connects, i.e. at the first subscription.
            const wsClient = graphqlWs.createClient({
              url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
              connectionParams: () => {
                try {
                  const headers = JSON.parse(localStorage.getItem('graphiql:headers') || '{}');
                  const authorization = headers.Authorization ?? headers.authorization;
                  return authorization ? { authorization } : {};
                } catch {
                  return {};
                }
              },
            });
            const fetcher = GraphiQL.createFetcher({ url: '/graphql', wsClient });
            ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, {
              fetcher,
              // An empty headers object: a placeholder token would be sent as a (failing) credential.
              defaultHeaders: '{}',
              isHeadersEditorEnabled: true,
              shouldPersistHeaders: true,
              defaultQuery: [
                '# Signed-in queries: POST /api/v1/auth/login, then in Headers below put',
                '# { "Authorization": "Bearer <accessToken>" }',
                '{',
                '  hubs(first: 5) {',
                '    totalCount',
                '    nodes { slug title owner { handle cohort } technologies { slug } }',
                '  }',
                '}',
                '',
              ].join('\n'),
            }));
          </script>
        </body>
        </html>
        """;
}
