using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

public class TimeoutAndCancellationTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .Query("Query", q => q
            .Field("slow", "String", f => f.ResolveAsync(async c =>
            {
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            }))
            .Field("stubborn", "String", f => f.ResolveAsync(async _ =>
            {
                await Task.Delay(2000);
                return "late";
            }))
            .Field("fast", "String", _ => "fast"))
        .Build();

    [Fact]
    public async Task TimeoutCancelsResolversAndReportsAnError()
    {
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "{ fast slow }",
            Timeout = TimeSpan.FromMilliseconds(50),
        });

        result.ToJson().ShouldBe("""{"errors":[{"message":"The operation timed out after 50 ms.","extensions":{"code":"OPERATION_TIMEOUT"}}],"data":null}""");
    }

    [Fact]
    public async Task TimeoutDoesNotWaitForResolversThatIgnoreCancellation()
    {
        var started = DateTime.UtcNow;
        var result = await GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "{ stubborn }",
            Options = new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) },
        });

        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromMilliseconds(1500));
        result.Errors!.Single().Message.ShouldStartWith("The operation timed out");
    }

    [Fact]
    public async Task CallerCancellationIsThrown()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Should.ThrowAsync<OperationCanceledException>(() => GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Query = "{ slow }",
            CancellationToken = cancellation.Token,
        }));
    }
}
