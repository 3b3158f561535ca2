using System.Net;
using Nexus.Web.Tests.Imports;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Notifications;

public sealed class NotificationSourceTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task AMentorVerifyingAChallengeNotifiesItsOwnerAndEmailsThemAtOnce()
    {
        var (owner, _, handle) = await factory.SignUpAsync();
        await factory.VerifyEmailAsync(handle);
        var (hub, _) = await owner.CreateHubAsync();
        var challengeId = hub["challenges"]![0]!["id"]!.GetValue<long>();
        var mentor = await factory.SignUpMentorAsync();

        (await mentor.PostAsync($"/api/v1/hubs/{hub["slug"]}/challenges/{challengeId}/verification", null)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var notification = (await owner.WaitForNotificationsAsync(1)).Single()!;
        notification["category"]!.GetValue<string>().ShouldBe("challenge-verified");
        notification["title"]!.GetValue<string>().ShouldEndWith("verified your challenge “Celery tasks never ran”");
        var email = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "verified your challenge");
        email.Headers["List-Unsubscribe"].ShouldContain("/api/v1/notifications/unsubscribe?token=");
    }

    [Fact]
    public async Task AFinishedArchiveImportNotifiesItsOwner()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var readme = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", "learner-readme.md"));
        var archive = ImportArchives.Zip(("one/README.md", readme));

        var response = await owner.PostAsync("/api/v1/imports", ImportArchives.Upload(archive, "journey.zip"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var notification = (await owner.WaitForNotificationsAsync(1)).Single()!;
        notification["category"]!.GetValue<string>().ShouldBe("imports");
        notification["title"]!.GetValue<string>().ShouldBe("Your import of journey.zip finished: 1 hub created, 0 files failed");
        notification["path"]!.GetValue<string>().ShouldBe(response.Headers.Location!.ToString());
    }
}
