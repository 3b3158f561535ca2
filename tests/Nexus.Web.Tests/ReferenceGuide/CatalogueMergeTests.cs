using System.Net;
using System.Net.Http.Json;
using Nexus.Web.Tests.Infrastructure;
using Nexus.Web.Tests.Search;

namespace Nexus.Web.Tests.ReferenceGuide;

public sealed class CatalogueMergeTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    [Fact]
    public async Task MergingMovesEveryReferenceCombinesDuplicatesAndRedirectsTheOldSlug()
    {
        var admin = await factory.SignInAsAdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/technologies", new { slug = "postgres-db", name = "Postgres DB", category = "database", aliases = new[] { "pgdb" } }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var (owner, _, _) = await factory.SignUpAsync();
        var (only, _) = await owner.CreateHubAsync(SearchCorpus.Hub("Only the duplicate", "public", "s", [], ["postgres-db"], [],
            [("Slow joins", "p", "s", new[] { "postgres-db" })], [], null));
        var (both, _) = await owner.CreateHubAsync(SearchCorpus.Hub("Both entries", "public", "s", [], ["postgres-db", "postgresql"], [],
            [("Vacuum", "p", "s", new[] { "postgres-db", "postgresql" })], [], null));
        await SetNotesAsync(owner, both["slug"]!.GetValue<string>(), "Old note", "New note");

        var response = await admin.PostAsJsonAsync("/api/v1/technologies/postgres-db/merge", new { into = "postgresql" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = await response.ReadJsonAsync();
        result["movedTopics"]!.GetValue<int>().ShouldBe(1);
        result["combinedTopics"]!.GetValue<int>().ShouldBe(1);
        result["movedChallengeLinks"]!.GetValue<int>().ShouldBe(1);
        var aliases = result["entry"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        aliases.ShouldContain("Postgres DB");
        aliases.ShouldContain("postgres-db");
        aliases.ShouldContain("pgdb");

        var (onlyHub, _) = await owner.GetHubAsync(only["slug"]!.GetValue<string>());
        onlyHub["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ShouldBe(["postgresql"]);
        onlyHub["challenges"]![0]!["technologies"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["postgresql"]);
        var (bothHub, _) = await owner.GetHubAsync(both["slug"]!.GetValue<string>());
        var technologies = bothHub["technologies"]!.AsArray();
        technologies.Count.ShouldBe(1);
        technologies[0]!["note"]!.GetValue<string>().ShouldContain("New note");
        technologies[0]!["note"]!.GetValue<string>().ShouldContain("Old note");
        bothHub["challenges"]![0]!["technologies"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["postgresql"]);

        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var redirect = await client.GetAsync("/api/v1/technologies/postgres-db?pageSize=5");
        redirect.StatusCode.ShouldBe(HttpStatusCode.PermanentRedirect);
        redirect.Headers.Location!.ToString().ShouldBe("/api/v1/technologies/postgresql?pageSize=5");
        var guide = await (await client.GetAsync("/api/v1/technologies/postgresql")).ReadJsonAsync();
        guide["counts"]!["learners"]!.GetValue<int>().ShouldBe(2);
        guide["counts"]!["challenges"]!.GetValue<int>().ShouldBe(2);
        var search = await (await client.GetAsync("/api/v1/search?q=%22slow%20joins%22%20tech:postgresql")).ReadJsonAsync();
        SearchCorpus.Titles(search).ShouldBe(["Slow joins"]);
    }

    [Fact]
    public async Task WritesAndSearchFiltersNamingAMergedSlugLandOnTheSurvivingEntry()
    {
        var admin = await factory.SignInAsAdminAsync();
        (await admin.PostAsJsonAsync("/api/v1/technologies", new { slug = "celery-beat-x", name = "Celery Beat X", category = "messaging", aliases = Array.Empty<string>() }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await admin.PostAsJsonAsync("/api/v1/technologies/celery-beat-x/merge", new { into = "celery" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var (owner, _, _) = await factory.SignUpAsync();

        var (hub, _) = await owner.CreateHubAsync(SearchCorpus.Hub("Periodic tasks with an old slug", "public", "s", [], ["celery-beat-x"], [],
            [("Schedules drifted by an hour", "p", "s", new[] { "celery-beat-x", "celery" })], [], null));

        hub["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ShouldBe(["celery"]);
        hub["challenges"]![0]!["technologies"]!.AsArray().Select(t => t!.GetValue<string>()).ShouldBe(["celery"]);
        var search = await (await factory.CreateClient().GetAsync("/api/v1/search?q=drifted%20tech:celery-beat-x")).ReadJsonAsync();
        search["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ShouldBe(["Schedules drifted by an hour"]);
    }

    [Fact]
    public async Task OnlyAdminsMergeAndOnlyIntoAnotherExistingEntry()
    {
        var (learner, _, _) = await factory.SignUpAsync();
        var admin = await factory.SignInAsAdminAsync();

        (await learner.PostAsJsonAsync("/api/v1/technologies/flask/merge", new { into = "django" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await admin.PostAsJsonAsync("/api/v1/technologies/flask/merge", new { into = "flask" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "into");
        await (await admin.PostAsJsonAsync("/api/v1/technologies/flask/merge", new { into = (string?)null })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "into");
        await (await admin.PostAsJsonAsync("/api/v1/technologies/flask/merge", new { into = "no-such-tech" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsJsonAsync("/api/v1/concepts/no-such-concept/merge", new { into = "caching" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task SetNotesAsync(HttpClient owner, string slug, string duplicateNote, string targetNote)
    {
        var (hub, etag) = await owner.GetHubAsync(slug);
        foreach (var topic in hub["technologies"]!.AsArray())
        {
            topic!["note"] = topic["slug"]!.GetValue<string>() == "postgres-db" ? duplicateNote : targetNote;
        }

        (await owner.PutHubAsync(slug, hub, etag)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
