namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Wakes this node's job workers and outbox dispatcher as soon as a unit of work that added jobs or events commits, so
/// local work starts without waiting for the next poll. Every waiter wakes on a pulse. A waiter passes the
/// <see cref="Generation"/> it read before looking for work, so a pulse between its look and its wait is not lost.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public void Pulse()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _pulse, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Returns at once if a pulse came after <paramref name="seen"/>, else at the next pulse or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _pulse).Task;
        if (Generation != seen)
        {
            return;
        }

        try
        {
            await pulse.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            // Polling is the fallback for work written on other nodes.
        }
    }
}
