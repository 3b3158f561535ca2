using System.Net;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.GraphQL;

public sealed class GraphQLMutationTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private const string Create = """
        mutation ($input: HubInput!) { createHub(input: $input) { slug title version revision technologies { slug } challenges { id } } }
        """;

    private const string Update = """
        mutation ($slug: String!, $version: String!, $input: HubInput!) {
          updateHub(slug: $slug, expectedVersion: $version, input: $input) { title version revision }
        }
        """;

    private static object Input(string title = "GraphQL hub", string visibility = "PUBLIC") => new
    {
        title,
        summary = "Written through GraphQL.",
        visibility,
        sections = new[] { new { kind = "overview", title = "Overview", markdown = "Hello" } },
        technologies = new[] { new { slug = "django", note = "ORM" } },
        challenges = new[] { new { title = "Slow list", problem = "N+1", solution = "Batching", result = "10x", technologies = new[] { "django" } } },
    };

    [Fact]
    public async Task CreatingAHubThroughGraphQLIsVisibleThroughRest()
    {
        var (client, _, _) = await factory.SignUpAsync();

        var hub = (await client.GraphQLAsync(Create, new { input = Input() })).Data()["createHub"]!;

        hub["revision"]!.GetValue<int>().ShouldBe(1);
        hub["technologies"]![0]!["slug"]!.GetValue<string>().ShouldBe("django");
        var (rest, _) = await client.GetHubAsync(hub["slug"]!.GetValue<string>());
        rest["title"]!.GetValue<string>().ShouldBe("GraphQL hub");
    }

    [Fact]
    public async Task AnUpdateWithAStaleVersionFailsAndLosesNothing()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var created = (await client.GraphQLAsync(Create, new { input = Input() })).Data()["createHub"]!;
        var slug = created["slug"]!.GetValue<string>();
        var version = created["version"]!.GetValue<string>();

        var first = (await client.GraphQLAsync(Update, new { slug, version, input = Input("First edit") })).Data()["updateHub"]!;
        var stale = await client.GraphQLAsync(Update, new { slug, version, input = Input("Second edit from an old read") });

        first["revision"]!.GetValue<int>().ShouldBe(2);
        stale.Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("STALE_VERSION");
        (await client.GetHubAsync(slug)).Hub["title"]!.GetValue<string>().ShouldBe("First edit");
    }

    [Fact]
    public async Task AnUpdateAcceptsTheEtagOfARestRead()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (hub, etag) = await client.CreateHubAsync();

        var updated = (await client.GraphQLAsync(Update, new { slug = hub["slug"]!.GetValue<string>(), version = etag, input = Input("Via GraphQL") }))
            .Data()["updateHub"]!;

        updated["title"]!.GetValue<string>().ShouldBe("Via GraphQL");
        (await client.GetHubAsync(hub["slug"]!.GetValue<string>())).ETag.ShouldBe($"\"{updated["version"]!.GetValue<string>()}\"");
    }

    [Fact]
    public async Task AHubReadTwiceThenUpdatedReadsItsNewContentAndStaysPrivate()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (outsider, _, _) = await factory.SignUpAsync(cohort: "elsewhere");
        var (hub, etag) = await owner.CreateHubAsync(ApiClient.NewHub("Before", "private"));
        var slug = hub["slug"]!.GetValue<string>();
        const string read = """{ hub(slug: "SLUG") { title revision sections { title } } }""";
        var query = read.Replace("SLUG", slug);

        var first = (await owner.GraphQLAsync(query)).Data()["hub"]!.ToJsonString();
        (await owner.GraphQLAsync(query)).Data()["hub"]!.ToJsonString().ShouldBe(first);
        (await outsider.GraphQLAsync(query)).Data()["hub"].ShouldBeNull();
        await owner.GraphQLAsync(Update, new { slug, version = etag, input = Input("After", "PRIVATE") });

        var after = (await owner.GraphQLAsync(query)).Data()["hub"]!;
        after["title"]!.GetValue<string>().ShouldBe("After");
        after["revision"]!.GetValue<int>().ShouldBe(2);
        (await outsider.GraphQLAsync(query)).Data()["hub"].ShouldBeNull();
    }

    [Fact]
    public async Task ValidationErrorsNameTheFieldsOfTheInput()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var input = new
        {
            title = new string('x', 300),
            sections = new[] { new { kind = "nonsense", title = "T", markdown = "M" } },
        };

        var error = (await client.GraphQLAsync(Create, new { input })).Error();

        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("BAD_USER_INPUT");
        var fields = error["extensions"]!["fields"]!.AsObject();
        fields.ContainsKey("input.title").ShouldBeTrue(fields.ToJsonString());
        fields.ContainsKey("input.sections[0].kind").ShouldBeTrue(fields.ToJsonString());
        error["path"]![0]!.GetValue<string>().ShouldBe("createHub");
    }

    [Fact]
    public async Task OnlyTheOwnerOrAnAdminUpdatesOrDeletesAndAnonymousCallersAreAskedToSignIn()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var (other, _, _) = await factory.SignUpAsync();
        var created = (await owner.GraphQLAsync(Create, new { input = Input() })).Data()["createHub"]!;
        var slug = created["slug"]!.GetValue<string>();
        var version = created["version"]!.GetValue<string>();

        (await factory.CreateClient().GraphQLAsync(Create, new { input = Input() })).Error()["extensions"]!["code"]!.GetValue<string>()
            .ShouldBe("UNAUTHENTICATED");
        (await other.GraphQLAsync(Update, new { slug, version, input = Input("Hijack") })).Error()["extensions"]!["code"]!.GetValue<string>()
            .ShouldBe("FORBIDDEN");
        (await other.GraphQLAsync("mutation ($s: String!) { deleteHub(slug: $s) }", new { s = slug })).Error()["extensions"]!["code"]!
            .GetValue<string>().ShouldBe("FORBIDDEN");
        (await owner.GraphQLAsync("mutation ($s: String!) { deleteHub(slug: $s) }", new { s = slug })).Data()["deleteHub"]!.GetValue<bool>()
            .ShouldBeTrue();
        (await owner.GetAsync($"/api/v1/hubs/{slug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AMentorVerifiesAChallengeAndALearnerMayNot()
    {
        var (owner, _, _) = await factory.SignUpAsync();
        var created = (await owner.GraphQLAsync(Create, new { input = Input() })).Data()["createHub"]!;
        var slug = created["slug"]!.GetValue<string>();
        var id = created["challenges"]![0]!["id"]!.GetValue<string>();
        var mentor = await factory.SignUpMentorAsync();
        const string verify = "mutation ($s: String!, $id: ID!) { verifyChallenge(slug: $s, id: $id) { id verifiedBy { handle } } }";

        (await owner.GraphQLAsync(verify, new { s = slug, id })).Error()["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
        var verified = (await mentor.GraphQLAsync(verify, new { s = slug, id })).Data()["verifyChallenge"]!;

        verified["verifiedBy"]!["handle"].ShouldNotBeNull();
        (await owner.GetHubAsync(slug)).Hub["challenges"]![0]!["verifiedBy"].ShouldNotBeNull();
    }

    [Fact]
    public async Task ImportingAReadmePreviewsOnADryRunAndCreatesOtherwise()
    {
        var (client, _, _) = await factory.SignUpAsync();
        const string markdown = "# My Learning Hub\n\n## Overview\n\nI learned Django.\n\n## Key Technologies\n\n- **Django**: models\n";
        const string import = "mutation ($md: String!, $dry: Boolean!) { importReadme(markdown: $md, dryRun: $dry) { created hub { slug title version technologies { slug } } } }";

        var preview = (await client.GraphQLAsync(import, new { md = markdown, dry = true })).Data()["importReadme"]!;
        var created = (await client.GraphQLAsync(import, new { md = markdown, dry = false })).Data()["importReadme"]!;

        preview["created"]!.GetValue<bool>().ShouldBeFalse();
        preview["hub"]!["version"].ShouldBeNull();
        preview["hub"]!["title"]!.GetValue<string>().ShouldBe("My Learning Hub");
        created["created"]!.GetValue<bool>().ShouldBeTrue();
        (await client.GetHubAsync(created["hub"]!["slug"]!.GetValue<string>())).Hub["title"]!.GetValue<string>().ShouldBe("My Learning Hub");
    }
}
