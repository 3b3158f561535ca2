using System.Net;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Jobs;

namespace Nexus.Web.Tests.WebUi;

/// <summary>The jobs admin page shows failures and retries or discards jobs through the same service as the REST API.</summary>
public sealed class AdminJobsPageTests(JobsFactory factory) : IClassFixture<JobsFactory>
{
    private const string DeadFailing = "/admin/jobs?status=dead&type=test.failing";

    /// <summary>A job that failed all its three attempts, and the key its runs are counted under.</summary>
    private async Task<(Guid Id, string Key)> DeadJobAsync()
    {
        var key = Guid.NewGuid().ToString("N");
        Guid id = default;
        await factory.WriteAsync((jobs, _) => id = jobs.Enqueue(new FailingJob(key)));
        await factory.Probe.UntilAsync(() => factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);
        return (id, key);
    }

    [Fact]
    public async Task AnonymousVisitorsAndLearnersCannotOpenTheJobsPage()
    {
        await factory.Browser().ShouldRedirectAsync("/admin/jobs", "/signin?returnUrl=");
        var (learner, _) = await factory.NewAccountBrowserAsync();
        await learner.ShouldRedirectAsync("/admin/jobs", "/error/403");
    }

    [Fact]
    public async Task AdminsSeeADeadJobWithItsErrorAndRetryRunsItAgain()
    {
        var (id, key) = await DeadJobAsync();
        var admin = await factory.AdminBrowserAsync();

        var html = WebUtility.HtmlDecode(await admin.GetPageAsync(DeadFailing));
        html.ShouldContain(id.ToString());
        html.ShouldContain($"Attempt 3 of {key} failed on purpose.");
        html.ShouldContain("<td>3 of 3</td>");
        html.ShouldContain("href=\"/admin/jobs\" aria-current=\"page\"");

        var retried = await admin.PostFormAsync(DeadFailing, $"retry-{id}", new Dictionary<string, string> { ["Retry.Id"] = id.ToString() });

        retried.StatusCode.ShouldBe(HttpStatusCode.Redirect, await retried.Content.ReadAsStringAsync());
        var location = retried.Headers.Location!.OriginalString;
        location.ShouldContain("done=retried");
        (await admin.GetPageAsync(location)).ShouldContain("The job is queued to run again now");
        // Queued again with its attempts reset: it runs its three attempts once more.
        await factory.Probe.UntilAsync(() => factory.Probe.Runs(key) == 6 && factory.FindJobAsync(id).Result?.Status == BackgroundJobStatus.Dead);
    }

    [Fact]
    public async Task DiscardingAsksForConfirmationAndThenRemovesTheJob()
    {
        var (id, _) = await DeadJobAsync();
        var admin = await factory.AdminBrowserAsync();
        var fields = new Dictionary<string, string> { ["Discard.Id"] = id.ToString() };

        var review = await admin.PostFormAsync(DeadFailing, $"discard-{id}", fields);
        review.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await review.Content.ReadAsStringAsync()).ShouldContain("Discard this job</button>");
        (await factory.FindJobAsync(id)).ShouldNotBeNull();

        var discarded = await admin.PostFormAsync(DeadFailing, $"discard-{id}", new Dictionary<string, string>(fields) { ["Discard.Confirmed"] = "true" });

        discarded.StatusCode.ShouldBe(HttpStatusCode.Redirect, await discarded.Content.ReadAsStringAsync());
        var location = discarded.Headers.Location!.OriginalString;
        location.ShouldContain("done=discarded");
        var after = await admin.GetPageAsync(location);
        after.ShouldContain("The job was discarded.");
        after.ShouldNotContain(id.ToString());
        (await factory.FindJobAsync(id)).ShouldBeNull();
    }

    [Fact]
    public async Task JobFormsAreRefusedWithoutTheAntiforgeryToken()
    {
        var (id, key) = await DeadJobAsync();
        var admin = await factory.AdminBrowserAsync();

        var retry = await admin.PostAsync(DeadFailing, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"retry-{id}", ["Retry.Id"] = id.ToString(),
        }));
        var discard = await admin.PostAsync(DeadFailing, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = $"discard-{id}", ["Discard.Id"] = id.ToString(), ["Discard.Confirmed"] = "true",
        }));

        retry.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        discard.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var job = (await factory.FindJobAsync(id))!;
        job.Status.ShouldBe(BackgroundJobStatus.Dead);
        job.Attempts.ShouldBe(3);
        factory.Probe.Runs(key).ShouldBe(3);
    }
}
