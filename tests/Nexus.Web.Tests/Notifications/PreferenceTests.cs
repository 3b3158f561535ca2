using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Nexus.Web.Features.Notifications;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Notifications;

public sealed class PreferenceTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task PreferencesStartAtTheDefaultsAndChangeOnlyWhatIsSent()
    {
        var (learner, _, _) = await factory.SignUpAsync();

        (await learner.GetFromJsonAsync<NotificationPreferences>("/api/v1/notifications/preferences"))
            .ShouldBe(new NotificationPreferences("daily", "immediate", "immediate", "daily", "weekly"));
        var changed = await learner.PutAsJsonAsync("/api/v1/notifications/preferences", new { followedActivity = "immediate", cohortDigest = "off" });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());

        (await learner.GetFromJsonAsync<NotificationPreferences>("/api/v1/notifications/preferences"))
            .ShouldBe(new NotificationPreferences("immediate", "immediate", "immediate", "daily", "off"));
    }

    [Fact]
    public async Task UnknownDeliveriesAndAnImmediateDigestAreRejected()
    {
        var (learner, _, _) = await factory.SignUpAsync();

        var response = await learner.PutAsJsonAsync("/api/v1/notifications/preferences", new { imports = "hourly", cohortDigest = "immediate" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "imports");
        problem["errors"]!["cohortDigest"].ShouldNotBeNull();
    }

    [Fact]
    public async Task AnUnsubscribeLinkConfirmsOnGetAndTurnsTheCategoryOffOnPostWithoutSigningIn()
    {
        var (learner, _, handle) = await factory.SignUpAsync();
        var url = new Uri(factory.Services.GetRequiredService<UnsubscribeLinks>()
            .UrlFor(await LearnerIdAsync(learner), UnsubscribeScope.Of(NotificationCategory.NewFollower))).PathAndQuery;
        var anonymous = factory.CreateClient();

        var page = await anonymous.GetAsync(url);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Stop emails about new followers?");
        html.ShouldContain("<form method=\"post\"");
        (await learner.GetFromJsonAsync<NotificationPreferences>("/api/v1/notifications/preferences"))!.NewFollower.ShouldBe("daily");

        for (var i = 0; i < 2; i++)
        {
            var oneClick = await anonymous.PostAsync(url, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            oneClick.StatusCode.ShouldBe(HttpStatusCode.OK, handle);
        }

        (await learner.GetFromJsonAsync<NotificationPreferences>("/api/v1/notifications/preferences"))
            .ShouldBe(new NotificationPreferences("daily", "immediate", "immediate", "off", "weekly"));
    }

    [Fact]
    public async Task AForgedUnsubscribeLinkIsABadRequest()
    {
        var (learner, _, _) = await factory.SignUpAsync();
        var genuine = factory.Services.GetRequiredService<UnsubscribeLinks>().UrlFor(await LearnerIdAsync(learner), UnsubscribeScope.Of(NotificationCategory.Imports));
        var token = genuine[(genuine.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var otherScope = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{await LearnerIdAsync(learner)}|weekly-digest|"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_') + token[token.IndexOf('.')..];

        var dot = token.IndexOf('.');
        var otherMac = token[..(dot + 1)] + (token[dot + 1] == 'A' ? 'B' : 'A') + token[(dot + 2)..];

        foreach (var forged in new[] { otherScope, otherMac, "garbage", "" })
        {
            await (await factory.CreateClient().PostAsync($"/api/v1/notifications/unsubscribe?token={forged}", null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            await (await factory.CreateClient().GetAsync($"/api/v1/notifications/unsubscribe?token={forged}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    private static async Task<Guid> LearnerIdAsync(HttpClient learner) =>
        (await (await learner.GetAsync("/api/v1/me")).ReadJsonAsync())["id"]!.GetValue<Guid>();
}
