using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Jobs;

public sealed class JobAdminTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    [Fact]
    public async Task AdminsSeeADeadJobWithItsErrorAndCanRetryThenDiscardIt()
    {
        var admin = await factory.SignInAsAdminAsync();
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new FailingJob(key)));
        await factory.Probe.UntilAsync(() => factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);

        var dead = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/jobs?status=dead&type=test.failing");
        var listed = dead!["items"]!.AsArray().Single(j => j!["id"]!.GetValue<Guid>() == id)!;
        listed["status"]!.GetValue<string>().ShouldBe("dead");
        listed["attempts"]!.GetValue<int>().ShouldBe(3);
        listed["lastError"]!.GetValue<string>().ShouldContain("failed on purpose");
        var queues = await admin.GetFromJsonAsync<JsonObject>("/api/v1/admin/jobs/queues");
        queues!["transport"]!.GetValue<string>().ShouldBe("embedded");
        queues["queues"]!.AsArray().Single(q => q!["type"]!.GetValue<string>() == "test.failing")!["dead"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);

        var retried = await admin.PostAsync($"/api/v1/admin/jobs/{id}/retry", null);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK, await retried.Content.ReadAsStringAsync());
        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 6 && factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);

        (await admin.DeleteAsync($"/api/v1/admin/jobs/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/v1/admin/jobs/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/v1/admin/jobs/{id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASucceededJobCannotBeRetried()
    {
        var admin = await factory.SignInAsAdminAsync();
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new CountedJob(key)));
        await factory.Probe.UntilAsync(() => factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Succeeded);

        await (await admin.PostAsync($"/api/v1/admin/jobs/{id}/retry", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnlyAdminsSeeJobsAndAFilterMustBeAKnownStatus()
    {
        var (learner, _, _) = await factory.SignUpAsync();
        (await learner.GetAsync("/api/v1/admin/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var admin = await factory.SignInAsAdminAsync();
        await (await admin.GetAsync("/api/v1/admin/jobs?status=exploded")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "status");
    }
}
