using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Accounts;

public sealed class AccountEmailTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task SignUpSendsAVerificationEmailWhoseLinkVerifiesTheAccount()
    {
        var (learner, _, handle) = await factory.SignUpAsync();
        (await (await learner.GetAsync("/api/v1/me")).ReadJsonAsync())["emailVerified"]!.GetValue<bool>().ShouldBeFalse();

        var email = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "Verify your email");
        email.Html.ShouldContain("Verify my email");
        email.Headers.ContainsKey("List-Unsubscribe").ShouldBeFalse("an essential email has no unsubscribe link");
        var link = NotificationClient.PathOf(email.Link("/api/v1/auth/verify-email"));
        for (var click = 0; click < 2; click++)
        {
            var page = await factory.CreateClient().GetAsync(link);
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await page.Content.ReadAsStringAsync()).ShouldContain($"@{handle}: your email address is verified");
        }

        (await (await learner.GetAsync("/api/v1/me")).ReadJsonAsync())["emailVerified"]!.GetValue<bool>().ShouldBeTrue();
        (await learner.PostAsync("/api/v1/auth/resend-verification", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnUnverifiedLearnerCanAskForTheVerificationEmailAgain()
    {
        var (learner, _, handle) = await factory.SignUpAsync();
        await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "Verify your email");

        (await learner.PostAsync("/api/v1/auth/resend-verification", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var emails = await factory.Mail.WaitForCountAsync(NotificationClient.EmailOf(handle), "Verify your email", 2);
        var token = NotificationClient.PathOf(emails[1].Link("/api/v1/auth/verify-email")).Split("token=")[1];
        var verified = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/verify-email", new { token });
        verified.StatusCode.ShouldBe(HttpStatusCode.OK, await verified.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task APasswordResetRoundTripsThroughTheMailboxAndWorksOnce()
    {
        var (_, tokens, handle) = await factory.SignUpAsync();
        var anonymous = factory.CreateClient();
        (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = NotificationClient.EmailOf(handle) })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = "nobody-here@nexus.test" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var email = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "Reset your Nexus password");
        var link = NotificationClient.PathOf(email.Link("/api/v1/auth/reset-password"));
        var form = await anonymous.GetAsync(link);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await form.Content.ReadAsStringAsync()).ShouldContain("type=\"password\"");
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);

        await (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { token, password = "short" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "password");
        (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { token, password = "a-brand-new-passphrase" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await factory.SignInAsync(NotificationClient.EmailOf(handle), "a-brand-new-passphrase");
        (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = NotificationClient.EmailOf(handle), password = ApiClient.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var again = await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { token, password = "yet-another-passphrase" });
        (await again.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>().ShouldBe("Invalid reset link");
    }

    [Fact]
    public async Task ForgedTokensAreBadRequestsWithProblemDetails()
    {
        var anonymous = factory.CreateClient();

        await (await anonymous.GetAsync("/api/v1/auth/verify-email?token=forged.token")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/verify-email", new { token = (string?)null })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.GetAsync("/api/v1/auth/reset-password?token=AAAA.BBBB")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/reset-password", new { token = "x", password = "long-enough-password" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PostAsync("/api/v1/auth/reset-password", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

/// <summary>Links that expire at once, to see what an expired link answers.</summary>
public sealed class ExpiringLinkFactory : NexusFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Email:VerificationLinkLifetime"] = "00:00:00.001",
        ["Email:PasswordResetLinkLifetime"] = "00:00:00.001",
    };
}

public sealed class ExpiredLinkTests(ExpiringLinkFactory factory) : IClassFixture<ExpiringLinkFactory>
{
    [Fact]
    public async Task AnExpiredVerificationOrResetLinkIsABadRequestSayingSo()
    {
        var (_, _, handle) = await factory.SignUpAsync();
        var verification = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "Verify your email");
        var expired = await factory.CreateClient().GetAsync(NotificationClient.PathOf(verification.Link("/api/v1/auth/verify-email")));
        (await expired.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>().ShouldBe("Verification link expired");

        await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/forgot-password", new { email = NotificationClient.EmailOf(handle) });
        var reset = await factory.Mail.WaitForAsync(NotificationClient.EmailOf(handle), "Reset your Nexus password");
        var token = Uri.UnescapeDataString(reset.Link("/api/v1/auth/reset-password").Split("token=")[1]);
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/reset-password", new { token, password = "a-brand-new-passphrase" });
        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>().ShouldBe("Reset link expired");
    }
}
