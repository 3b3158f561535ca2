using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class ReusedCompletedValueTests
{
    private sealed record Entry(string Title, int Version);

    private sealed record View(Entry Entry);

    private readonly Dictionary<string, Entry> _entries = new() { ["a"] = new Entry("First", 1) };
    private int _titleReads;

    private Schema Schema() => new SchemaBuilder()
        .Query("Query", q => q
            .Field("entry", "Entry", f => f
                .Argument("slug", "String!")
                .Resolve(c => _entries.TryGetValue(c.Argument<string>("slug"), out var entry) ? new View(entry) : null)
                .ReuseCompletedValueBy(view => ((View)view).Entry)))
        .Object("Entry", t => t
            .Field("title", "String", f => f.Argument("upper", "Boolean").Resolve(c =>
            {
                _titleReads++;
                var title = c.SourceAs<View>().Entry.Title;
                return title == "boom" ? throw new InvalidOperationException("boom") : c.Argument<bool?>("upper") == true ? title.ToUpperInvariant() : title;
            }))
            .Field("version", "Int!", c => c.SourceAs<View>().Entry.Version))
        .Build();

    private static ExecutionOptions Options(bool reuse = true) =>
        new() { DocumentCache = new DocumentCache(), ReuseCompletedValues = reuse };

    private static async Task<string> Run(Schema schema, string query, ExecutionOptions options,
        IReadOnlyDictionary<string, object?>? variables = null) =>
        (await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = query, Variables = variables, Options = options })).ToJson();

    [Fact]
    public async Task ASelectionOfTheSameKeyIsCompletedOnceAndWrittenAgainAlike()
    {
        var (schema, options) = (Schema(), Options());
        const string query = """query ($slug: String!) { entry(slug: $slug) { title version } }""";
        var variables = new Dictionary<string, object?> { ["slug"] = "a" };

        var first = await Run(schema, query, options, variables);
        var second = await Run(schema, query, options, variables);

        second.ShouldBe(first);
        first.ShouldBe("""{"data":{"entry":{"title":"First","version":1}}}""");
        _titleReads.ShouldBe(1);
    }

    [Fact]
    public async Task ANewKeyObjectIsCompletedAgain()
    {
        var (schema, options) = (Schema(), Options());
        const string query = """{ entry(slug: "a") { title version } }""";
        await Run(schema, query, options);

        _entries["a"] = new Entry("Second", 2);

        (await Run(schema, query, options)).ShouldBe("""{"data":{"entry":{"title":"Second","version":2}}}""");
        _titleReads.ShouldBe(2);
    }

    [Fact]
    public async Task SelectionsThatUseVariablesAreCompletedEveryTime()
    {
        var (schema, options) = (Schema(), Options());
        const string query = """query ($upper: Boolean) { entry(slug: "a") { title(upper: $upper) } }""";

        (await Run(schema, query, options, new Dictionary<string, object?> { ["upper"] = true })).ShouldContain("FIRST");
        (await Run(schema, query, options, new Dictionary<string, object?> { ["upper"] = false })).ShouldContain("First");
        _titleReads.ShouldBe(2);
    }

    [Fact]
    public async Task CompletionsWithErrorsAreNotKept()
    {
        var (schema, options) = (Schema(), Options());
        _entries["a"] = new Entry("boom", 1);

        (await Run(schema, """{ entry(slug: "a") { title version } }""", options)).ShouldContain("\"errors\"");
        (await Run(schema, """{ entry(slug: "a") { title version } }""", options)).ShouldContain("\"errors\"");
        _titleReads.ShouldBe(2);
    }

    [Fact]
    public async Task WithoutTheOptionEveryRequestCompletesTheValue()
    {
        var (schema, options) = (Schema(), Options(reuse: false));

        await Run(schema, """{ entry(slug: "a") { title } }""", options);
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest { Schema = schema, Query = """{ entry(slug: "a") { title } }""", Options = options });

        _titleReads.ShouldBe(2);
        result.Data!["entry"].ShouldBeAssignableTo<IReadOnlyDictionary<string, object?>>();
    }
}
