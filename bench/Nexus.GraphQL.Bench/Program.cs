using System.Buffers;
using System.Diagnostics;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Validation;
using Nexus.Web;
using Nexus.Web.Features.GraphQL;

// Times each stage of a POST /graphql in-process on the real host (demo data, SQLite, hub cache warm): request body
// parsing, document cache lookup, preparation, execution, response writing (with every field completed, and as served:
// reusing the cached hub's JSON); then parse+validate of a large query with and without the document cache. Usage: Nexus.GraphQL.Bench [bench/graphql-query.json]
var bodyFile = args.FirstOrDefault() ?? "bench/graphql-query.json";
var data = Directory.CreateTempSubdirectory("nexus-graphql-bench");
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Database:DataDirectory"] = data.FullName,
    ["Urls"] = "http://127.0.0.1:0",
    ["Logging:LogLevel:Default"] = "Warning",
});
await using var app = NexusApplication.Build(builder);
await app.StartAsync();
try
{
    var schema = app.Services.GetRequiredService<NexusSchema>();
    var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
    var body = await File.ReadAllBytesAsync(bodyFile);
    var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
    var hubRequest = ReadBody(body);

    ExecutionRequest Request(GraphQLHttpRequest given, ExecutionOptions options) => new()
    {
        Schema = schema.Schema,
        Query = given.Query,
        OperationName = given.OperationName,
        Variables = given.Variables,
        Context = new GraphQLRequestContext(anonymous, scopes, schema.Options),
        Services = app.Services,
        Options = options,
    };

    var output = new ArrayBufferWriter<byte>(64 * 1024);
    var sample = await GraphQLExecutor.ExecuteAsync(Request(hubRequest, schema.Execution));
    if (sample.Errors is { Count: > 0 } errors)
    {
        throw new InvalidOperationException(errors[0].Message);
    }

    sample.WriteTo(output);
    Console.WriteLine($"hub query: {body.Length} B request, {output.WrittenCount} B response");
    Console.WriteLine("| stage | wall µs/op | CPU µs/op | allocated/op |");
    Console.WriteLine("|---|---|---|---|");
    Measure("read request body (JSON → query, variables)", () => ReadBody(body));
    var cache = schema.Execution.DocumentCache!;
    Measure("prepare, cached document (lookup, plan, variables, limits)", () => GraphQLExecutor.Prepare(Request(hubRequest, schema.Execution)));
    var engineOnly = schema.Execution with { ReuseCompletedValues = false };
    var completed = await GraphQLExecutor.ExecuteAsync(Request(hubRequest, engineOnly));
    Measure("execute, every field completed (prepare + resolve + complete)", () =>
        GraphQLExecutor.ExecuteAsync(Request(hubRequest, engineOnly)).GetAwaiter().GetResult());
    Measure("write response of every field (Utf8JsonWriter)", () =>
    {
        output.ResetWrittenCount();
        completed.WriteTo(output);
    });
    Measure("execute, cached hub's JSON reused (as served)", () =>
        GraphQLExecutor.ExecuteAsync(Request(hubRequest, schema.Execution)).GetAwaiter().GetResult());
    Measure("write response with the reused JSON", () =>
    {
        output.ResetWrittenCount();
        sample.WriteTo(output);
    });

    var large = LargeQuery(hubRequest.Query!, 6);
    var largeRequest = hubRequest with { Query = large };
    var uncached = schema.Execution with { DocumentCache = null };
    Console.WriteLine($"\nlarge query: {Encoding.UTF8.GetByteCount(large)} B, 6 aliased hubs through fragments");
    Console.WriteLine("| stage | wall µs/op | CPU µs/op | allocated/op |");
    Console.WriteLine("|---|---|---|---|");
    Measure("parse", () => Parser.Parse(large));
    var document = Parser.Parse(large);
    Measure("validate (all spec rules)", () => DocumentValidator.Validate(schema.Schema, document, SpecifiedRules.All));
    Measure("prepare without document cache (parse, validate, plan, limits)", () => GraphQLExecutor.Prepare(Request(largeRequest, uncached)));
    Measure("prepare with document cache", () => GraphQLExecutor.Prepare(Request(largeRequest, schema.Execution)));
    Console.WriteLine($"\ndocument cache: {cache.Hits} hits, {cache.Misses} misses");
}
finally
{
    await app.StopAsync();
    data.Delete(recursive: true);
}

static GraphQLHttpRequest ReadBody(byte[] body)
{
    using var document = JsonDocument.Parse(body);
    return GraphQLHttpRequest.FromJson(document.RootElement);
}

// The hub query's selection as a fragment, spread under several aliases (a page that shows a few hubs in full).
static string LargeQuery(string hubQuery, int hubs)
{
    var selection = hubQuery[(hubQuery.IndexOf("hub(slug: $slug)", StringComparison.Ordinal) + "hub(slug: $slug)".Length)..].Trim();
    selection = selection[..^1].Trim();
    var aliases = string.Join("\n  ", Enumerable.Range(0, hubs).Select(i => $"hub{i}: hub(slug: $slug) {{ ...HubParts }}"));
    return $"query Hubs($slug: String!) {{\n  {aliases}\n}}\n\nfragment HubParts on Hub {selection}\n";
}

// Runs the action for about a second after a warm-up and prints the mean wall time, CPU time (the process's, so garbage
// collection counts; steadier than wall time when other processes compete for the cores) and allocation per call.
static void Measure(string name, Action action)
{
    using var process = Process.GetCurrentProcess();
    for (var i = 0; i < 2_000; i++)
    {
        action();
    }

    var iterations = 0;
    var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    while (clock.ElapsedMilliseconds < 1_000)
    {
        for (var i = 0; i < 200; i++)
        {
            action();
        }

        iterations += 200;
    }

    var micros = clock.Elapsed.TotalMicroseconds / iterations;
    process.Refresh();
    var cpuMicros = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / iterations;
    var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / iterations;
    Console.WriteLine($"| {name} | {micros:F1} | {cpuMicros:F1} | {allocated:N0} B |");
}
