using System.Text.Json;
using System.Text.Json.Nodes;
using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Tests.Types;

public class IntrospectionTests
{
    private static async Task<ExecutionResult> Run(string query, ExecutionOptions? options = null) =>
        await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = TestSchema.Build(new TestData()),
            Query = query,
            Options = options ?? ExecutionOptions.Default,
        });

    [Fact]
    public async Task FullIntrospectionQueryMatchesGraphqlJsResult()
    {
        var result = await Run(Fixture.Read("introspection-query.graphql"));

        result.Errors.ShouldBeNull();
        var actual = JsonNode.Parse(JsonSerializer.Serialize(result.Data));
        var expected = JsonNode.Parse(Fixture.Read("introspection.json"));
        if (!JsonNode.DeepEquals(actual, expected))
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "nexus-introspection-actual.json"), actual!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            actual!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ShouldBe(expected!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }
    }

    [Fact]
    public async Task TypeLookupDescribesWrappersAndDeprecatedValues()
    {
        var result = await Run("""
            {
              __type(name: "Role") { kind enumValues { name } all: enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } }
              learner: __type(name: "Learner") { fields { name type { kind ofType { kind ofType { kind ofType { name } } } } } }
              missing: __type(name: "Nope") { name }
            }
            """);

        result.Errors.ShouldBeNull();
        var json = JsonSerializer.Serialize(result.Data);
        json.ShouldContain("\"enumValues\":[{\"name\":\"LEARNER\"},{\"name\":\"MENTOR\"}]");
        json.ShouldContain("{\"name\":\"GUEST\",\"isDeprecated\":true,\"deprecationReason\":\"No longer supported\"}");
        json.ShouldContain("{\"name\":\"hubs\",\"type\":{\"kind\":\"NON_NULL\",\"ofType\":{\"kind\":\"LIST\",\"ofType\":{\"kind\":\"NON_NULL\",\"ofType\":{\"name\":\"Hub\"}}}}}");
        json.ShouldNotContain("nickname");
        json.ShouldEndWith("\"missing\":null}");
    }

    [Fact]
    public async Task TypenameWorksOnObjectsInterfacesAndUnions()
    {
        var result = await Run("""{ __typename node(id: "h1") { __typename } search(text: "a") { __typename } }""");

        JsonSerializer.Serialize(result.Data).ShouldBe(
            """{"__typename":"Root","node":{"__typename":"Hub"},"search":[{"__typename":"Learner"},{"__typename":"Learner"},{"__typename":"Hub"}]}""");
    }

    [Fact]
    public async Task IntrospectionCanBeSwitchedOffWhileTypenameKeepsWorking()
    {
        var options = new ExecutionOptions { EnableIntrospection = false };

        var rejected = await Run("{ __schema { queryType { name } } }", options);
        rejected.HasData.ShouldBeFalse();
        rejected.Errors!.Single().Message.ShouldBe("GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".");

        var allowed = await Run("{ __typename }", options);
        JsonSerializer.Serialize(allowed.Data).ShouldBe("""{"__typename":"Root"}""");
    }
}
