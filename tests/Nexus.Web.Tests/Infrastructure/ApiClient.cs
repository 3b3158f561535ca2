using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nexus.Web.Tests.Infrastructure;

public sealed record Tokens(string AccessToken, string RefreshToken, int ExpiresIn);

/// <summary>Small helpers that speak the public API the way a client would.</summary>
public static class ApiClient
{
    public const string Password = "correct-horse-battery";
    private static int _sequence;

    public static async Task<(HttpClient Client, Tokens Tokens, string Handle)> SignUpAsync(
        this NexusFactory factory, string cohort = "2025-06", string track = "backend", string? handle = null)
    {
        handle ??= $"learner{Interlocked.Increment(ref _sequence)}x{Random.Shared.Next(1000, 9999)}";
        var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email = $"{handle}@nexus.test",
            password = Password,
            handle,
            displayName = $"Learner {handle}",
            track,
            cohort,
            github = "octo-cat",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var tokens = (await response.Content.ReadFromJsonAsync<Tokens>())!;
        return (factory.Authenticated(tokens.AccessToken), tokens, handle);
    }

    public static async Task<HttpClient> SignInAsync(this NexusFactory factory, string email, string password)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var tokens = (await response.Content.ReadFromJsonAsync<Tokens>())!;
        return factory.Authenticated(tokens.AccessToken);
    }

    public static Task<HttpClient> SignInAsAdminAsync(this NexusFactory factory) =>
        factory.SignInAsync(NexusFactory.AdminEmail, NexusFactory.AdminPassword);

    /// <summary>A signed-up learner who has been given the mentor role by the admin.</summary>
    public static async Task<HttpClient> SignUpMentorAsync(this NexusFactory factory, string cohort = "2025-06")
    {
        var (_, _, handle) = await factory.SignUpAsync(cohort);
        var admin = await factory.SignInAsAdminAsync();
        var response = await admin.PostAsJsonAsync($"/api/v1/admin/users/{handle}/roles", new { role = "mentor" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await factory.SignInAsync($"{handle}@nexus.test", Password);
    }

    public static HttpClient Authenticated(this NexusFactory factory, string accessToken)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static object NewHub(string title = "My Backend Journey", string visibility = "public", string? slug = null) => new
    {
        slug,
        title,
        summary = "What I learned building APIs.",
        visibility,
        sections = new[]
        {
            new { kind = "overview", title = "Overview", markdown = "I learned **Django** and PostgreSQL." },
            new { kind = "growth", title = "Personal Growth", markdown = "From scripts to services." },
        },
        technologies = new[] { new { slug = "django", note = "Models, views, admin." }, new { slug = "postgresql", note = "Indexes!" } },
        concepts = new[] { new { slug = "caching", note = "Cache invalidation is hard." } },
        challenges = new[]
        {
            new
            {
                id = (long?)null,
                title = "Celery tasks never ran",
                problem = "Tasks were queued but no worker picked them up.",
                solution = "Pointed the worker at the same broker URL.",
                result = "Emails go out in 2s instead of never.",
                technologies = new[] { "celery" },
            },
        },
        takeaways = new[] { new { text = "Measure before optimising." } },
        snippets = new[] { new { title = "Query", language = "python", code = "Hub.objects.select_related('owner')", description = "Avoid N+1." } },
        resources = new[] { new { title = "Django docs", url = "https://docs.djangoproject.com/" } },
        projects = new[] { new { name = "Hub API", description = "REST API", repositoryUrl = "https://github.com/octo-cat/hub", role = "Backend" } },
    };

    public static async Task<(JsonObject Hub, string ETag)> CreateHubAsync(this HttpClient client, object? hub = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/hubs", hub ?? NewHub());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync(), response.Headers.ETag!.ToString());
    }

    public static async Task<(JsonObject Hub, string ETag)> GetHubAsync(this HttpClient client, string slug)
    {
        var response = await client.GetAsync($"/api/v1/hubs/{slug}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync(), response.Headers.ETag!.ToString());
    }

    public static async Task<HttpResponseMessage> PutHubAsync(this HttpClient client, string slug, JsonNode body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/hubs/{slug}") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    /// <summary>Asserts a ProblemDetails body with the status and, optionally, a field named in its errors.</summary>
    public static async Task<JsonObject> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? field = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!.AsObject();
        problem["status"]!.GetValue<int>().ShouldBe((int)status);
        if (field is not null)
        {
            problem["errors"]!.AsObject().ContainsKey(field).ShouldBeTrue($"expected an error for '{field}' in {text}");
        }

        return problem;
    }

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);
}
