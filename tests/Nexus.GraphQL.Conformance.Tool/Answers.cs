using System.Text.Json.Nodes;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Conformance.Tool;

/// <summary>One JSON answer per document: validation errors, or the printed document, or the syntax error.</summary>
public static class Answers
{
    public static JsonArray Validate(string sdl, IReadOnlyList<string> documents)
    {
        var schema = SdlSchema.Build(sdl);
        return [.. documents.Select(document => Answer(document, parsed =>
            new JsonObject { ["errors"] = new JsonArray([.. DocumentValidator.Validate(schema, parsed).Select(Error)]) }))];
    }

    public static JsonArray Print(IReadOnlyList<string> documents) =>
        [.. documents.Select(document => Answer(document, parsed => new JsonObject { ["printed"] = Printer.Print(parsed) }))];

    private static JsonObject Answer(string document, Func<DocumentNode, JsonObject> answer)
    {
        try
        {
            return answer(Parser.Parse(document));
        }
        catch (GraphQLSyntaxError error)
        {
            return new JsonObject { ["syntaxError"] = error.Message, ["locations"] = Locations([error.Location]) };
        }
    }

    private static JsonObject Error(GraphQLError error) =>
        new() { ["message"] = error.Message, ["locations"] = Locations(error.Locations ?? []) };

    private static JsonArray Locations(IEnumerable<SourceLocation> locations) =>
        [.. locations.Select(l => (JsonNode)new JsonArray(l.Line, l.Column))];
}
