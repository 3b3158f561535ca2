using Microsoft.Extensions.Options;
using Nexus.GraphQL.Types;

namespace Nexus.Web.Features.GraphQL;

/// <summary>The GraphQL API at /graphql: HTTP (POST, GET), graphql-transport-ws subscriptions, GraphiQL and the SDL (GET /graphql/schema.graphql).</summary>
public static class GraphQLExtensions
{
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphQLApiOptions>(configuration.GetSection(GraphQLApiOptions.Section));
        return services.AddSingleton(provider => new NexusSchema(
            provider.GetRequiredService<IOptions<GraphQLApiOptions>>().Value, provider.GetRequiredService<IHostEnvironment>()));
    }

    public static WebApplication MapGraphQLApi(this WebApplication app)
    {
        app.UseWebSockets();
        // Anonymous callers may query: each resolver applies HubAccessPolicy, and writes demand a signed-in caller.
        var graphql = app.MapGroup("/graphql").AllowAnonymous().WithTags("GraphQL").ExcludeFromDescription();
        graphql.MapPost("/", GraphQLHttpEndpoint.HandlePostAsync).DisableAntiforgery();
        graphql.MapGet("/", async (HttpContext http, NexusSchema schema, IServiceScopeFactory scopes) =>
        {
            if (http.WebSockets.IsWebSocketRequest)
            {
                await AcceptWebSocketAsync(http, schema, scopes);
            }
            else if (GraphiQLPage.WantsPage(http.Request))
            {
                await GraphiQLPage.Page().ExecuteAsync(http);
            }
            else
            {
                await GraphQLHttpEndpoint.HandleGetAsync(http, schema, scopes);
            }
        });
        // The schema as SDL (SchemaPrinter, graphql-js printSchema layout): the conformance round trip compares it with introspection.
        graphql.MapGet("/schema.graphql", (NexusSchema schema) =>
            TypedResults.Text(SchemaPrinter.Print(schema.Schema), "text/plain; charset=utf-8"));
        graphql.MapGet("/assets/{file}", (string file, IWebHostEnvironment environment) => GraphiQLPage.Asset(file, environment));
        // Anything else on /graphql (PUT, DELETE…) is not GraphQL over HTTP.
        graphql.MapMethods("/", ["PUT", "PATCH", "DELETE"], (HttpContext http) =>
        {
            http.Response.Headers.Allow = "GET, POST";
            return TypedResults.StatusCode(StatusCodes.Status405MethodNotAllowed);
        });
        return app;
    }

    private static async Task AcceptWebSocketAsync(HttpContext http, NexusSchema schema, IServiceScopeFactory scopes)
    {
        var supported = http.WebSockets.WebSocketRequestedProtocols.Contains(GraphQLWebSocketSession.SubProtocol);
        using var socket = await http.WebSockets.AcceptWebSocketAsync(supported ? GraphQLWebSocketSession.SubProtocol : null);
        if (!supported)
        {
            await socket.CloseAsync((System.Net.WebSockets.WebSocketCloseStatus)4406, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        await new GraphQLWebSocketSession(socket, http, schema, scopes).RunAsync();
    }
}
