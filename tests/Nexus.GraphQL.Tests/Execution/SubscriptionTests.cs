using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Tests.Execution;

public class SubscriptionTests
{
    private readonly TestData _data = new();

    [Fact]
    public async Task EachSourceEventIsExecutedAsAResponse()
    {
        var results = new List<string>();
        await foreach (var result in GraphQLExecutor.SubscribeAsync(new ExecutionRequest
        {
            Schema = TestSchema.Build(_data),
            Query = """subscription ($id: ID!) { hubUpdated(id: $id) { title owner { name } } }""",
            Variables = new Dictionary<string, object?> { ["id"] = "h1" },
        }))
        {
            results.Add(result.ToJson());
        }

        results.ShouldBe(
        [
            """{"data":{"hubUpdated":{"title":"GraphQL v2","owner":{"name":"Ada"}}}}""",
            """{"data":{"hubUpdated":{"title":"GraphQL v3","owner":{"name":"Ada"}}}}""",
        ]);
    }

    [Fact]
    public async Task RequestErrorsArriveAsASingleResult()
    {
        var results = new List<ExecutionResult>();
        await foreach (var result in GraphQLExecutor.SubscribeAsync(new ExecutionRequest
        {
            Schema = TestSchema.Build(_data),
            Query = "subscription { hubUpdated(id: \"h1\") { nope } }",
        }))
        {
            results.Add(result);
        }

        results.Single().Errors!.Single().Message.ShouldBe("Cannot query field \"nope\" on type \"Hub\".");
    }

    [Fact]
    public async Task StoppingTheConsumerCancelsTheSourceStream()
    {
        using var cancellation = new CancellationTokenSource();
        var received = 0;
        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in GraphQLExecutor.SubscribeAsync(new ExecutionRequest
            {
                Schema = TestSchema.Build(_data),
                Query = "subscription { hubUpdated(id: \"h2\") { title } }",
            }, cancellation.Token))
            {
                received++;
                await cancellation.CancelAsync();
            }
        });

        received.ShouldBe(1);
    }
}
