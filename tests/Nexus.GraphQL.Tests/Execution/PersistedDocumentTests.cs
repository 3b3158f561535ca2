using Nexus.GraphQL.Execution;

namespace Nexus.GraphQL.Tests.Execution;

public class PersistedDocumentTests
{
    private const string Roles = "{ roles }";

    private static readonly ExecutionOptions AllowList = new()
    {
        PersistedDocuments = new Dictionary<string, string> { [DocumentCache.Hash(Roles)] = Roles },
        OnlyPersistedDocuments = true,
    };

    private static Task<ExecutionResult> Execute(string? query = null, string? documentId = null) =>
        GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = TestSchema.Build(new TestData()),
            Query = query,
            DocumentId = documentId,
            Options = AllowList,
        });

    [Fact]
    public async Task RunsAPersistedDocumentById() =>
        (await Execute(documentId: DocumentCache.Hash(Roles))).ToJson().ShouldContain("\"roles\":[\"LEARNER\"");

    [Fact]
    public async Task AllowListAcceptsTheTextOfAPersistedDocument() =>
        (await Execute(Roles)).HasData.ShouldBeTrue();

    [Fact]
    public async Task AllowListRejectsOtherText()
    {
        var result = await Execute("{ __typename }");

        result.ToJson().ShouldBe("""{"errors":[{"message":"Only persisted documents may be executed.","extensions":{"code":"PERSISTED_DOCUMENT_REQUIRED"}}]}""");
    }

    [Fact]
    public async Task UnknownIdsAreRequestErrors() =>
        (await Execute(documentId: "sha256:00")).Errors!.Single().Message.ShouldBe("Persisted document \"sha256:00\" was not found.");
}
