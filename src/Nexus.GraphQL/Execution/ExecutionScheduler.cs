using System.Collections.Concurrent;

namespace Nexus.GraphQL.Execution;

/// <summary>
/// Runs one request's resolvers as a single logical thread, like JavaScript's event loop: every await
/// continuation comes back here. When no continuation is ready (the wave has run dry) pending DataLoader
/// keys are dispatched as batches; only when nothing is pending does the loop wait for I/O to finish.
/// The queue is only made once something is posted: an operation that completes synchronously needs none.
/// </summary>
internal sealed class ExecutionScheduler(ExecutionState state) : SynchronizationContext
{
    private Mailbox? _mailbox;

    private Mailbox Box => _mailbox ?? Interlocked.CompareExchange(ref _mailbox, new Mailbox(), null) ?? _mailbox;

    public override void Post(SendOrPostCallback d, object? state)
    {
        var box = Box;
        box.Queue.Enqueue((d, state));
        box.Signal.Release();
    }

    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    public override SynchronizationContext CreateCopy() => this;

    public async Task<T> RunAsync<T>(Func<Task<T>> start)
    {
        Task<T>? root = null;
        RunHere(() => root = start());
        while (true)
        {
            RunHere(Drain);
            if (root!.IsCompleted)
            {
                return await root.ConfigureAwait(false);
            }

            if (state.HasPendingLoads)
            {
                // Dispatch on the scheduler so batch functions and their completions run here too.
                RunHere(() => state.DataLoaders.DispatchPending());
                continue;
            }

            await Box.Signal.WaitAsync(state.CancellationToken).ConfigureAwait(false);
        }
    }

    private void RunHere(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            action();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private void Drain()
    {
        while (_mailbox is { } box && box.Queue.TryDequeue(out var item))
        {
            item.Callback(item.State);
        }
    }

    private sealed class Mailbox
    {
        public ConcurrentQueue<(SendOrPostCallback Callback, object? State)> Queue { get; } = new();

        public SemaphoreSlim Signal { get; } = new(0);
    }
}
