using System.Text.Json;
using System.Text.RegularExpressions;
using SectionKind = Nexus.Documents.SectionKind;
using Nexus.Web;
using Nexus.Web.Features.Hubs;

namespace Nexus.Web.Bench;

/// <summary>
/// Generated hub content for the search benchmark, from a fixed seed. Prose is recombined from the sentences of the
/// demo hubs (real learner writing) plus templated sentences over the catalogue and a long tail of made-up names
/// (projects, cities, people), so word frequencies look like a real corpus: a few very common words, many rare ones.
/// Popular technologies are more frequent than exotic ones (Zipf-like weights over the catalogue order).
/// </summary>
public sealed partial class SearchCorpus
{
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "na", "stay", "ja", "ru", "te", "vo", "zen", "bar", "qui", "do", "fa", "gel", "hu", "pre", "sol",
        "tra", "mer", "ca", "dito", "ngo", "ola", "bi", "ri", "wen", "xo", "yam", "ube", "kin", "dar", "pa", "le", "shi", "mo",
    ];

    private static readonly string[] Problems =
    [
        "requests timed out under load", "the worker never picked up the tasks", "migrations failed on deploy",
        "the cache returned stale data", "tokens expired in the middle of a session", "tests passed locally but failed in CI",
        "the container could not reach the database", "queries ran inside a loop", "uploads blocked the request thread",
        "CORS errors broke the frontend", "memory grew until the pod restarted", "webhooks arrived twice",
    ];

    private static readonly string[] Fixes =
    [
        "moved the slow work to a background queue", "added an index on the filtered column", "prefetched the related rows",
        "set an explicit timeout and a retry with backoff", "pinned the versions and rebuilt the image", "wrote a failing test first",
        "used the service name instead of localhost", "made the handler idempotent", "cached the response for a minute",
        "paginated the endpoint with a cursor", "validated the payload before saving", "read the logs with a correlation id",
    ];

    private static readonly SectionKind[] OtherSections =
        [SectionKind.Collaboration, SectionKind.Growth, SectionKind.BestPractices, SectionKind.FutureGoals, SectionKind.Custom];

    private readonly string[] _sentences;
    private readonly string[] _challengeTitles;
    private readonly (string Problem, string Solution, string Result)[] _challenges;
    private readonly string[] _takeaways;
    private readonly (string Title, string Language, string Code, string Description)[] _snippets;
    private readonly string[] _names;
    private readonly Topic[] _technologies;
    private readonly Topic[] _concepts;
    private readonly double[] _technologyWeights;
    private readonly double[] _conceptWeights;
    private readonly int _seed;

    public sealed record Topic(long Id, string Slug, string Name);

    public SearchCorpus(IReadOnlyList<Topic> technologies, IReadOnlyList<Topic> concepts, int seed)
    {
        var hubs = DemoHubs().ToList();
        string[] Texts(Func<JsonElement, IEnumerable<string>> select) => [.. hubs.SelectMany(select).Where(t => t.Length > 0)];

        _sentences = [.. Texts(h => h.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("markdown").GetString()!))
            .Concat(Texts(h => [h.GetProperty("summary").GetString()!]))
            .SelectMany(Sentences).Distinct()];
        _challengeTitles = Texts(h => h.GetProperty("challenges").EnumerateArray().Select(c => c.GetProperty("title").GetString()!));
        _challenges = [.. hubs.SelectMany(h => h.GetProperty("challenges").EnumerateArray()).Select(c =>
            (c.GetProperty("problem").GetString()!, c.GetProperty("solution").GetString()!, c.GetProperty("result").GetString()!))];
        _takeaways = Texts(h => h.GetProperty("takeaways").EnumerateArray().Select(t => t.GetProperty("text").GetString()!));
        _snippets = [.. hubs.SelectMany(h => h.GetProperty("snippets").EnumerateArray()).Select(s => (
            s.GetProperty("title").GetString()!, s.GetProperty("language").GetString()!, s.GetProperty("code").GetString()!,
            s.GetProperty("description").GetString()!))];

        // The long tail: about 150,000 distinct made-up names, used with a skewed frequency.
        _seed = seed;
        var random = new Random(seed);
        _names = [.. Enumerable.Range(0, 160_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5))
            .Select(_ => Syllables[random.Next(Syllables.Length)]))).Distinct()];
        _technologies = [.. technologies];
        _concepts = [.. concepts];
        _technologyWeights = ZipfWeights(_technologies.Length);
        _conceptWeights = ZipfWeights(_concepts.Length);
    }

    public int SentenceCount => _sentences.Length;

    /// <summary>A hub with every part the search index reads (ids left at zero; the seeder assigns them).</summary>
    public Hub Create(int index, DateTimeOffset updatedAt, HubVisibility visibility)
    {
        // Not HashCode.Combine: it is seeded per process, and the corpus must be the same on every run.
        var random = new Random(unchecked((_seed * 1_000_003) + index));
        var technologies = Pick(random, _technologies, _technologyWeights, random.Next(4, 10));
        var concepts = Pick(random, _concepts, _conceptWeights, random.Next(2, 6));
        var project = Capitalized(Name(random));
        var hub = new Hub
        {
            Title = $"{project}: {string.Join(", ", technologies.Take(3).Select(t => t.Name))} and what broke on the way",
            Summary = $"How I built {project}, a {Name(random)} app for {Capitalized(Name(random))}. {Prose(random, 1)}",
            Visibility = visibility,
            CreatedAt = updatedAt.AddDays(-random.Next(1, 120)),
            UpdatedAt = updatedAt,
        };
        hub.Sections.Add(Section(SectionKind.Overview, "Overview", $"{hub.Summary}\n\n{Prose(random, random.Next(3, 7))}\n\n{Templated(random, technologies)}", 0));
        foreach (var (kind, position) in OtherSections.OrderBy(_ => random.Next()).Take(random.Next(2, 5)).Select((k, i) => (k, i + 1)))
        {
            var title = kind == SectionKind.Custom ? $"Notes on {technologies[random.Next(technologies.Count)].Name}" : Titles[kind];
            hub.Sections.Add(Section(kind, title, $"{Prose(random, random.Next(2, 6))}\n\n- {Templated(random, technologies)}\n- {Prose(random, 1)}", position));
        }

        var topics = technologies.Concat(concepts).Select((t, i) => new HubTopic { EntryId = t.Id, Note = Templated(random, [t]), Position = i });
        hub.Topics.AddRange(topics);
        var challenges = random.Next(1, 5);
        for (var i = 0; i < challenges; i++)
        {
            var (problem, solution, result) = _challenges[random.Next(_challenges.Length)];
            var technology = technologies[random.Next(technologies.Count)];
            var challenge = new Challenge
            {
                Title = random.Next(3) == 0 ? $"{technology.Name}: {Problems[random.Next(Problems.Length)]}" : _challengeTitles[random.Next(_challengeTitles.Length)],
                Problem = $"{problem} {Capitalized(Problems[random.Next(Problems.Length)])} in {project}.",
                Solution = $"{solution} I {Fixes[random.Next(Fixes.Length)]}.",
                Result = result,
                Position = i,
            };
            challenge.Technologies.Add(new ChallengeTechnology { EntryId = technology.Id });
            hub.Challenges.Add(challenge);
        }

        var takeaways = random.Next(2, 6);
        for (var i = 0; i < takeaways; i++)
        {
            hub.Takeaways.Add(new Takeaway { Text = _takeaways[random.Next(_takeaways.Length)], Position = i });
        }

        if (random.Next(2) == 0)
        {
            var (title, language, code, description) = _snippets[random.Next(_snippets.Length)];
            hub.Snippets.Add(new Snippet { Title = title, Language = language, Code = code, Description = description, Position = 0 });
        }

        return hub;
    }

    /// <summary>Whether a challenge is verified: about one in five.</summary>
    public static bool Verified(int hubIndex, int challengeIndex) => ((hubIndex * 7) + challengeIndex) % 5 == 0;

    private static readonly Dictionary<SectionKind, string> Titles = new()
    {
        [SectionKind.Collaboration] = "Collaboration",
        [SectionKind.Growth] = "Personal Growth",
        [SectionKind.BestPractices] = "Best Practices",
        [SectionKind.FutureGoals] = "Future Goals",
    };

    private static HubSection Section(SectionKind kind, string title, string markdown, int position) =>
        new() { Kind = kind, Title = title, Markdown = markdown, Position = position };

    private string Prose(Random random, int count) =>
        string.Join(" ", Enumerable.Range(0, count).Select(_ => _sentences[random.Next(_sentences.Length)]));

    private string Templated(Random random, IReadOnlyList<Topic> topics)
    {
        var topic = topics[random.Next(topics.Count)];
        return random.Next(4) switch
        {
            0 => $"With {topic.Name}, {Problems[random.Next(Problems.Length)]} until I {Fixes[random.Next(Fixes.Length)]}.",
            1 => $"I used {topic.Name} in {Capitalized(Name(random))} and {Fixes[random.Next(Fixes.Length)]}.",
            2 => $"{Capitalized(Name(random))} taught me {topic.Name} the hard way: {Problems[random.Next(Problems.Length)]}.",
            _ => $"Next I want to go deeper into {topic.Name} with {Capitalized(Name(random))} from my cohort.",
        };
    }

    // Skewed towards the start of the list so that some names are common and most are rare.
    private string Name(Random random) => _names[(int)(_names.Length * Math.Pow(random.NextDouble(), 2))];

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static List<Topic> Pick(Random random, Topic[] topics, double[] weights, int count)
    {
        var picked = new List<Topic>(count);
        while (picked.Count < Math.Min(count, topics.Length))
        {
            var index = Array.BinarySearch(weights, random.NextDouble() * weights[^1]);
            var topic = topics[Math.Min(topics.Length - 1, index >= 0 ? index : ~index)];
            if (!picked.Contains(topic))
            {
                picked.Add(topic);
            }
        }

        return picked;
    }

    /// <summary>Cumulative weights 1/rank^0.8.</summary>
    private static double[] ZipfWeights(int count)
    {
        var weights = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1 / Math.Pow(i + 1, 0.8);
            weights[i] = total;
        }

        return weights;
    }

    private static IEnumerable<string> Sentences(string markdown) =>
        SentenceEnd().Split(markdown.Replace("\r", "", StringComparison.Ordinal))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ').Length >= 5 && !s.StartsWith('|') && !s.StartsWith("```", StringComparison.Ordinal) && !s.Contains('\n'));

    private static IEnumerable<JsonElement> DemoHubs()
    {
        var assembly = typeof(NexusApplication).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Demo.Data.hub-", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            yield return JsonDocument.Parse(stream).RootElement.GetProperty("hub").Clone();
        }
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n\s*\n|\n(?=[-*] )")]
    private static partial Regex SentenceEnd();
}
