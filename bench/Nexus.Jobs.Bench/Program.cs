using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nexus.Jobs.Bench;
using Nexus.Web;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;

// Jobs through a real Nexus host (the configuration comes from the environment, e.g. Database__Provider,
// ConnectionStrings__Nexus, RabbitMQ__Uri): end-to-end throughput, commit → handler latency, and how fast a
// backlog of queued jobs drains (with RabbitMQ: jobs written while the broker is stopped, then it is started).
// Usage: Nexus.Jobs.Bench <label> [throughputJobs] [latencyJobs] [backlogJobs]
var label = args.Length > 0 ? args[0] : "run";
var throughputJobs = args.Length > 1 ? int.Parse(args[1]) : 5000;
var latencyJobs = args.Length > 2 ? int.Parse(args[2]) : 300;
var backlogJobs = args.Length > 3 ? int.Parse(args[3]) : 10_000;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.Configuration["Database:SeedDemoData"] = "false";
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.SetMinimumLevel(LogLevel.Error);
builder.Services.AddSingleton<BenchProbe>().AddJob<BenchJob, BenchJobHandler>("bench.job", maxAttempts: 3);
await using var app = NexusApplication.Build(builder);
await app.StartAsync();
var probe = app.Services.GetRequiredService<BenchProbe>();
var rabbit = !string.IsNullOrWhiteSpace(app.Configuration["RabbitMQ:Uri"]);
var timeout = TimeSpan.FromMinutes(10);

async Task EnqueueAsync(string phase, int from, int count, DateTimeOffset? notBefore = null)
{
    await using var scope = app.Services.CreateAsyncScope();
    var jobs = scope.ServiceProvider.GetRequiredService<IJobQueue>();
    var at = Stopwatch.GetTimestamp();
    for (var i = from; i < from + count; i++)
    {
        jobs.Enqueue(new BenchJob(phase, i, at), notBefore);
    }

    await scope.ServiceProvider.GetRequiredService<NexusDbContext>().SaveChangesAsync();
}

async Task RabbitCtlAsync(string command)
{
    using var process = Process.Start("rabbitmqctl", ["-n", "rabbit@localhost", command]);
    await process.WaitForExitAsync();
}

// Warm-up: JIT, connection pools, broker channels.
await Parallel.ForAsync(0, 10, async (i, _) => await EnqueueAsync("warmup", i * 20, 20));
await probe.UntilAsync("warmup", 200, timeout);

// Throughput: 4 writers, 50 jobs per commit, until every job ran.
var clock = Stopwatch.StartNew();
await Parallel.ForAsync(0, throughputJobs / 50, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, _) => await EnqueueAsync("throughput", batch * 50, 50));
var written = clock.Elapsed;
await probe.UntilAsync("throughput", throughputJobs / 50 * 50, timeout);
var throughput = probe.Count("throughput") / clock.Elapsed.TotalSeconds;

// Latency: one job per commit, 20 ms apart, so the queue is empty and each job's own latency shows.
for (var i = 0; i < latencyJobs; i++)
{
    await EnqueueAsync("latency", i, 1);
    await Task.Delay(20);
}

await probe.UntilAsync("latency", latencyJobs, timeout);

// Backlog: queued while nothing can run them, then released at once.
TimeSpan drained;
if (rabbit)
{
    await RabbitCtlAsync("stop_app");
    for (var i = 0; i < backlogJobs; i += 500)
    {
        await EnqueueAsync("backlog", i, Math.Min(500, backlogJobs - i));
    }

    await RabbitCtlAsync("start_app");
    clock.Restart();
}
else
{
    var later = DateTimeOffset.UtcNow.AddHours(1);
    for (var i = 0; i < backlogJobs; i += 500)
    {
        await EnqueueAsync("backlog", i, Math.Min(500, backlogJobs - i), later);
    }

    await using var scope = app.Services.CreateAsyncScope();
    var now = DateTimeOffset.UtcNow;
    clock.Restart();
    await scope.ServiceProvider.GetRequiredService<NexusDbContext>().Jobs.Where(j => j.Type == "bench.job" && j.Status == BackgroundJobStatus.Queued)
        .ExecuteUpdateAsync(set => set.SetProperty(j => j.RunAfter, now));
}

await probe.UntilAsync("backlog", backlogJobs, timeout);
drained = clock.Elapsed;

Console.WriteLine($"| {label} | {throughput:N0} jobs/s ({throughputJobs} jobs, written in {written.TotalSeconds:N1} s) " +
    $"| p50 {probe.Percentile("latency", 0.5):N1} ms, p95 {probe.Percentile("latency", 0.95):N1} ms " +
    $"| {backlogJobs} in {drained.TotalSeconds:N1} s = {backlogJobs / drained.TotalSeconds:N0} jobs/s |");
await app.StopAsync();
return 0;
