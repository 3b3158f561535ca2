using System.Text.Json;
using Nexus.GraphQL.Execution;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Tests.Execution;

/// <summary>Helpers to execute a query and look at the response as JSON.</summary>
internal static class Run
{
    public static Task<ExecutionResult> Query(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null) =>
        GraphQLExecutor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Query = query,
            Variables = variables,
            Options = options ?? ExecutionOptions.Default,
        });

    public static async Task<string> Json(Schema schema, string query, IReadOnlyDictionary<string, object?>? variables = null,
        ExecutionOptions? options = null) =>
        (await Query(schema, query, variables, options)).ToJson();

    public static string Json(object? value) => JsonSerializer.Serialize(value);
}
