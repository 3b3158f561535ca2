using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Notifications;
using Nexus.Web.Infrastructure.Database;
using Nexus.Web.Infrastructure.Jobs;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Notifications;

public sealed class NotificationFlowTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task AnUpdateOfAFollowedHubNotifiesTheFollowerInAppAndByEmailWhenTheyChoseImmediate()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (hub, _) = await owner.CreateHubAsync(ApiClient.NewHub("Followed Journey"));
        var slug = hub["slug"]!.GetValue<string>();
        var (follower, _, handle) = await factory.SignUpAsync();
        await factory.VerifyEmailAsync(handle);
        (await follower.PutAsJsonAsync("/api/v1/notifications/preferences", new { followedActivity = "immediate" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await follower.PutAsync($"/api/v1/follows/hub/{slug}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var (current, etag) = await owner.GetHubAsync(slug);
        current["summary"] = "Now with a section on caching.";
        (await owner.PutHubAsync(slug, current, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notification = (await follower.WaitForNotificationsAsync(1)).Single()!;
        notification["category"]!.GetValue<string>().ShouldBe("followed-activity");
        notification["title"]!.GetValue<string>().ShouldEndWith("updated “Followed Journey”");
        notification["path"]!.GetValue<string>().ShouldBe($"/api/v1/hubs/{slug}");
        notification["actor"]!["handle"].ShouldNotBeNull();
        (await follower.UnreadCountAsync()).ShouldBe(1);
        (await owner.UnreadCountAsync()).ShouldBe(0);

        var email = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "updated “Followed Journey”");
        email.Text.ShouldContain($"http://localhost/api/v1/hubs/{slug}");
        var unsubscribe = email.Headers["List-Unsubscribe"].Trim('<', '>');
        email.Headers["List-Unsubscribe-Post"].ShouldBe("List-Unsubscribe=One-Click");
        (await factory.CreateClient().PostAsync(NotificationClient.PathOf(unsubscribe), new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await follower.GetFromJsonAsync<NotificationPreferences>("/api/v1/notifications/preferences"))!.FollowedActivity.ShouldBe("off");

        (await follower.PostAsync($"/api/v1/notifications/{notification["id"]}/read", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await follower.UnreadCountAsync()).ShouldBe(0);
        await (await owner.PostAsync($"/api/v1/notifications/{notification["id"]}/read", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task FollowingALearnerNotifiesThemAndTheirCohortHubsReachOnlyFollowersWhoMayReadThem()
    {
        var (author, _, authorHandle) = await factory.SignUpAsync(cohort: "2025-01");
        var (classmate, _, _) = await factory.SignUpAsync(cohort: "2025-01");
        var (outsider, _, _) = await factory.SignUpAsync(cohort: "2024-09");
        (await classmate.PutAsync($"/api/v1/follows/learner/{authorHandle}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await outsider.PutAsync($"/api/v1/follows/learner/{authorHandle}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var followed = await author.WaitForNotificationsAsync(2);
        followed.Select(n => n!["category"]!.GetValue<string>()).ShouldAllBe(c => c == "new-follower");
        followed.Select(n => n!["title"]!.GetValue<string>()).ShouldAllBe(t => t.EndsWith("started following you"));

        await author.CreateHubAsync(ApiClient.NewHub("Cohort Only Notes", visibility: "cohort"));
        var published = (await classmate.WaitForNotificationsAsync(1)).Single()!;
        published["title"]!.GetValue<string>().ShouldEndWith("published “Cohort Only Notes”");
        await author.CreateHubAsync(ApiClient.NewHub("Public Notes"));
        (await outsider.WaitForNotificationsAsync(1)).Single()!["title"]!.GetValue<string>().ShouldEndWith("published “Public Notes”");

        var marked = await (await author.PostAsync("/api/v1/notifications/read-all", null)).ReadJsonAsync();
        marked["marked"]!.GetValue<int>().ShouldBe(2);
        (await author.UnreadCountAsync()).ShouldBe(0);
        (await (await author.GetAsync("/api/v1/notifications?unreadOnly=true")).ReadJsonAsync())["total"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task TheDailyDigestGathersPendingNotificationsAndCohortActivityWithAnUnsubscribeLink()
    {
        var (reader, _, readerHandle) = await factory.SignUpAsync(cohort: "2025-03");
        await factory.VerifyEmailAsync(readerHandle);
        (await reader.PutAsJsonAsync("/api/v1/notifications/preferences", new { cohortDigest = "daily" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (author, _, authorHandle) = await factory.SignUpAsync(cohort: "2025-03");
        (await reader.PutAsync($"/api/v1/follows/learner/{authorHandle}", null)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var (elsewhere, _, _) = await factory.SignUpAsync(cohort: "2023-01");
        (await reader.PutAsync("/api/v1/follows/technology/django", null)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await author.CreateHubAsync(ApiClient.NewHub("Digest Worthy Hub"));
        await elsewhere.CreateHubAsync(ApiClient.NewHub("Django Elsewhere"));
        await elsewhere.CreateHubAsync(ApiClient.NewHub("Hidden From Digest", visibility: "private"));
        await reader.WaitForNotificationsAsync(1);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<IJobQueue>().Enqueue(new DigestRun(Delivery.Daily, DateTimeOffset.UtcNow));
            await scope.ServiceProvider.GetRequiredService<NexusDbContext>().SaveChangesAsync();
        }

        var digest = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(readerHandle), "Your daily Nexus digest");
        digest.Text.ShouldContain("Notifications");
        digest.Text.ShouldContain("published “Digest Worthy Hub”");
        digest.Text.ShouldContain("New in your cohort and the technologies you follow");
        digest.Text.ShouldContain("* Django Elsewhere — published by");
        digest.Text.ShouldContain("(2023-01)");
        digest.Text.ShouldNotContain("Hidden From Digest");
        digest.Headers["List-Unsubscribe"].ShouldContain("/api/v1/notifications/unsubscribe?token=");
    }
}
