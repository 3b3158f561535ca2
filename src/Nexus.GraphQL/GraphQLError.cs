using System.Text.Json.Serialization;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL;

/// <summary>An error in the spec's response shape: message, locations, path, extensions.</summary>
public sealed record GraphQLError(
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("locations"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<SourceLocation>? Locations = null,
    [property: JsonPropertyName("path"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<object>? Path = null,
    [property: JsonPropertyName("extensions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    /// <summary>An error located at the start of each given node (nodes without a location are skipped).</summary>
    public static GraphQLError At(string message, params SyntaxNode?[] nodes)
    {
        var locations = nodes.Where(n => n?.Location is not null)
            .Select(n => new SourceLocation(n!.Location!.Line, n.Location.Column)).ToList();
        return new GraphQLError(message, locations.Count > 0 ? locations : null);
    }
}
