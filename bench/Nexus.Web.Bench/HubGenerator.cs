namespace Nexus.Web.Bench;

/// <summary>Realistic-looking hub content from a fixed seed, so every run loads the same data.</summary>
public sealed class HubGenerator(string[] technologies, string[] concepts, int seed)
{
    private static readonly string[] Sentences =
    [
        "I started the program writing scripts and finished it shipping services with tests and CI.",
        "Reading the documentation first saved me more time than any tutorial.",
        "Our team agreed on the API contract before writing code, which made integration boring in a good way.",
        "Profiling showed that most of the latency came from queries issued inside a loop.",
        "Moving slow work to background jobs kept the request path fast and predictable.",
        "Containerising the stack made onboarding a new teammate take minutes instead of a day.",
        "Pair programming with a frontend learner taught me what a friendly error response looks like.",
        "Writing the challenge down after solving it helped the next learner who hit the same wall.",
    ];

    public object Create(string slug, int index)
    {
        var random = new Random(seed + index);
        string Prose(int count) => string.Join(" ", Enumerable.Range(0, count).Select(_ => Sentences[random.Next(Sentences.Length)]));
        var techs = technologies.OrderBy(_ => random.Next()).Take(random.Next(5, 10)).ToArray();
        return new
        {
            slug,
            title = $"Learning hub {index}: {string.Join(", ", techs.Take(3))}",
            summary = Prose(2),
            visibility = "public",
            sections = new[]
            {
                new { kind = "overview", title = "Overview", markdown = Prose(4) },
                new { kind = "collaboration", title = "Collaboration", markdown = Prose(3) },
                new { kind = "growth", title = "Personal Growth", markdown = Prose(3) },
                new { kind = "future-goals", title = "Future Goals", markdown = Prose(2) },
            },
            technologies = techs.Select(t => new { slug = t, note = Prose(1) }).ToArray(),
            concepts = concepts.OrderBy(_ => random.Next()).Take(random.Next(3, 6)).Select(c => new { slug = c, note = Prose(1) }).ToArray(),
            challenges = Enumerable.Range(0, random.Next(2, 5)).Select(i => new
            {
                title = $"Challenge {i + 1} with {techs[i % techs.Length]}",
                problem = Prose(2),
                solution = Prose(2),
                result = $"Response time from {random.Next(900, 3000)}ms to {random.Next(80, 400)}ms.",
                technologies = new[] { techs[i % techs.Length] },
            }).ToArray(),
            takeaways = Enumerable.Range(0, 4).Select(_ => new { text = Sentences[random.Next(Sentences.Length)] }).ToArray(),
            snippets = new[] { new { title = "Query", language = "python", code = "Hub.objects.select_related('owner').prefetch_related('tags')", description = "No N+1." } },
            resources = new[] { new { title = "Documentation", url = "https://docs.djangoproject.com/en/5.0/" } },
            projects = new[] { new { name = $"project-{index}", description = Prose(1), repositoryUrl = $"https://github.com/bench/project-{index}", role = "Backend" } },
        };
    }
}
