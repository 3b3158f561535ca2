using System.Collections.Concurrent;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Runs one request's resolvers as a single logical thread, like JavaScript's event loop: every await
/// continuation comes back here. When no continuation is ready (the wave has run dry) pending DataLoader
/// keys are dispatched as batches; only when nothing is pending does the loop wait for I/O to finish.
/// </summary>
internal sealed class ExecutionScheduler(DataLoaderRegistry loaders) : SynchronizationContext
{
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly SemaphoreSlim _signal = new(0);

    public override void Post(SendOrPostCallback d, object? state)
    {
        _queue.Enqueue((d, state));
        _signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    public override SynchronizationContext CreateCopy() => this;

    public async Task<T> RunAsync<T>(Func<Task<T>> start, CancellationToken cancellationToken)
    {
        Task<T>? root = null;
        Post(_ => root = start(), null);
        while (true)
        {
            Drain();
            if (root is { IsCompleted: true })
            {
                return await root.ConfigureAwait(false);
            }

            if (loaders.HasPending)
            {
                // Dispatch on the scheduler so batch functions and their completions run here too.
                Post(_ => loaders.DispatchPending(), null);
                continue;
            }

            await _signal.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private void Drain()
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (_queue.TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
