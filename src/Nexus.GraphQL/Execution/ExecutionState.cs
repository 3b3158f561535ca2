using System.Collections.Concurrent;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>Per-request execution state: the chosen operation, coerced variables, collected errors and loaders.</summary>
internal sealed class ExecutionState(ExecutionRequest request, PreparedOperation prepared, CancellationToken cancellationToken)
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _lock = new();

    public ExecutionRequest Request { get; } = request;

    public Schema Schema => Request.Schema;

    public OperationDefinitionNode Operation { get; } = prepared.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = prepared.Fragments;

    public IReadOnlyDictionary<string, object?> Variables { get; } = prepared.Variables;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public DataLoaderRegistry DataLoaders { get; } = new(cancellationToken);

    /// <summary>Collected fields by object type and selection: the plan's, or this request's when variables decide them.</summary>
    public ConcurrentDictionary<SelectionKey, CollectedFields> CollectedFields { get; } =
        prepared.Plan.SharedFields ?? new ConcurrentDictionary<SelectionKey, CollectedFields>(SelectionKey.Comparer);

    /// <summary>Set while executing a subscription event: the root field's value defaults to the event itself.</summary>
    public bool IsSubscriptionEvent { get; init; }

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }
}

/// <summary>What request preparation produced: the operation's plan and the coerced variables.</summary>
internal sealed record PreparedOperation(OperationPlan Plan, IReadOnlyDictionary<string, object?> Variables)
{
    public OperationDefinitionNode Operation => Plan.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => Plan.Fragments;
}
