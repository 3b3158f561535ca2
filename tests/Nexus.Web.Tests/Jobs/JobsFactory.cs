using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Events;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Jobs;

/// <summary>A Nexus host with test jobs and events registered, fast polling and short retry delays.</summary>
public class JobsFactory : NexusFactory
{
    public JobsFactory()
    {
    }

    protected JobsFactory(TestDatabase database, bool ownsDatabase)
        : base(database, ownsDatabase)
    {
    }

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Jobs:PollInterval"] = "00:00:00.100",
        ["Jobs:RetryBaseDelay"] = "00:00:00.020",
        ["Jobs:MaxRetryDelay"] = "00:00:00.100",
        ["Jobs:Lease"] = "00:00:03",
        ["Jobs:ShutdownGrace"] = "00:00:00.500",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services
            .AddSingleton<JobProbe>()
            .AddJob<CountedJob, CountedJobHandler>("test.counted")
            .AddJob<FailingJob, FailingJobHandler>("test.failing", maxAttempts: 3)
            .AddJob<BlockingJob, BlockingJobHandler>("test.blocking", maxAttempts: 2)
            .AddDomainEvent<SomethingHappened>("test.something-happened")
            .AddDomainEventListener<SomethingHappened, SomethingListener>()
            .AddDomainEventHandler<SomethingHappened, SomethingHandler>("test.something-handler"));
    }

    /// <summary>Runs <paramref name="write"/> with a queue and events in one unit of work, then saves it.</summary>
    public async Task WriteAsync(Action<IJobQueue, IDomainEvents> write)
    {
        await using var scope = Services.CreateAsyncScope();
        write(scope.ServiceProvider.GetRequiredService<IJobQueue>(), scope.ServiceProvider.GetRequiredService<IDomainEvents>());
        await scope.ServiceProvider.GetRequiredService<NexusDbContext>().SaveChangesAsync();
    }

    public async Task<BackgroundJob?> FindJobAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NexusDbContext>().Jobs.FindAsync(id);
    }

    public JobProbe Probe => Services.GetRequiredService<JobProbe>();
}

public sealed record CountedJob(string Key);

public sealed record FailingJob(string Key);

public sealed record BlockingJob(string Key);

public sealed record SomethingHappened(string Key);

/// <summary>What the test handlers and listeners saw, by key.</summary>
public sealed class JobProbe
{
    private readonly ConcurrentDictionary<string, int> _runs = new();

    public ConcurrentDictionary<string, TaskCompletionSource> Releases { get; } = new();

    public ConcurrentQueue<(string Key, DomainEventContext Context)> Heard { get; } = new();

    public int Runs(string key) => _runs.GetValueOrDefault(key);

    public void Ran(string key) => _runs.AddOrUpdate(key, 1, (_, count) => count + 1);

    public async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The condition did not become true in time.");
            }

            await Task.Delay(20);
        }
    }
}

internal sealed class CountedJobHandler(JobProbe probe) : IJobHandler<CountedJob>
{
    public Task HandleAsync(CountedJob job, JobContext context, CancellationToken cancellationToken)
    {
        probe.Ran(job.Key);
        return Task.CompletedTask;
    }
}

internal sealed class FailingJobHandler(JobProbe probe) : IJobHandler<FailingJob>
{
    public Task HandleAsync(FailingJob job, JobContext context, CancellationToken cancellationToken)
    {
        probe.Ran(job.Key);
        throw new InvalidOperationException($"Attempt {context.Attempt} of {job.Key} failed on purpose.");
    }
}

/// <summary>Runs until the test releases it or the host cancels it.</summary>
internal sealed class BlockingJobHandler(JobProbe probe) : IJobHandler<BlockingJob>
{
    public async Task HandleAsync(BlockingJob job, JobContext context, CancellationToken cancellationToken)
    {
        probe.Ran(job.Key);
        await probe.Releases.GetOrAdd(job.Key, _ => new()).Task.WaitAsync(cancellationToken);
    }
}

internal sealed class SomethingListener(JobProbe probe) : IDomainEventListener<SomethingHappened>
{
    public Task OnEventAsync(SomethingHappened domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        probe.Heard.Enqueue((domainEvent.Key, context));
        return Task.CompletedTask;
    }
}

internal sealed class SomethingHandler(JobProbe probe) : IDomainEventHandler<SomethingHappened>
{
    public Task HandleAsync(SomethingHappened domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        probe.Ran($"handled:{domainEvent.Key}");
        return Task.CompletedTask;
    }
}
