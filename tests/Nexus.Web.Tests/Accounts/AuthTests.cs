using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Accounts;

public sealed class AuthTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task RegisterReturnsTokensThatOpenTheProfile()
    {
        var (client, tokens, handle) = await factory.SignUpAsync(cohort: "2025-06", track: "frontend");

        tokens.ExpiresIn.ShouldBeGreaterThan(0);
        var me = await (await client.GetAsync("/api/v1/me")).ReadJsonAsync();
        me["handle"]!.GetValue<string>().ShouldBe(handle);
        me["track"]!.GetValue<string>().ShouldBe("frontend");
        me["cohort"]!.GetValue<string>().ShouldBe("2025-06");
        me["github"]!.GetValue<string>().ShouldBe("octo-cat");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["learner"]);
    }

    [Fact]
    public async Task RegisterNamesEveryInvalidField()
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register",
            new { email = "not-an-email", password = "short", handle = "Bad Handle!", track = "devops", cohort = "" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["email", "handle", "displayName", "track", "cohort", "password"], ignoreOrder: true);
    }

    [Fact]
    public async Task RegisterRefusesATakenHandle()
    {
        var (_, _, handle) = await factory.SignUpAsync();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = "other@nexus.test", password = ApiClient.Password, handle, displayName = "Other", track = "backend", cohort = "2025-06",
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "handle");
    }

    [Fact]
    public async Task MalformedJsonIsABadRequestThatSaysWhy()
    {
        var response = await factory.CreateClient().PostAsync("/api/v1/auth/login",
            new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["detail"]!.GetValue<string>().ShouldContain("JSON");
    }

    [Fact]
    public async Task LoginWithAWrongPasswordIsUnauthorized()
    {
        var (_, _, handle) = await factory.SignUpAsync();
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = $"{handle}@nexus.test", password = "wrong-password-1" });

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RepeatedFailedLoginsLockTheAccount()
    {
        var (_, _, handle) = await factory.SignUpAsync();
        var anonymous = factory.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{handle}@nexus.test", password = "wrong-password-1" }))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{handle}@nexus.test", password = "wrong-password-1" }))
            .ShouldBeProblemAsync((HttpStatusCode)423);
        // Even the right password is refused while locked.
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = $"{handle}@nexus.test", password = ApiClient.Password }))
            .ShouldBeProblemAsync((HttpStatusCode)423);
    }

    [Fact]
    public async Task LoginAcceptsTheHandleInsteadOfTheEmail()
    {
        var (_, _, handle) = await factory.SignUpAsync();
        var client = await factory.SignInAsync(handle, ApiClient.Password);

        (await client.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RefreshRotatesTheRefreshToken()
    {
        var (_, tokens, _) = await factory.SignUpAsync();
        var anonymous = factory.CreateClient();

        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rotated = (await response.Content.ReadFromJsonAsync<Tokens>())!;

        rotated.RefreshToken.ShouldNotBe(tokens.RefreshToken);
        (await factory.Authenticated(rotated.AccessToken).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ReusingAUsedRefreshTokenRevokesTheWholeFamily()
    {
        var (_, tokens, _) = await factory.SignUpAsync();
        var anonymous = factory.CreateClient();
        var rotated = (await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }))
            .Content.ReadFromJsonAsync<Tokens>())!;

        var reuse = await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken });
        var problem = await reuse.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        problem["title"]!.GetValue<string>().ShouldBe("Refresh token reused");

        // The legitimate successor is revoked too: the thief and the owner both have to sign in again.
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rotated.RefreshToken }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task LogoutRevokesTheSession()
    {
        var (_, tokens, _) = await factory.SignUpAsync();
        var anonymous = factory.CreateClient();

        (await anonymous.PostAsJsonAsync("/api/v1/auth/logout", new { refreshToken = tokens.RefreshToken })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }))
            .ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MeWithoutATokenIsUnauthorized()
    {
        (await factory.CreateClient().GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task MeWithATamperedTokenIsUnauthorized()
    {
        var (_, tokens, _) = await factory.SignUpAsync();
        var tampered = tokens.AccessToken[..^4] + (tokens.AccessToken.EndsWith("AAAA") ? "BBBB" : "AAAA");

        (await factory.Authenticated(tampered).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task UpdatingTheProfileChangesWhatHubsShow()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();

        var response = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "Grace H.", track = "fullstack", github = "grace-h", discord = "grace#1" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (reloaded, newEtag) = await client.GetHubAsync(hub["slug"]!.GetValue<string>());
        reloaded["owner"]!["displayName"]!.GetValue<string>().ShouldBe("Grace H.");
        reloaded["owner"]!["track"]!.GetValue<string>().ShouldBe("fullstack");
        newEtag.ShouldNotBe(etag);
    }

    [Fact]
    public async Task UpdatingTheProfileValidatesFields()
    {
        var (client, _, _) = await factory.SignUpAsync();

        var response = await client.PutAsJsonAsync("/api/v1/me", new { displayName = "", track = "wizard", github = "-bad-" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["displayName", "track", "github"], ignoreOrder: true);
    }
}
