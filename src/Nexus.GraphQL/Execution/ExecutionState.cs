using System.Collections.Concurrent;
using Nexus.GraphQL.Language;
using Nexus.GraphQL.Types;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Per-request execution state: the chosen operation, coerced variables, collected errors and loaders. The timeout is a
/// deadline checked between fields; a timer (a linked token source) is only made once something needs a token to
/// observe, such as an asynchronous resolver or a wait for I/O: for an operation that completes from memory the timer
/// would cost more than the execution.
/// </summary>
internal sealed class ExecutionState(ExecutionRequest request, PreparedOperation prepared, TimeSpan? timeout) : IDisposable
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _lock = new();
    private readonly long _deadline = timeout is { } limit ? Environment.TickCount64 + (long)Math.Ceiling(limit.TotalMilliseconds) : long.MaxValue;
    private CancellationTokenSource? _timeoutSource;
    private DataLoaderRegistry? _dataLoaders;

    public ExecutionRequest Request { get; } = request;

    public Schema Schema => Request.Schema;

    public OperationPlan Plan { get; } = prepared.Plan;

    public OperationDefinitionNode Operation { get; } = prepared.Operation;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = prepared.Fragments;

    public IReadOnlyDictionary<string, object?> Variables { get; } = prepared.Variables;

    /// <summary>The caller's token, combined with the timeout's once asked for.</summary>
    public CancellationToken CancellationToken => _deadline == long.MaxValue ? Request.CancellationToken : TimeoutSource().Token;

    /// <summary>True when the operation ran past its timeout (and the caller did not cancel it).</summary>
    public bool TimedOut => !Request.CancellationToken.IsCancellationRequested
        && (_timeoutSource?.IsCancellationRequested == true || Environment.TickCount64 >= _deadline);

    public DataLoaderRegistry DataLoaders =>
        _dataLoaders ?? Interlocked.CompareExchange(ref _dataLoaders, new DataLoaderRegistry(CancellationToken), null) ?? _dataLoaders;

    public bool HasPendingLoads => _dataLoaders?.HasPending == true;

    public void ThrowIfCancelled()
    {
        Request.CancellationToken.ThrowIfCancellationRequested();
        if (_timeoutSource?.IsCancellationRequested == true || Environment.TickCount64 >= _deadline)
        {
            throw new OperationCanceledException(CancellationToken);
        }
    }

    public void Dispose() => _timeoutSource?.Dispose();

    private CancellationTokenSource TimeoutSource()
    {
        if (_timeoutSource is { } existing)
        {
            return existing;
        }

        var source = CancellationTokenSource.CreateLinkedTokenSource(Request.CancellationToken);
        source.CancelAfter(TimeSpan.FromMilliseconds(Math.Max(0, _deadline - Environment.TickCount64)));
        if (Interlocked.CompareExchange(ref _timeoutSource, source, null) is { } raced)
        {
            source.Dispose();
            return raced;
        }

        return source;
    }

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

    public int ErrorCount
    {
        get
        {
            lock (_lock)
            {
                return _errors.Count;
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
