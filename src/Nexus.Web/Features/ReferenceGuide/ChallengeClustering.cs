namespace Nexus.Web.Features.ReferenceGuide;

/// <summary>One challenge as clustering sees it.</summary>
public sealed record ClusterInput(long Id, string Title, string Problem, IReadOnlyList<string> Technologies);

/// <summary>
/// Groups challenges that describe the same problem: single-link clustering over <see cref="ChallengeSimilarity"/>
/// (two challenges are linked when their idea sets overlap at least <see cref="Threshold"/>; clusters are the
/// connected parts). Deterministic: clusters and their members come out in input order.
/// </summary>
public static class ChallengeClustering
{
    public const double Threshold = 0.4;

    public static List<List<ClusterInput>> Cluster(IReadOnlyList<ClusterInput> challenges, double threshold = Threshold)
    {
        var ideas = challenges.Select(c => ChallengeSimilarity.Ideas(c.Title, c.Problem, c.Technologies)).ToList();
        var titles = challenges.Select(c => ChallengeSimilarity.Ideas(c.Title, "", [])).ToList();
        var parent = Enumerable.Range(0, challenges.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);

        for (var i = 0; i < challenges.Count; i++)
        {
            for (var j = i + 1; j < challenges.Count; j++)
            {
                // Titles alone carry the problem best; the whole (title, technologies, problem ideas) catches retellings.
                var sameNamedProblem = titles[i].Any(idea => ChallengeSimilarity.NamedProblems.Contains(idea) && titles[j].Contains(idea));
                if (sameNamedProblem
                    || Math.Max(ChallengeSimilarity.Similarity(titles[i], titles[j]), ChallengeSimilarity.Similarity(ideas[i], ideas[j])) >= threshold)
                {
                    var (a, b) = (Find(i), Find(j));
                    parent[Math.Max(a, b)] = Math.Min(a, b);
                }
            }
        }

        return [.. Enumerable.Range(0, challenges.Count).GroupBy(Find).Select(g => g.Select(i => challenges[i]).ToList())];
    }
}
