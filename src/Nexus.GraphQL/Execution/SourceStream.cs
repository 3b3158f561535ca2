using Nexus.GraphQL.Types;
using Nexus.GraphQL.Validation;

namespace Nexus.GraphQL.Execution;

/// <summary>Spec CreateSourceEventStream: calls the subscription root field's stream resolver with coerced arguments.</summary>
internal static class SourceStream
{
    public static async Task<(IAsyncEnumerable<object?>? Stream, ExecutionResult? Error)> CreateAsync(ExecutionRequest request,
        PreparedOperation prepared, CancellationToken cancellationToken)
    {
        var schema = request.Schema;
        var rootType = schema.Subscription;
        if (rootType is null)
        {
            return (null, ExecutionResult.RequestError(GraphQLError.At("Schema is not configured to execute subscription operation.", prepared.Operation)));
        }

        var fields = FieldCollector.Collect(schema, rootType, [prepared.Operation.SelectionSet], prepared.Fragments, prepared.Variables);
        var (key, nodes) = fields.First();
        var field = TypeInfo.GetFieldDefinition(schema, rootType, nodes[0].Name.Value);
        var path = new ResponsePath(null, key);
        if (field?.Subscriber is not { } subscriber)
        {
            return (null, Failure(GraphQLError.At($"Subscription field \"{nodes[0].Name.Value}\" has no source stream.", nodes[0]) with { Path = [key] }));
        }

        try
        {
            var arguments = Coercion.CoerceArguments(field.Arguments, nodes[0].Arguments, prepared.Variables);
            var state = new ExecutionState(request with { CancellationToken = cancellationToken }, prepared, timeout: null);
            var context = new ResolveContext(state, request.RootValue, rootType, field, nodes, arguments, path);
            return (await subscriber(context).ConfigureAwait(false), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return (null, Failure(GraphQLError.At(exception.Message, nodes[0]) with { Path = [key] }));
        }
    }

    private static ExecutionResult Failure(GraphQLError error) => new() { HasData = true, Errors = [error] };
}
