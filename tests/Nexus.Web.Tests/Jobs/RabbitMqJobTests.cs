using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Jobs;

/// <summary>Jobs and events through the real broker of the CI RabbitMQ tier.</summary>
public sealed class RabbitMqJobTests
{
    [RabbitMqFact]
    public async Task AJobThatKeepsThrowingIsRetriedThenDeadLettered()
    {
        using var node = new RabbitMqJobsFactory();
        _ = node.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;

        await node.WriteAsync((jobs, _) => id = jobs.Enqueue(new FailingJob(key)));

        await node.Probe.UntilAsync(() => node.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);
        var job = await node.FindJobAsync(id);
        job!.Attempts.ShouldBe(3);
        job.LastError!.ShouldContain("Attempt 3 of");
        node.Probe.Runs(key).ShouldBe(3);
        await node.Probe.UntilAsync(() => node.MessagesInAsync("jobs.dead").Result == 1);
    }

    [RabbitMqFact]
    public async Task AJobDeliveredTwiceRunsOnce()
    {
        using var node = new RabbitMqJobsFactory();
        _ = node.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;

        await node.WriteAsync((jobs, _) => id = jobs.Enqueue(new CountedJob(key)));
        await node.Probe.UntilAsync(() => node.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Succeeded);
        await node.PublishJobMessageAsync(id);
        await node.PublishJobMessageAsync(id);

        await node.Probe.UntilAsync(() => node.MessagesInAsync("jobs").Result == 0);
        await Task.Delay(300);
        node.Probe.Runs(key).ShouldBe(1);
    }

    [RabbitMqFact]
    public async Task AnEventReachesTheListenersAndTheClusterHandlerOnce()
    {
        using var node = new RabbitMqJobsFactory();
        _ = node.Server;
        var key = Guid.NewGuid().ToString("N");

        await node.WriteAsync((_, events) => events.Raise(new SomethingHappened(key)));

        await node.Probe.UntilAsync(() => node.Probe.Heard.Any(h => h.Key == key) && node.Probe.Runs($"handled:{key}") == 1);
        await Task.Delay(300);
        node.Probe.Heard.Count(h => h.Key == key).ShouldBe(1);
        node.Probe.Runs($"handled:{key}").ShouldBe(1);
    }

    [RabbitMqFact]
    public async Task AWorkerKilledMidJobIsRedeliveredAndCompletes()
    {
        using var first = new RabbitMqJobsFactory();
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        var killed = first.Node(shutdownTimeout: TimeSpan.FromMilliseconds(100));
        _ = killed.Server;
        await killed.WriteAsync((jobs, _) => id = jobs.Enqueue(new StubbornJob(key)));
        await killed.Probe.UntilAsync(() => killed.Probe.Runs(key) == 1);

        // The job ignores cancellation, so stopping the node abandons it mid-way, as a killed process would.
        var abandoned = killed.Probe.Releases.GetOrAdd(key, _ => new());
        killed.Dispose();

        _ = first.Server;
        await first.Probe.UntilAsync(() => first.Probe.Runs(key) == 1, TimeSpan.FromSeconds(20));
        (await first.FindJobAsync(id))!.Attempts.ShouldBe(2);
        first.Probe.Releases.GetOrAdd(key, _ => new()).SetResult();
        await first.Probe.UntilAsync(() => first.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Succeeded);
        abandoned.SetResult();
    }
}
