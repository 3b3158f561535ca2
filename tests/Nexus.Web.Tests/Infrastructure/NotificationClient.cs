using System.Net;
using System.Text.Json.Nodes;

namespace Nexus.Web.Tests.Infrastructure;

/// <summary>Helpers for the email and notification flows, speaking HTTP and reading the mailbox as a person would.</summary>
public static class NotificationClient
{
    public static string EmailOf(string handle) => $"{handle}@nexus.test";

    /// <summary>Follows the link of the sign-up verification email.</summary>
    public static async Task VerifyEmailAsync(this NexusFactory factory, string handle)
    {
        var email = await factory.Mail.WaitForAsync(EmailOf(handle), "Verify your email");
        var response = await factory.CreateClient().GetAsync(PathOf(email.Link("/api/v1/auth/verify-email")));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The path and query of an absolute link from an email, for the test host's client.</summary>
    public static string PathOf(string link) => new Uri(link).PathAndQuery;

    /// <summary>Waits until the caller has at least <paramref name="count"/> notifications (they are made by background jobs).</summary>
    public static async Task<JsonArray> WaitForNotificationsAsync(this HttpClient client, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var items = (await (await client.GetAsync("/api/v1/notifications")).ReadJsonAsync())["items"]!.AsArray();
            if (items.Count >= count || DateTime.UtcNow > deadline)
            {
                items.Count.ShouldBeGreaterThanOrEqualTo(count, items.ToJsonString());
                return items;
            }

            await Task.Delay(100);
        }
    }

    public static async Task<int> UnreadCountAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/v1/notifications/unread-count")).ReadJsonAsync())["unread"]!.GetValue<int>();
}
