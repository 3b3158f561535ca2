using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Types;

public class SdlSchemaTests
{
    [Fact]
    public void SdlSchemaPrintsLikeGraphqlJsBuildSchema() =>
        SchemaPrinter.Print(SdlSchema.Build(Fixture.Read("test-schema.graphql"))).ShouldBe(Fixture.Read("test-schema.printed.graphql"));

    [Fact]
    public async Task SdlSchemaIntrospectsLikeGraphqlJs()
    {
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = SdlSchema.Build(Fixture.Read("test-schema.graphql")),
            Query = Fixture.Read("introspection-query.graphql"),
        });

        JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(result.Data)), JsonNode.Parse(Fixture.Read("introspection.json"))).ShouldBeTrue();
    }

    [Fact]
    public void ExtensionsMergeIntoTheirDefinitions()
    {
        var schema = SdlSchema.Build("""
            type Query { a: Int }
            extend type Query { b: String }
            enum Color { RED }
            extend enum Color { GREEN }
            interface Node { id: ID }
            extend type Query implements Node { id: ID }
            """);

        SchemaPrinter.Print(schema).ShouldBe("type Query implements Node {\n  a: Int\n  b: String\n  id: ID\n}\n\nenum Color {\n  RED\n  GREEN\n}\n\ninterface Node {\n  id: ID\n}");
    }

    [Fact]
    public async Task ResolversAttachBySchemaCoordinate()
    {
        var schema = SdlSchema.Build(
            """
            type Query { greet(name: String = "you"): String pet: Pet }
            interface Pet { name: String }
            type Dog implements Pet { name: String barks: Boolean }
            """,
            r => r
                .Resolve("Query.greet", c => $"hello {c.Arguments["name"]}")
                .Resolve("Query.pet", _ => new Dictionary<string, object?> { ["__typename"] = "Dog", ["name"] = "Rex", ["barks"] = true }));

        var json = await Execution.Run.Json(schema, "{ greet pet { name ... on Dog { barks } } }");

        json.ShouldBe("""{"data":{"greet":"hello you","pet":{"name":"Rex","barks":true}}}""");
    }
}
