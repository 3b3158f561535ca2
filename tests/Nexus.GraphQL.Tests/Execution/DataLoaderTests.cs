using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class DataLoaderTests
{
    private readonly TestData _data = new();

    [Fact]
    public async Task LoadsRequestedInTheSameWaveShareOneBatch()
    {
        var json = await Run.Json(TestSchema.Build(_data), """
            { a: node(id: "h1") { ...owner } b: node(id: "h2") { ...owner } c: node(id: "h3") { ...owner } }
            fragment owner on Hub { owner { name } }
            """);

        json.ShouldBe("""{"data":{"a":{"owner":{"name":"Ada"}},"b":{"owner":{"name":"Grace"}},"c":{"owner":{"name":"Ada"}}}}""");
        _data.LearnerBatchCalls.ShouldBe(1);
        _data.LearnerBatches.Single().ShouldBe(["1", "2"]);
    }

    [Fact]
    public async Task NestedLoadsOfCachedKeysNeedNoFurtherBatch()
    {
        var json = await Run.Json(TestSchema.Build(_data), """
            { search(text: "", limit: 10) { ... on Hub { owner { hubs { owner { name } } } } } }
            """);

        json.ShouldContain("\"owner\":{\"name\":\"Ada\"}");
        _data.LearnerBatchCalls.ShouldBe(1);
    }

    [Fact]
    public async Task EachNestingLevelIsOneBatchWhateverTheListSize()
    {
        var batches = new List<IReadOnlyList<int>>();
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("numbers", "[Num]", _ => Enumerable.Range(1, 3)))
            .Object("Num", t => t
                .Field("value", "Int", c => c.Source)
                .Field("double", "Num", f => f.ResolveAsync(async c =>
                {
                    var loader = c.DataLoader<int, int>("double", async (keys, _) =>
                    {
                        batches.Add(keys);
                        await Task.Delay(1);
                        return keys.ToDictionary(k => k, k => k);
                    });
                    return await loader.LoadAsync(c.SourceAs<int>() * 2);
                })))
            .Build();

        var json = await Run.Json(schema, "{ numbers { double { double { value } } } }");

        json.ShouldBe("""{"data":{"numbers":[{"double":{"double":{"value":4}}},{"double":{"double":{"value":8}}},{"double":{"double":{"value":12}}}]}}""");
        batches.ShouldBe([[2, 4, 6], [8, 12]]);
    }

    [Fact]
    public async Task FailedBatchesBecomeFieldErrors()
    {
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("items", "[String]", f => f.ResolveAsync(async c =>
            {
                var loader = c.DataLoader<int, string>("failing", (_, _) => throw new InvalidOperationException("database down"));
                return await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2));
            })))
            .Build();

        var json = await Run.Json(schema, "{ items }");

        json.ShouldBe("""{"errors":[{"message":"database down","locations":[{"line":1,"column":3}],"path":["items"]}],"data":{"items":null}}""");
    }

    [Fact]
    public async Task LoadersCacheKeysForTheWholeRequest()
    {
        var batches = new List<IReadOnlyList<int>>();
        var schema = new SchemaBuilder()
            .Query("Query", q => q.Field("twice", "[Int]", f => f.ResolveAsync(async c =>
            {
                var loader = c.DataLoader<int, int>("double", (keys, _) =>
                {
                    batches.Add(keys);
                    return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 2));
                });
                var first = await loader.LoadManyAsync([1, 2]);
                var second = await loader.LoadManyAsync([2, 3]);
                return first.Concat(second).ToList();
            })))
            .Build();

        (await Run.Json(schema, "{ twice }")).ShouldBe("""{"data":{"twice":[2,4,4,6]}}""");
        batches.ShouldBe([[1, 2], [3]]);
    }

    [Fact]
    public async Task ConcurrentRequestsKeepTheirOwnLoadersAndResults()
    {
        var schema = TestSchema.Build(_data);
        var cache = new DocumentCache();
        const string query = """{ a: node(id: "h1") { ... on Hub { owner { name } } } b: node(id: "h2") { ... on Hub { owner { name } } } }""";

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => Run.Json(schema, query, options: new ExecutionOptions { DocumentCache = cache }))));

        results.Distinct().ShouldHaveSingleItem().ShouldBe("""{"data":{"a":{"owner":{"name":"Ada"}},"b":{"owner":{"name":"Grace"}}}}""");
        _data.LearnerBatchCalls.ShouldBe(200);
        (cache.Misses + cache.Hits).ShouldBe(200);
    }
}
