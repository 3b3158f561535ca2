using System.Text.Json;
using Nexus.GraphQL.Execution;

namespace Nexus.Web.Features.GraphQL;

/// <summary>A GraphQL-over-HTTP request's parameters (a POST body, or GET's query string).</summary>
public sealed record GraphQLHttpRequest(string? Query, string? OperationName, IReadOnlyDictionary<string, object?>? Variables,
    string? DocumentId)
{
    /// <summary>Reads a POST body; <see cref="BadRequestShapeException"/> when it is JSON but not shaped like a GraphQL request.</summary>
    public static GraphQLHttpRequest FromJson(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new BadRequestShapeException("the body must be a JSON object.");
        }

        string? Text(string name) => body.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Null => null,
            _ => throw new BadRequestShapeException($"'{name}' must be a string."),
        } : null;

        IReadOnlyDictionary<string, object?>? variables = null;
        if (body.TryGetProperty("variables", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            variables = given.ValueKind == JsonValueKind.Object
                ? JsonInput.ToDictionary(given)
                : throw new BadRequestShapeException("'variables' must be an object.");
        }

        if (body.TryGetProperty("extensions", out var extensions) && extensions.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            throw new BadRequestShapeException("'extensions' must be an object.");
        }

        var query = Text("query");
        var documentId = Text("documentId");
        return query is null && documentId is null
            ? throw new BadRequestShapeException("send 'query' (or 'documentId' of a persisted document).")
            : new GraphQLHttpRequest(query, Text("operationName"), variables, documentId);
    }
}

/// <summary>A request that is JSON but not shaped like a GraphQL request: 400 in either media type.</summary>
public sealed class BadRequestShapeException(string message) : Exception(message);
