using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Language;

namespace Nexus.Web.Features.GraphQL;

/// <summary>
/// GraphQL over HTTP (graphql.github.io/graphql-over-http): POST application/json and GET with query parameters
/// (queries only). Responses are application/graphql-response+json when the client accepts it — request errors are
/// then 400 — or legacy application/json, always 200 once the request is well-formed.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task HandlePostAsync(HttpContext http, NexusSchema schema, IServiceScopeFactory scopes)
    {
        if (!IsJsonContent(http.Request.ContentType))
        {
            await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "Send the request as Content-Type: application/json.");
            return;
        }

        if (Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLResponse} or {Json}.");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            request = GraphQLHttpRequest.FromJson(body.RootElement);
        }
        catch (Exception error) when (error is JsonException or BadRequestShapeException)
        {
            await WriteRequestErrorAsync(http, mediaType, $"The request body is not a GraphQL request: {error.Message}");
            return;
        }

        // Subscriptions stream over the WebSocket; over HTTP they would run their root fields once, without events.
        if (request.Query is { } document && document.Contains("subscription", StringComparison.Ordinal)
            && OperationTypeOf(document, request.OperationName) == OperationType.Subscription)
        {
            await WriteRequestErrorAsync(http, mediaType, "Subscriptions run over a WebSocket on /graphql (graphql-transport-ws).");
            return;
        }

        await ExecuteAsync(http, mediaType, request, schema, scopes);
    }

    public static async Task HandleGetAsync(HttpContext http, NexusSchema schema, IServiceScopeFactory scopes)
    {
        if (Negotiate(http.Request.Headers.Accept) is not { } mediaType)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, $"Accept {GraphQLResponse} or {Json}.");
            return;
        }

        GraphQLHttpRequest request;
        try
        {
            var query = http.Request.Query;
            var variables = query["variables"].ToString() is { Length: > 0 } text ? ParseObject(text, "variables") : null;
            request = new GraphQLHttpRequest(NullIfEmpty(query["query"]), NullIfEmpty(query["operationName"]), variables,
                NullIfEmpty(query["documentId"]));
        }
        catch (Exception error) when (error is JsonException or BadRequestShapeException)
        {
            await WriteRequestErrorAsync(http, mediaType, error.Message);
            return;
        }

        // GET must not change anything: mutations (and subscriptions) are refused before anything runs.
        if (request.Query is { } document && OperationTypeOf(document, request.OperationName) is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, "Mutations and subscriptions need POST (or a WebSocket).");
            return;
        }

        await ExecuteAsync(http, mediaType, request, schema, scopes);
    }

    private static async Task ExecuteAsync(HttpContext http, string mediaType, GraphQLHttpRequest request, NexusSchema schema,
        IServiceScopeFactory scopes)
    {
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema.Schema,
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Context = new GraphQLRequestContext(http.User, scopes, schema.Options),
            Services = http.RequestServices,
            Options = schema.Execution,
            CancellationToken = http.RequestAborted,
        });
        http.Response.StatusCode = !result.HasData && mediaType == GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await WriteAsync(http, mediaType, result);
    }

    /// <summary>The response media type for an Accept header: graphql-response+json first, json for legacy clients; null if neither.</summary>
    public static string? Negotiate(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types) || types.Count == 0)
        {
            // No Accept header: the spec says to treat it as application/json.
            return Json;
        }

        var wanted = types.Where(t => t.Quality is null or > 0).OrderByDescending(t => t.Quality ?? 1).ToList();
        foreach (var type in wanted)
        {
            var name = type.MediaType.Value?.ToLowerInvariant();
            if (name == GraphQLResponse)
            {
                return GraphQLResponse;
            }

            if (name is Json or "application/*" or "*/*")
            {
                return Json;
            }
        }

        return null;
    }

    private static OperationType? OperationTypeOf(string query, string? operationName)
    {
        try
        {
            var operations = Parser.Parse(query).Definitions.OfType<OperationDefinitionNode>().ToList();
            var operation = operationName is null ? (operations.Count == 1 ? operations[0] : null)
                : operations.FirstOrDefault(o => o.Name?.Value == operationName);
            return operation?.Operation;
        }
        catch (GraphQLSyntaxError)
        {
            // The executor reports the syntax error in the response.
            return null;
        }
    }

    private static IReadOnlyDictionary<string, object?> ParseObject(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? JsonInput.ToDictionary(document.RootElement)
            : throw new BadRequestShapeException($"'{name}' must be a JSON object.");
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 ? null : value.ToString();

    private static bool IsJsonContent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed) && parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);

    /// <summary>A request that is JSON but not shaped like a GraphQL request: 400 in either media type.</summary>
    private static Task WriteRequestErrorAsync(HttpContext http, string mediaType, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return WriteAsync(http, mediaType, ExecutionResult.RequestError(new Nexus.GraphQL.GraphQLError(message)));
    }

    private static Task WriteProblemAsync(HttpContext http, int status, string detail) =>
        Results.Problem(statusCode: status, detail: detail).ExecuteAsync(http);

    /// <summary>Writes the result as UTF-8 JSON straight into the response body's pipe: no intermediate string or array.</summary>
    private static async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        http.Response.ContentType = mediaType == GraphQLResponse ? GraphQLResponseContentType : JsonContentType;
        result.WriteTo(http.Response.BodyWriter);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private const string GraphQLResponseContentType = GraphQLResponse + "; charset=utf-8";
    private const string JsonContentType = Json + "; charset=utf-8";

}
