namespace Nexus.Web.Bench;

/// <summary>Requests every hub once, so per-node caches hold them all before the measured run.</summary>
public static class Warmer
{
    public static async Task<int> WarmAsync(Uri baseUrl, string[] slugs)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        var started = System.Diagnostics.Stopwatch.StartNew();
        var failures = 0;
        await Parallel.ForEachAsync(slugs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (slug, ct) =>
        {
            using var response = await http.GetAsync($"/api/v1/hubs/{slug}", ct);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        });
        Console.WriteLine($"warmed {slugs.Length} hubs in {started.Elapsed.TotalSeconds:F1}s ({slugs.Length / started.Elapsed.TotalSeconds:F0} cold reads/s), {failures} failures");
        return failures == 0 ? 0 : 1;
    }
}
