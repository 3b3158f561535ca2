using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Jobs;

public sealed class JobShutdownTests
{
    [Fact]
    public async Task AJobStillRunningAtShutdownGoesBackToTheQueueWithoutUsingAnAttempt()
    {
        using var database = new TestDatabase();
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        using (var node = new SharedDatabaseJobsFactory(database))
        {
            _ = node.Server;
            await node.WriteAsync((jobs, _) => id = jobs.Enqueue(new BlockingJob(key)));
            await node.Probe.UntilAsync(() => node.Probe.Runs(key) == 1);
        }

        // The next start runs it at once (no lease to wait out) as its first counted attempt.
        using var restarted = new SharedDatabaseJobsFactory(database);
        _ = restarted.Server;
        await restarted.Probe.UntilAsync(() => restarted.Probe.Runs(key) == 1, TimeSpan.FromSeconds(2));
        (await restarted.FindJobAsync(id))!.Attempts.ShouldBe(1);
        restarted.Probe.Releases[key].SetResult();
        await restarted.Probe.UntilAsync(() => restarted.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Succeeded);
    }

    [Fact]
    public async Task ARecurringJobIsScheduledOncePerOccurrence()
    {
        using var database = new TestDatabase();
        using var factory = new RecurringJobsFactory(database);
        using var second = new RecurringJobsFactory(database);
        _ = factory.Server;
        _ = second.Server;

        await factory.Probe.UntilAsync(() => factory.Probe.Runs("tick") >= 2, TimeSpan.FromSeconds(20));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var keys = db.Jobs.Where(j => j.Type == "test.counted").Select(j => j.IdempotencyKey).ToList();
        keys.ShouldAllBe(k => k!.StartsWith("recurring:tick:"));
        keys.Distinct().Count().ShouldBe(keys.Count);
    }
}

/// <summary>Several hosts, one after another or side by side, on one database.</summary>
public sealed class SharedDatabaseJobsFactory(TestDatabase database) : JobsFactory(database, ownsDatabase: false);

/// <summary>A recurring job every second on every node of the deployment.</summary>
public sealed class RecurringJobsFactory(TestDatabase database) : JobsFactory(database, ownsDatabase: false)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddRecurringJob("tick", RecurringSchedule.Every(TimeSpan.FromSeconds(1)), _ => new CountedJob("tick")));
    }
}
