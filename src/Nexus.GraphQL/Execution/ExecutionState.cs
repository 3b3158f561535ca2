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

    /// <summary>Collected sub-fields by object type and field nodes (only touched on the scheduler, so not locked).</summary>
    public Dictionary<(ObjectType Type, List<FieldNode> Nodes), CollectedFields> SubfieldCache { get; } = [];

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

/// <summary>What request preparation produced: the operation to run, its fragments and coerced variables.</summary>
internal sealed record PreparedOperation(
    OperationDefinitionNode Operation,
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments,
    IReadOnlyDictionary<string, object?> Variables);
