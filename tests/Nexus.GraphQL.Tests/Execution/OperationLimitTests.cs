using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Tests.Execution;

public class OperationLimitTests
{
    private readonly TestData _data = new();

    private async Task<ExecutionResult> Query(string query, ExecutionOptions options) =>
        await Run.Query(TestSchema.Build(_data), query, options: options);

    [Fact]
    public async Task RejectsOperationsDeeperThanTheLimit()
    {
        var query = """{ node(id: "1") { ... on Learner { hubs { owner { hubs { title } } } } } }""";

        (await Query(query, new ExecutionOptions { MaxDepth = 5 })).HasData.ShouldBeTrue();
        var result = await Query(query, new ExecutionOptions { MaxDepth = 4 });
        result.HasData.ShouldBeFalse();
        result.Errors!.Single().Message.ShouldBe("Query depth 5 exceeds the maximum allowed depth of 4.");
    }

    [Fact]
    public async Task CostMultipliesThroughListSizes()
    {
        // node 1 + hubs 1 + 3 × (title 1 + owner 1 + 3 × name 1... no: owner is not a list) = 1 + 1 + 3 × (1 + 1 + 1) = 11
        var query = """{ node(id: "1") { ... on Learner { hubs(first: 3) { title owner { name } } } } }""";

        (await Query(query, new ExecutionOptions { MaxCost = 11 })).HasData.ShouldBeTrue();
        (await Query(query, new ExecutionOptions { MaxCost = 10 })).Errors!.Single().Message
            .ShouldBe("Query cost 11 exceeds the maximum cost of 10.");
    }

    [Fact]
    public async Task ACachedDocumentCostsEachRequestByItsListSizeVariables()
    {
        var options = new ExecutionOptions { MaxCost = 11, DocumentCache = new DocumentCache() };
        const string query = """query ($n: Int) { node(id: "1") { ... on Learner { hubs(first: $n) { title owner { name } } } } }""";
        var schema = TestSchema.Build(_data);

        (await Run.Query(schema, query, new Dictionary<string, object?> { ["n"] = 3 }, options)).HasData.ShouldBeTrue();
        (await Run.Query(schema, query, new Dictionary<string, object?> { ["n"] = 4 }, options)).Errors!.Single().Message
            .ShouldBe("Query cost 14 exceeds the maximum cost of 11.");
        (await Run.Query(schema, query, new Dictionary<string, object?> { ["n"] = 3 }, options)).HasData.ShouldBeTrue();
    }

    [Fact]
    public async Task ACachedDocumentIsCheckedAgainstTheLimitsOfEachOptions()
    {
        var cache = new DocumentCache();
        const string query = """{ node(id: "1") { ... on Learner { hubs(first: 3) { title owner { name } } } } }""";

        (await Query(query, new ExecutionOptions { MaxCost = 11, DocumentCache = cache })).HasData.ShouldBeTrue();
        (await Query(query, new ExecutionOptions { MaxCost = 10, DocumentCache = cache })).HasData.ShouldBeFalse();
    }

    [Fact]
    public async Task ListsWithoutSizeArgumentsUseTheDefaultSize()
    {
        var result = await Query("{ roles search(text: \"a\") { __typename } }", new ExecutionOptions { MaxCost = 1, DefaultListSize = 20 });

        result.Errors!.Single().Message.ShouldBe("Query cost 22 exceeds the maximum cost of 1.");
    }

    [Fact]
    public async Task LimitsAliasesAndFieldCounts()
    {
        var query = "{ a: roles b: roles c: roles }";

        (await Query(query, new ExecutionOptions { MaxAliases = 2 })).Errors!.Single().Message
            .ShouldBe("Query uses 3 aliases, more than the maximum of 2.");
        (await Query(query, new ExecutionOptions { MaxFields = 2 })).Errors!.Single().Message
            .ShouldBe("Query selects 3 fields, more than the maximum of 2.");
    }

    [Fact]
    public async Task IntrospectionIsNotCountedAgainstTheLimits()
    {
        var options = new ExecutionOptions { MaxDepth = 2, MaxCost = 5, MaxFields = 5 };

        var result = await Query(Fixture.Read("introspection-query.graphql"), options);

        result.Errors.ShouldBeNull();
    }
}
