using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Nexus.Web.Tests.Infrastructure;

namespace Nexus.Web.Tests.Imports;

public sealed class ImportExportTests(NexusFactory factory) : IClassFixture<NexusFactory>
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Imports", "Fixtures", "learner-readme.md"));

    [Fact]
    public async Task ADryRunShowsTheReportAndTheHubWithoutSavingIt()
    {
        var (client, _, _) = await factory.SignUpAsync();

        var response = await client.PostAsJsonAsync("/api/v1/imports", new { markdown = Readme, dryRun = true });

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        var hub = body["hub"]!;
        hub["title"]!.GetValue<string>().ShouldContain("Amara");
        var technologies = hub["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ToList();
        technologies.ShouldContain("django-rest-framework");
        technologies.ShouldContain("postgresql");
        technologies.ShouldContain("github-actions");
        body["proposedEntries"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ShouldContain("Frobnicator");
        body["report"]!["headings"]!.AsArray().Count.ShouldBeGreaterThan(5);
        await (await client.GetAsync($"/api/v1/hubs/{hub["slug"]}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ImportingAReadmeCreatesAStructuredHub()
    {
        var (client, _, _) = await factory.SignUpAsync();

        var response = await client.PostAsJsonAsync("/api/v1/imports", new { markdown = Readme });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var (hub, _) = await client.GetHubAsync(response.Headers.Location!.ToString().Split('/').Last());
        hub["challenges"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ShouldContain("Celery tasks never ran");
        hub["challenges"]!.AsArray().First(c => c!["title"]!.GetValue<string>() == "Celery tasks never ran")!["result"]!
            .GetValue<string>().ShouldContain("2 seconds");
        hub["takeaways"]!.AsArray().Count.ShouldBe(2);
        hub["snippets"]![0]!["language"]!.GetValue<string>().ShouldBe("python");
        hub["resources"]!.AsArray().Select(r => r!["url"]!.GetValue<string>()).ShouldContain("https://docs.djangoproject.com/");
        hub["author"]!["name"]!.GetValue<string>().ShouldBe("Amara Nwosu");
        hub["technologies"]!.AsArray().Select(t => t!["slug"]!.GetValue<string>()).ShouldContain("frobnicator");
        (await factory.CreateClient().GetAsync("/api/v1/technologies/frobnicator")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task AnUploadedFileWithMojibakeIsRepaired()
    {
        var (client, _, _) = await factory.SignUpAsync();
        // UTF-8 bytes decoded as Windows-1252 and saved again as UTF-8: "–" becomes "â€“", "🚀" becomes "ðŸš€".
        var mangled = Encoding.UTF8.GetBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Readme))
            .Replace("\u0080", "€").Replace("\u009a", "š").Replace("\u0093", "“").Replace("\u0094", "”").Replace("\u0099", "™"));

        var response = await client.PostAsync("/api/v1/imports", ImportArchives.Upload(mangled, "README.md", dryRun: true));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var body = await response.ReadJsonAsync();
        body["hub"]!["title"]!.GetValue<string>().ShouldBe("🚀 Amara's Backend Learning Hub");
        body["report"]!["encoding"]!["sequencesRepaired"]!.GetValue<int>().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x89, 0x50 }, "binary")]
    [InlineData(new byte[0], "empty")]
    public async Task BadFilesAreRejectedAndCreateNothing(byte[] content, string code)
    {
        var (client, _, handle) = await factory.SignUpAsync();

        var problem = await (await client.PostAsync("/api/v1/imports", ImportArchives.Upload(content, "README.md", dryRun: false)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe(code);
        var mine = await (await client.GetAsync("/api/v1/hubs?pageSize=100")).ReadJsonAsync();
        mine["items"]!.AsArray().ShouldNotContain(i => i!["owner"]!["handle"]!.GetValue<string>() == handle);
    }

    [Fact]
    public async Task AnOversizedReadmeIsTooLarge()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var huge = Encoding.UTF8.GetBytes("# Big\n\n" + string.Concat(Enumerable.Repeat("word ", 700_000)));

        await (await client.PostAsync("/api/v1/imports", ImportArchives.Upload(huge, "README.md", dryRun: true))).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task ImportsNeedATokenAndAReadme()
    {
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/imports", new { markdown = Readme })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var (client, _, _) = await factory.SignUpAsync();
        await (await client.PostAsJsonAsync("/api/v1/imports", new { dryRun = true })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "markdown");
        await (await client.PostAsync("/api/v1/imports", new StringContent("x", Encoding.UTF8, "text/plain"))).ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task AnArchiveIsImportedInTheBackgroundWithVisibleProgress()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var archive = ImportArchives.Zip(("one/README.md", Readme), ("two/README.md", Readme.Replace("Amara", "Bola")), ("src/app.py", "print('hi')"));

        var response = await client.PostAsync("/api/v1/imports", ImportArchives.Upload(archive, "repos.zip", dryRun: false));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var job = await PollAsync(client, response.Headers.Location!.ToString());
        job["status"]!.GetValue<string>().ShouldBe("succeeded", job.ToJsonString());
        job["total"]!.GetValue<int>().ShouldBe(2);
        job["processed"]!.GetValue<int>().ShouldBe(2);
        var slugs = job["hubs"]!.AsArray().Select(h => h!.GetValue<string>()).ToList();
        slugs.Count.ShouldBe(2);
        (await client.GetHubAsync(slugs[1])).Hub["title"]!.GetValue<string>().ShouldContain("Bola");
        var (other, _, _) = await factory.SignUpAsync();
        await (await other.GetAsync(response.Headers.Location!.ToString())).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AnArchiveWithAPathOutsideItselfIsRefused()
    {
        var (client, _, _) = await factory.SignUpAsync();

        var problem = await (await client.PostAsync("/api/v1/imports", ImportArchives.Upload(ImportArchives.Zip(("../../etc/README.md", Readme)), "evil.zip", dryRun: false)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe("archive-unsafe-path");
    }

    [Fact]
    public async Task AHubExportsAsMarkdownZipAndSafeHtml()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var hub = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiClient.NewHub("Export me"), ApiClient.Json))!.AsObject();
        hub["sections"]![0]!["markdown"] = "Hello <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>";
        var (created, _) = await client.CreateHubAsync(hub);
        var slug = created["slug"]!.GetValue<string>();

        var markdown = await client.GetStringAsync($"/api/v1/hubs/{slug}/export?format=md");
        markdown.ShouldContain("# Export me");
        markdown.ShouldContain("Celery tasks never ran", Case.Sensitive, markdown);

        var zip = new ZipArchive(new MemoryStream(await client.GetByteArrayAsync($"/api/v1/hubs/{slug}/export?format=zip")));
        zip.Entries.Select(e => e.FullName).ShouldContain("README.md");
        zip.Entries.ShouldContain(e => e.FullName.StartsWith("examples/") && e.FullName.EndsWith(".py"));

        var html = await client.GetStringAsync($"/api/v1/hubs/{slug}/export?format=html");
        html.ShouldContain("Export me");
        html.ShouldNotContain("<script>alert");
        html.ShouldNotContain("javascript:");
        html.ShouldNotContain("onerror");
        await (await client.GetAsync($"/api/v1/hubs/{slug}/export?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "format");
    }

    [Fact]
    public async Task AnExportedHubImportsBackToTheSameStructure()
    {
        var (client, _, _) = await factory.SignUpAsync();
        var (created, _) = await client.CreateHubAsync(ApiClient.NewHub("Round trip hub"));
        var markdown = await client.GetStringAsync($"/api/v1/hubs/{created["slug"]}/export?format=md");

        var preview = (await (await client.PostAsJsonAsync("/api/v1/imports", new { markdown, dryRun = true })).ReadJsonAsync())["hub"]!;

        foreach (var part in new[] { "technologies", "concepts", "challenges", "takeaways", "snippets", "resources", "projects" })
        {
            preview[part]!.AsArray().Count.ShouldBe(created[part]!.AsArray().Count, part);
        }

        preview["title"]!.GetValue<string>().ShouldBe("Round trip hub");
        preview["technologies"]!.AsArray().Select(t => t!["note"]!.GetValue<string>())
            .ShouldBe(created["technologies"]!.AsArray().Select(t => t!["note"]!.GetValue<string>()));
    }

    private static async Task<JsonObject> PollAsync(HttpClient client, string location)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var job = await (await client.GetAsync(location)).ReadJsonAsync();
            if (job["status"]!.GetValue<string>() is "succeeded" or "failed")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"import job at {location} did not finish: {(await (await client.GetAsync(location)).ReadJsonAsync()).ToJsonString()}");
    }
}
