using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Jobs.Bench;

/// <summary>A job that only reports when it ran; <paramref name="EnqueuedAt"/> is a Stopwatch timestamp taken before the commit.</summary>
public sealed record BenchJob(string Phase, int Sequence, long EnqueuedAt);

/// <summary>What the handlers saw: per phase, how many jobs ran and how long after their commit.</summary>
public sealed class BenchProbe
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _latencies = new();

    public void Ran(BenchJob job) => _latencies.GetOrAdd(job.Phase, _ => [])
        .Add(Stopwatch.GetElapsedTime(job.EnqueuedAt).TotalMilliseconds);

    public int Count(string phase) => _latencies.TryGetValue(phase, out var bag) ? bag.Count : 0;

    public double Percentile(string phase, double percentile)
    {
        var sorted = _latencies[phase].Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(percentile * sorted.Length) - 1)];
    }

    public async Task UntilAsync(string phase, int count, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (Count(phase) < count)
        {
            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"{phase}: {Count(phase)} of {count} jobs ran within {timeout}.");
            }

            await Task.Delay(5);
        }
    }
}

/// <summary>Transactional like a real handler: its (empty) work commits with the job's "done" mark.</summary>
internal sealed class BenchJobHandler(BenchProbe probe) : IJobHandler<BenchJob>
{
    public Task HandleAsync(BenchJob job, JobContext context, CancellationToken cancellationToken)
    {
        probe.Ran(job);
        return Task.CompletedTask;
    }
}
