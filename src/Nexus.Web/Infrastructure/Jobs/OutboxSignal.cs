namespace Nexus.Web.Infrastructure.Jobs;

/// <summary>
/// Wakes this node's job workers and outbox dispatcher as soon as a unit of work that added jobs or events commits, so
/// local work starts without waiting for the next poll. Every waiter wakes on a pulse.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse() => Interlocked.Exchange(ref _pulse, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();

    /// <summary>Returns at the next pulse or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var pulse = Volatile.Read(ref _pulse).Task;
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
