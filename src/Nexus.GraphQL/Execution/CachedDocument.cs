using System.Collections.Concurrent;
using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// A parse result: the document (null when it did not parse), its syntax or validation errors, and the plans of
/// the operations requested from it so far (built once per operation name).
/// </summary>
internal sealed class CachedDocument(DocumentNode? document, IReadOnlyList<GraphQLError> errors)
{
    private readonly ConcurrentDictionary<string, OperationPlan> _plans = new(StringComparer.Ordinal);

    public DocumentNode? Document { get; } = document;

    public IReadOnlyList<GraphQLError> Errors { get; } = errors;

    /// <summary>The plan of the named operation (or of the only one); null with an error when there is no such operation.</summary>
    public OperationPlan? PlanFor(string? operationName, out GraphQLError? error)
    {
        error = null;
        var key = operationName ?? "";
        if (_plans.TryGetValue(key, out var plan))
        {
            return plan;
        }

        var operation = SelectOperation(Document!, operationName, out error);
        return operation is null ? null : _plans.GetOrAdd(key, _ => new OperationPlan(Document!, operation));
    }

    private static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        error = null;
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1)
            {
                return operations[0];
            }

            error = new GraphQLError(operations.Count == 0
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.");
            return null;
        }

        var operation = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        error = operation is null ? new GraphQLError($"Unknown operation named \"{operationName}\".") : null;
        return operation;
    }
}
