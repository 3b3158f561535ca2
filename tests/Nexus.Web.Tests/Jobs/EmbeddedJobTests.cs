using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

namespace Nexus.Web.Tests.Jobs;

public sealed class EmbeddedJobTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    [Fact]
    public async Task AJobQueuedWithAWriteRunsOnceAfterTheCommit()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;

        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new CountedJob(key)));

        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 1);
        await factory.Probe.UntilAsync(() => factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Succeeded);
        await Task.Delay(300);
        factory.Probe.Runs(key).ShouldBe(1);
    }

    [Fact]
    public async Task AJobQueuedInARolledBackTransactionNeverRuns()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            id = scope.ServiceProvider.GetRequiredService<IJobQueue>().Enqueue(new CountedJob(key));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        await Task.Delay(500);
        factory.Probe.Runs(key).ShouldBe(0);
        (await factory.FindJobAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task AJobDeliveredTwiceRunsOnce()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new CountedJob(key), notBefore: DateTimeOffset.UtcNow.AddMilliseconds(300)));
        await Task.Delay(350);

        var runner = factory.Services.GetRequiredService<JobRunner>();
        var outcomes = await Task.WhenAll(runner.RunAsync(id, CancellationToken.None), runner.RunAsync(id, CancellationToken.None));
        var again = await runner.RunAsync(id, CancellationToken.None);

        outcomes.Count(o => o == JobOutcome.Succeeded).ShouldBeLessThanOrEqualTo(1);
        again.ShouldBe(JobOutcome.NotClaimed);
        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) >= 1);
        await Task.Delay(300);
        factory.Probe.Runs(key).ShouldBe(1);
    }

    [Fact]
    public async Task AJobThatKeepsFailingIsRetriedThenDeadWithItsLastError()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;

        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new FailingJob(key)));

        await factory.Probe.UntilAsync(() => factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);
        var job = await factory.FindJobAsync(id);
        job!.Attempts.ShouldBe(3);
        job.LastError!.ShouldContain("Attempt 3 of");
        factory.Probe.Runs(key).ShouldBe(3);
    }

    [Fact]
    public async Task AScheduledJobWaitsForItsTime()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");

        await factory.WriteAsync((jobs, _) => jobs.Enqueue(new CountedJob(key), notBefore: DateTimeOffset.UtcNow.AddSeconds(1.5)));

        await Task.Delay(800);
        factory.Probe.Runs(key).ShouldBe(0);
        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 1);
    }

    [Fact]
    public async Task AnIdempotencyKeyKeepsOneJobPerKey()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");

        await factory.WriteAsync((jobs, _) =>
        {
            jobs.Enqueue(new CountedJob(key), idempotencyKey: key);
            jobs.Enqueue(new CountedJob(key), idempotencyKey: key);
        });
        await factory.WriteAsync((jobs, _) => jobs.Enqueue(new CountedJob(key), idempotencyKey: key));

        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 1);
        await Task.Delay(500);
        factory.Probe.Runs(key).ShouldBe(1);
        await using var scope = factory.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<NexusDbContext>().Jobs.CountAsync(j => j.IdempotencyKey == key)).ShouldBe(1);
    }

    [Fact]
    public async Task AnEventReachesThisNodesListenersAndItsClusterHandlerOnce()
    {
        _ = factory.Server;
        var key = Guid.NewGuid().ToString("N");

        await factory.WriteAsync((_, events) => events.Raise(new SomethingHappened(key)));

        await factory.Probe.UntilAsync(() => factory.Probe.Heard.Any(h => h.Key == key));
        await factory.Probe.UntilAsync(() => factory.Probe.Runs($"handled:{key}") == 1);
        var heard = factory.Probe.Heard.Single(h => h.Key == key);
        heard.Context.RaisedOnThisNode.ShouldBeTrue();
        heard.Context.Type.ShouldBe("test.something-happened");
        await using var scope = factory.Services.CreateAsyncScope();
        await factory.Probe.UntilAsync(() => !scope.ServiceProvider.GetRequiredService<NexusDbContext>().OutboxEvents.Any());
    }

    [Fact]
    public async Task JobDurationsFailuresAndQueueDepthAreMeasured()
    {
        _ = factory.Server;
        var measured = new System.Collections.Concurrent.ConcurrentBag<(string Instrument, double Value, string? Tag)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == JobMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record<T>(System.Diagnostics.Metrics.Instrument instrument, T value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
        {
            string? tag = null;
            foreach (var pair in tags)
            {
                tag ??= pair.Key is "type" or "status" ? pair.Value as string : null;
            }

            measured.Add((instrument.Name, Convert.ToDouble(value), tag));
        }

        listener.SetMeasurementEventCallback<double>(Record);
        listener.SetMeasurementEventCallback<long>(Record);
        listener.Start();
        var key = Guid.NewGuid().ToString("N");

        await factory.WriteAsync((jobs, _) =>
        {
            jobs.Enqueue(new CountedJob(key));
            jobs.Enqueue(new FailingJob(key));
        });

        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 4);
        await factory.Probe.UntilAsync(() =>
        {
            listener.RecordObservableInstruments();
            return measured.Any(m => m.Instrument == "nexus.jobs.depth");
        });
        measured.ShouldContain(m => m.Instrument == "nexus.jobs.duration" && m.Tag == "test.counted");
        measured.Count(m => m.Instrument == "nexus.jobs.failures" && m.Tag == "test.failing").ShouldBeGreaterThanOrEqualTo(3);
        await factory.Probe.UntilAsync(() => measured.Any(m => m.Instrument == "nexus.jobs.dead" && m.Tag == "test.failing"));
    }
}
