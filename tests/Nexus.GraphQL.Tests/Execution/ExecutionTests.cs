using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class ExecutionTests
{
    private readonly TestData _data = new();

    private Schema Schema => TestSchema.Build(_data);

    [Fact]
    public async Task DataKeepsTheFieldOrderOfTheOperationWithAliasesAndFragments()
    {
        var json = await Run.Json(Schema, """
            query {
              second: node(id: "2") { ...named id }
              first: node(id: "1") { id ... on Learner { role joined } }
            }
            fragment named on Named { name(upper: true) }
            """);

        json.ShouldBe("""{"data":{"second":{"name":"GRACE","id":"2"},"first":{"id":"1","role":"LEARNER","joined":"2026-01-02T03:04:05Z"}}}""");
    }

    [Fact]
    public async Task SkipAndIncludeFollowVariables()
    {
        var json = await Run.Json(Schema, """
            query ($yes: Boolean!, $no: Boolean = false) {
              node(id: "1") {
                id @skip(if: $yes)
                ... on Learner @include(if: $yes) { role }
                ...f @include(if: $no)
              }
            }
            fragment f on Learner { name }
            """, new Dictionary<string, object?> { ["yes"] = true });

        json.ShouldBe("""{"data":{"node":{"role":"LEARNER"}}}""");
    }

    [Fact]
    public async Task SameResponseKeyMergesSubSelections()
    {
        var json = await Run.Json(Schema, """{ node(id: "h1") { ... on Hub { title } ... on Hub { owner { name } } id } }""");

        json.ShouldBe("""{"data":{"node":{"title":"GraphQL","owner":{"name":"Ada"},"id":"h1"}}}""");
    }

    [Fact]
    public async Task UnionsAndInterfacesResolveThroughIsTypeOf()
    {
        var json = await Run.Json(Schema, """{ search(text: "g") { ... on Learner { name } ... on Hub { title } } }""");

        json.ShouldBe("""{"data":{"search":[{"name":"Grace"},{"title":"GraphQL"},{"title":"Postgres"}]}}""");
    }

    [Fact]
    public async Task EnumsSerializeFromClrValues()
    {
        var json = await Run.Json(Schema, "{ roles }");

        json.ShouldBe("""{"data":{"roles":["LEARNER","MENTOR","ADMIN","GUEST"]}}""");
    }

    [Fact]
    public async Task MutationRootFieldsRunSeriallyInOrder()
    {
        // Each rename waits less than the one before; only serial execution keeps the log in request order.
        var json = await Run.Json(Schema, """
            mutation { a: rename(id: "1", name: "A") { name } b: rename(id: "2", name: "B") { name } c: rename(id: "3", name: "C") { name } }
            """);

        json.ShouldBe("""{"data":{"a":{"name":"A"},"b":{"name":"B"},"c":{"name":"C"}}}""");
        _data.MutationLog.ShouldBe(["A", "B", "C"]);
    }

    [Fact]
    public async Task ChoosesTheNamedOperation()
    {
        var json = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "query A { roles } query B { __typename }",
            OperationName = "B",
        });

        json.ToJson().ShouldBe("""{"data":{"__typename":"Root"}}""");
    }

    [Theory]
    [InlineData("query A { roles } query B { roles }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { roles }", "C", "Unknown operation named \"C\".")]
    [InlineData("fragment F on Root { roles }", null, "Must provide an operation.")]
    public async Task ReportsOperationSelectionErrorsWithoutData(string query, string? operationName, string message)
    {
        // Without validation, which would already reject the unused fragment.
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema, Query = query, OperationName = operationName, Options = new ExecutionOptions { ValidationRules = [] },
        });

        result.HasData.ShouldBeFalse();
        result.Errors!.Single().Message.ShouldBe(message);
        result.ToJson().ShouldStartWith("{\"errors\":[{\"message\":");
    }

    [Fact]
    public async Task SyntaxErrorsAreRequestErrorsWithLocations()
    {
        var json = await Run.Json(Schema, "{ node(id: 1) ");

        json.ShouldBe("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":15}]}]}""");
    }

    [Fact]
    public async Task DocumentCacheParsesAndValidatesEachQueryOnce()
    {
        var cache = new DocumentCache();
        var options = new ExecutionOptions { DocumentCache = cache };

        for (var i = 0; i < 3; i++)
        {
            (await Run.Json(Schema, "{ roles }", options: options)).ShouldContain("LEARNER");
        }

        (await Run.Json(Schema, "{ nope }", options: options)).ShouldContain("Cannot query field");
        (await Run.Json(Schema, "{ nope }", options: options)).ShouldContain("Cannot query field");
        (cache.Misses, cache.Hits).ShouldBe((2, 3));
        DocumentCache.Hash("{ roles }").ShouldStartWith("sha256:");
    }

    [Fact]
    public async Task ACachedDocumentCollectsSkipAndIncludeByEachRequestsVariables()
    {
        var options = new ExecutionOptions { DocumentCache = new DocumentCache() };
        const string query = """query ($withRole: Boolean!) { node(id: "1") { id ... on Learner { role @include(if: $withRole) } } }""";

        (await Run.Json(Schema, query, new Dictionary<string, object?> { ["withRole"] = true }, options)).ShouldContain("\"role\"");
        (await Run.Json(Schema, query, new Dictionary<string, object?> { ["withRole"] = false }, options)).ShouldNotContain("\"role\"");
        (await Run.Json(Schema, query, new Dictionary<string, object?> { ["withRole"] = true }, options)).ShouldContain("\"role\"");
    }

    [Fact]
    public async Task ACachedDocumentRunsEachOfItsOperationsByName()
    {
        var options = new ExecutionOptions { DocumentCache = new DocumentCache() };
        const string query = """query A { roles } query B { node(id: "1") { id } }""";

        for (var i = 0; i < 2; i++)
        {
            (await Run.Query(Schema, query, options: options)).Errors!.Single().Message
                .ShouldBe("Must provide operation name if query contains multiple operations.");
            (await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, OperationName = "B", Options = options }))
                .ToJson().ShouldBe("""{"data":{"node":{"id":"1"}}}""");
            (await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = Schema, Query = query, OperationName = "A", Options = options }))
                .ToJson().ShouldContain("\"roles\"");
        }
    }

    [Fact]
    public async Task UncoercibleDirectiveConditionsBecomeErrorsNotExceptions()
    {
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "query ($v: Boolean) { roles @skip(if: $v) }",
            Options = new ExecutionOptions { ValidationRules = [] },
        });

        result.ToJson().ShouldBe("""{"errors":[{"message":"Expected value of type \"Boolean!\", found $v.","locations":[{"line":1,"column":1}]}],"data":null}""");
    }

    [Fact]
    public async Task ResolversSeeTheRequestContextAndServices()
    {
        var services = new ServiceCollectionStub(("greeting", "hello"));
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("who", "String", c => $"{c.Service<Dictionary<string, string>>()!["greeting"]} {c.UserContext}"))
            .Build();

        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = "{ who }", Context = "ada", Services = services });

        result.ToJson().ShouldBe("""{"data":{"who":"hello ada"}}""");
    }

    private enum HubState
    {
        Draft,
        UnderReview,
    }

    [Fact]
    public async Task ClrEnumsBecomeUpperSnakeCaseEnumTypes()
    {
        var schema = new SchemaBuilder()
            .Enum<HubState>()
            .Query("Query", q => q.Field("state", "HubState", f => f.Argument("is", "HubState").Resolve(c => c.Argument<HubState>("is"))))
            .Build();

        (await Run.Json(schema, "{ state(is: UNDER_REVIEW) }")).ShouldBe("""{"data":{"state":"UNDER_REVIEW"}}""");
        SchemaPrinter.Print(schema).ShouldContain("enum HubState {\n  DRAFT\n  UNDER_REVIEW\n}");
    }

    private sealed class ServiceCollectionStub(params (string Key, string Value)[] entries) : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(Dictionary<string, string>) ? entries.ToDictionary(e => e.Key, e => e.Value) : null;
    }
}
