using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Search;

/// <summary>A fixed corpus created through the API: three public hubs, a private one, a cohort one, another cohort's one.</summary>
public sealed class SearchCorpus : NexusFactory, IAsyncLifetime
{
    public HttpClient Grace { get; private set; } = null!;
    public HttpClient Classmate { get; private set; } = null!;
    public HttpClient Outsider { get; private set; } = null!;
    public HttpClient Mentor { get; private set; } = null!;
    public HttpClient Anonymous => CreateClient();

    public async Task InitializeAsync()
    {
        (Grace, _, _) = await this.SignUpAsync("2025-06", "backend", "grace");
        var (ada, _, _) = await this.SignUpAsync("2025-06", "frontend", "ada");
        var (linus, _, _) = await this.SignUpAsync("2025-06", "backend", "linus");
        var (hedy, _, _) = await this.SignUpAsync("2025-06", "fullstack", "hedy");
        var (alan, _, _) = await this.SignUpAsync("2024-01", "backend", "alan");
        (Classmate, _, _) = await this.SignUpAsync("2025-06", "backend");
        (Outsider, _, _) = await this.SignUpAsync("2023-09", "backend");
        Mentor = await this.SignUpMentorAsync("staff");

        var (graceHub, _) = await Grace.CreateHubAsync(Hub("Grace's Django journey", "public", "Backend services with Django.",
            [("Caching with Redis", "I put a Redis cache in front of the slow dashboard query. Cache invalidation on every write kept it correct."),
             ("PostgreSQL indexes", "A composite index turned a 2 second query into 4 ms.")],
            ["django", "redis", "postgresql"], ["caching"],
            [("Celery tasks never ran", "Tasks were queued but no worker picked them up.", "Pointed the worker at the same broker URL.", new[] { "celery", "redis" })],
            ["Measure before optimising; the database is usually the bottleneck.", "Redis is a cache, not a database."],
            ("Prefetch", "Hub.objects.select_related('owner')", "Avoid the N+1 query problem.")));
        var challengeId = graceHub["challenges"]![0]!["id"]!.GetValue<long>();
        (await Mentor.PostAsync($"/api/v1/hubs/{graceHub["slug"]}/challenges/{challengeId}/verification", null))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        await ada.CreateHubAsync(Hub("Ada builds React dashboards", "public", "Frontend work against a Django API.",
            [("State management", "React Query caches server state so the dashboard feels instant.")],
            ["react", "tanstack-query"], ["state-management"],
            [("CORS errors calling the Django API", "The browser blocked requests from localhost:3000.", "Configured django-cors-headers on the backend.", new[] { "django-cors-headers" })],
            ["Set the broker URL from one environment variable."], null));

        await linus.CreateHubAsync(Hub("Linus on background jobs", "public", "Queues, workers and containers.",
            [("Deploying with Docker", "Docker compose runs the worker, redis and postgres. The URL was fine; the broker was down.")],
            ["docker", "celery"], ["asynchronous-tasks"],
            [("Background tasks not executing", "The Celery worker did not consume the queue.", "Declared the queue the producer used.", new[] { "celery" })],
            [], null));

        await hedy.CreateHubAsync(Hub("Secret zebracorn notes", "private", "Nobody else may find this.",
            [("Zebracorn cluster", "Kubernetes zebracorn experiments.")], ["kubernetes"], [], [], [], null));
        await hedy.CreateHubAsync(Hub("Cohort quokka notes", "cohort", "Only my cohort sees this.",
            [("Quokka store", "MongoDB quokka documents.")], ["mongodb"], [], [], [], null));
        await alan.CreateHubAsync(Hub("Wombat notes from an earlier cohort", "cohort", "Only 2024-01 sees this.",
            [("Wombat app", "Flask wombat endpoints.")], ["flask"], [], [], [], null));
    }

    public async Task<JsonObject> SearchAsync(HttpClient client, string query, string extra = "")
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}{extra}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    public static string[] Titles(JsonObject result) =>
        [.. result["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>())];

    public static Dictionary<string, int> Facet(JsonObject result, string name) =>
        result["facets"]![name]!.AsArray().ToDictionary(f => f!["value"]!.GetValue<string>(), f => f!["count"]!.GetValue<int>());

    public static object Hub(string title, string visibility, string summary, (string Title, string Markdown)[] sections,
        string[] technologies, string[] concepts, (string Title, string Problem, string Solution, string[] Technologies)[] challenges,
        string[] takeaways, (string Title, string Code, string Description)? snippet) => new
    {
        title,
        summary,
        visibility,
        sections = sections.Select(s => new { kind = "custom", title = s.Title, markdown = s.Markdown }).ToArray(),
        technologies = technologies.Select(t => new { slug = t, note = "" }).ToArray(),
        concepts = concepts.Select(c => new { slug = c, note = "" }).ToArray(),
        challenges = challenges.Select(c => new
        {
            id = (long?)null, title = c.Title, problem = c.Problem, solution = c.Solution, result = "Fixed.", technologies = c.Technologies,
        }).ToArray(),
        takeaways = takeaways.Select(t => new { text = t }).ToArray(),
        snippets = snippet is { } s ? new[] { new { title = s.Title, language = "python", code = s.Code, description = s.Description } } : [],
    };

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
