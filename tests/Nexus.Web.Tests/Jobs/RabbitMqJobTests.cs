using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Hubs;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Imports;
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
        var admin = await node.SignInAsAdminAsync();
        var listed = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/jobs?status=dead");
        listed!["items"]!.AsArray().Single()!["lastError"]!.GetValue<string>().ShouldContain("Attempt 3 of");
        (await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/jobs/queues"))!["transport"]!.GetValue<string>().ShouldBe("rabbitmq");
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
        using var survivor = new RabbitMqJobsFactory();
        using var doomed = await NexusProcess.StartAsync(survivor);
        var handle = $"killed{Random.Shared.Next(10000, 99999)}";
        var registered = await doomed.Client.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = $"{handle}@nexus.test", password = ApiClient.Password, handle, displayName = "Killed Worker", track = "backend", cohort = "2025-06",
        });
        var token = (await registered.Content.ReadFromJsonAsync<Tokens>())!.AccessToken;
        doomed.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        const int files = 150;
        var archive = ImportArchives.Zip([.. Enumerable.Range(0, files).Select(i => ($"repo{i}/README.md", $"# Journey {i}\n\n## Technologies\n\n- Docker\n"))]);
        var accepted = await doomed.Client.PostAsync("/api/v1/imports", ImportArchives.Upload(archive, "many.zip"));
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var progress = accepted.Headers.Location!.ToString();

        // Killed mid-way through the archive: some files are committed, the rest are not.
        var processed = 0;
        for (var polls = 0; processed == 0 && polls < 600; polls++)
        {
            processed = (await doomed.Client.GetFromJsonAsync<JsonObject>(progress))!["processed"]!.GetValue<int>();
            await Task.Delay(10);
        }

        doomed.Kill();
        processed.ShouldBeInRange(1, files - 1);

        var client = survivor.Authenticated(token);
        JsonObject? job = null;
        for (var polls = 0; job?["status"]?.GetValue<string>() != "succeeded" && polls < 600; polls++)
        {
            await Task.Delay(100);
            job = await client.GetFromJsonAsync<JsonObject>(progress);
        }

        job!["status"]!.GetValue<string>().ShouldBe("succeeded", job.ToJsonString());
        job["processed"]!.GetValue<int>().ShouldBe(files);
        job["hubs"]!.AsArray().Select(h => h!.GetValue<string>()).Distinct().Count().ShouldBe(files);
        await using var scope = survivor.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NexusDbContext>();
        var owner = await db.Users.SingleAsync(u => u.UserName == handle);
        (await db.Hubs.CountAsync(h => h.OwnerId == owner.Id)).ShouldBe(files);
    }

    [RabbitMqFact(needsPostgres: true)]
    public async Task TwoNodesOnOneBrokerSeeEachOthersHubChanges()
    {
        using var nodeA = new RabbitMqJobsFactory();
        using var nodeB = nodeA.Node();
        var (writer, tokens, _) = await nodeA.SignUpAsync();
        var (hub, etag) = await writer.CreateHubAsync();
        var slug = hub["slug"]!.GetValue<string>();
        var reader = nodeB.Authenticated(tokens.AccessToken);
        (await reader.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("My Backend Journey");
        using var listening = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var heard = nodeB.Services.GetRequiredService<HubEvents>().ListenAsync(listening.Token)
            .FirstAsync(change => change.Slug == slug && change.Revision == 2, listening.Token);

        hub["title"] = "Edited on node A";
        (await writer.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await heard).Revision.ShouldBe(2);
        (await reader.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("Edited on node A");
    }

    [RabbitMqFact(needsPostgres: true)]
    public async Task WritesDuringABrokerOutageSucceedAndEveryJobAndEventIsDeliveredOnceAfterIt()
    {
        using var nodeA = new RabbitMqJobsFactory();
        using var nodeB = nodeA.Node();
        _ = nodeA.Server;
        _ = nodeB.Server;
        var keys = new List<string>();
        async Task WriteAsync(RabbitMqJobsFactory node)
        {
            var key = Guid.NewGuid().ToString("N");
            keys.Add(key);
            await node.WriteAsync((jobs, events) =>
            {
                jobs.Enqueue(new CountedJob(key));
                events.Raise(new SomethingHappened(key));
            });
        }

        for (var i = 0; i < 10; i++)
        {
            await WriteAsync(i % 2 == 0 ? nodeA : nodeB);
        }

        await Broker.StopAsync();
        try
        {
            var outage = Stopwatch.StartNew();
            for (var i = 0; outage.Elapsed < TimeSpan.FromSeconds(30); i++)
            {
                await WriteAsync(i % 2 == 0 ? nodeA : nodeB);
                await Task.Delay(250);
            }
        }
        finally
        {
            await Broker.StartAsync();
        }

        for (var i = 0; i < 10; i++)
        {
            await WriteAsync(i % 2 == 0 ? nodeA : nodeB);
        }

        int Runs(string key) => nodeA.Probe.Runs(key) + nodeB.Probe.Runs(key);
        int Handled(string key) => nodeA.Probe.Runs($"handled:{key}") + nodeB.Probe.Runs($"handled:{key}");
        await nodeA.Probe.UntilAsync(() => keys.All(k => Runs(k) >= 1 && Handled(k) >= 1), TimeSpan.FromSeconds(60));
        await Task.Delay(1000);
        keys.Count.ShouldBeGreaterThan(60);
        keys.Where(k => Runs(k) != 1 || Handled(k) != 1).ShouldBeEmpty();
        // Events raised while the broker was away reach both nodes once it is back.
        var heardByB = nodeB.Probe.Heard.Select(h => h.Key).ToHashSet();
        keys.Skip(10).Where(k => !heardByB.Contains(k)).ShouldBeEmpty();
    }
}
