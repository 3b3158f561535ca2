using System.Net.Http.Json;
using System.Text.Json;
using Nexus.Web.Bench;

// Seeds a running Nexus with generated hubs through its public API (the same path learners use) and
// writes their slugs for wrk; or, with "warm", reads every slug once so a run measures the steady state; or, with
// "seed-search", bulk-loads the search benchmark corpus straight into a new database (see SearchSeeder).
const string Usage = "usage: Nexus.Web.Bench <baseUrl> <hubCount> <slugFile> | Nexus.Web.Bench warm <baseUrl> <slugFile>\n" +
                     "       Nexus.Web.Bench seed-search sqlite <dataDirectory> <hubCount> | seed-search postgres <connectionString> <hubCount>";
if (args is ["warm", var warmUrl, var slugFile])
{
    return await Warmer.WarmAsync(new Uri(warmUrl), await File.ReadAllLinesAsync(slugFile));
}

if (args is ["seed-search", "sqlite" or "postgres", var target, var count] && int.TryParse(count, out var searchHubs) && searchHubs > 0)
{
    return await new SearchSeeder(args[1], target, searchHubs).RunAsync();
}

if (args.Length != 3 || !int.TryParse(args[1], out var hubCount))
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var baseUrl = args[0].TrimEnd('/');
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(2) };
var technologies = (await http.GetFromJsonAsync<JsonElement>("/api/v1/technologies?pageSize=100"))
    .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("slug").GetString()!).ToArray();
var concepts = (await http.GetFromJsonAsync<JsonElement>("/api/v1/concepts?pageSize=100"))
    .GetProperty("items").EnumerateArray().Select(t => t.GetProperty("slug").GetString()!).ToArray();
var generator = new HubGenerator(technologies, concepts, seed: 42);
const int hubsPerLearner = 50;
var learners = (hubCount + hubsPerLearner - 1) / hubsPerLearner;
var slugs = new System.Collections.Concurrent.ConcurrentBag<string>();
var started = System.Diagnostics.Stopwatch.StartNew();

await Parallel.ForEachAsync(Enumerable.Range(0, learners), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (learner, ct) =>
{
    using var client = new HttpClient { BaseAddress = http.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
    var handle = $"bench{learner:D5}";
    var register = await client.PostAsJsonAsync("/api/v1/auth/register", new
    {
        email = $"{handle}@bench.nexus.local", password = "bench-password-123", handle, displayName = $"Bench Learner {learner}",
        track = (learner % 3) switch { 0 => "backend", 1 => "frontend", _ => "fullstack" }, cohort = $"2025-{learner % 12 + 1:D2}",
    }, ct);
    register.EnsureSuccessStatusCode();
    var token = (await register.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString();
    client.DefaultRequestHeaders.Authorization = new("Bearer", token);
    for (var i = 0; i < hubsPerLearner && learner * hubsPerLearner + i < hubCount; i++)
    {
        var slug = $"{handle}-hub-{i:D2}";
        var response = await client.PostAsJsonAsync("/api/v1/hubs", generator.Create(slug, learner * hubsPerLearner + i), ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{slug}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        slugs.Add(slug);
    }
});

await File.WriteAllLinesAsync(args[2], slugs.Order());
Console.WriteLine($"seeded {slugs.Count} hubs for {learners} learners in {started.Elapsed.TotalSeconds:F1}s");
return 0;
