namespace Nexus.GraphQL.Execution;

/// <summary>Something holding keys that wait for a batch call.</summary>
internal interface IBatchDispatcher
{
    bool HasPending { get; }

    void Dispatch();
}

/// <summary>
/// Batches and caches keyed loads for one request. Loads requested while the execution wave still has
/// ready work are collected; when the wave runs dry the executor calls <see cref="IBatchDispatcher.Dispatch"/>
/// and the batch function sees all of them at once. Each key is loaded at most once per request.
/// Resolvers should not use ConfigureAwait(false) before loading: their continuation would leave the
/// execution scheduler and could miss the wave it belongs to.
/// </summary>
public sealed class DataLoader<TKey, TValue> : IBatchDispatcher
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<TKey, TaskCompletionSource<TValue?>> _cache = [];
    private readonly List<TKey> _pending = [];
    private readonly Lock _lock = new();

    internal DataLoader(Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch,
        CancellationToken cancellationToken)
    {
        _batch = batch;
        _cancellationToken = cancellationToken;
    }

    /// <summary>How many times the batch function has been called (useful to prove batching).</summary>
    public int BatchCount { get; private set; }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Loads one key; the value is default when the batch function returned nothing for it.</summary>
    public Task<TValue?> LoadAsync(TKey key)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(key, out var completion))
            {
                completion = new TaskCompletionSource<TValue?>(TaskCreationOptions.RunContinuationsAsynchronously);
                _cache[key] = completion;
                _pending.Add(key);
            }

            return completion.Task;
        }
    }

    public async Task<IReadOnlyList<TValue?>> LoadManyAsync(IEnumerable<TKey> keys) =>
        await Task.WhenAll(keys.Select(LoadAsync).ToList());

    void IBatchDispatcher.Dispatch()
    {
        List<TKey> keys;
        lock (_lock)
        {
            keys = [.. _pending];
            _pending.Clear();
            BatchCount++;
        }

        if (keys.Count > 0)
        {
            _ = RunBatchAsync(keys);
        }
    }

    private async Task RunBatchAsync(List<TKey> keys)
    {
        try
        {
            // No ConfigureAwait(false): results must be set on the execution scheduler, all in one work item,
            // so every resolver they wake is queued before the scheduler decides the wave has run dry.
            var results = await _batch(keys, _cancellationToken);
            foreach (var key in keys)
            {
                Completion(key).TrySetResult(results.TryGetValue(key, out var value) ? value : default);
            }
        }
        catch (Exception exception)
        {
            keys.ForEach(key => Completion(key).TrySetException(exception));
        }
    }

    private TaskCompletionSource<TValue?> Completion(TKey key)
    {
        lock (_lock)
        {
            return _cache[key];
        }
    }
}

/// <summary>The request's loaders by name.</summary>
internal sealed class DataLoaderRegistry(CancellationToken cancellationToken)
{
    private readonly Dictionary<string, IBatchDispatcher> _loaders = [];
    private readonly Lock _lock = new();

    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
    {
        lock (_lock)
        {
            if (!_loaders.TryGetValue(name, out var loader))
            {
                _loaders[name] = loader = new DataLoader<TKey, TValue>(batch, cancellationToken);
            }

            return (DataLoader<TKey, TValue>)loader;
        }
    }

    public bool HasPending
    {
        get
        {
            lock (_lock)
            {
                return _loaders.Values.Any(l => l.HasPending);
            }
        }
    }

    /// <summary>Dispatches every loader with waiting keys.</summary>
    public void DispatchPending()
    {
        List<IBatchDispatcher> ready;
        lock (_lock)
        {
            ready = [.. _loaders.Values.Where(l => l.HasPending)];
        }

        ready.ForEach(loader => loader.Dispatch());
    }
}
