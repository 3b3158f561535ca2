using Nexus.Web.Features.ReferenceGuide;
using Xunit.Abstractions;

namespace Nexus.Web.Tests.ReferenceGuide;

public sealed class ChallengeClusteringTests(ITestOutputHelper output)
{
    [Fact]
    public void TheLabelledSetIsLargeEnoughToMeanSomething()
    {
        LabelledChallenges.All.Length.ShouldBeGreaterThanOrEqualTo(40);
    }

    [Fact]
    public void ClustersReachPrecisionAndRecallOfAtLeastEightyPercentOnTheLabelledSet()
    {
        var inputs = LabelledChallenges.All.Select((c, i) => new ClusterInput(i, c.Title, c.Problem, c.Technologies)).ToList();
        var (precision, recall) = Evaluate(inputs, [.. LabelledChallenges.All.Select(c => c.Label)]);

        precision.ShouldBeGreaterThanOrEqualTo(0.8);
        recall.ShouldBeGreaterThanOrEqualTo(0.8);
    }

    [Fact]
    public void ClustersReachPrecisionAndRecallOfAtLeastEightyPercentOnTheDemoCohortsChallenges()
    {
        var demo = DemoChallenges.Load();
        demo.Count.ShouldBeGreaterThanOrEqualTo(40);

        var (precision, recall) = Evaluate([.. demo.Select(d => d.Challenge)], [.. demo.Select(d => d.Label)]);

        precision.ShouldBeGreaterThanOrEqualTo(0.8);
        recall.ShouldBeGreaterThanOrEqualTo(0.8);
    }

    private (double Precision, double Recall) Evaluate(List<ClusterInput> inputs, string[] labels)
    {
        var clusters = ChallengeClustering.Cluster(inputs);
        var clusterOf = clusters.SelectMany((members, n) => members.Select(m => (m.Id, n))).ToDictionary(x => x.Id, x => x.n);

        int truePairs = 0, predictedPairs = 0, correctPairs = 0;
        for (var i = 0; i < inputs.Count; i++)
        {
            for (var j = i + 1; j < inputs.Count; j++)
            {
                var same = labels[i] == labels[j];
                var together = clusterOf[i] == clusterOf[j];
                truePairs += same ? 1 : 0;
                predictedPairs += together ? 1 : 0;
                correctPairs += same && together ? 1 : 0;
            }
        }

        var precision = (double)correctPairs / predictedPairs;
        var recall = (double)correctPairs / truePairs;
        output.WriteLine($"pairwise precision {precision:F3}, recall {recall:F3}, {clusters.Count} clusters of {inputs.Count} challenges");
        foreach (var cluster in clusters)
        {
            output.WriteLine(string.Join(" | ", cluster.Select(c => $"{labels[c.Id]}: {c.Title}")));
        }

        return (precision, recall);
    }

    [Fact]
    public void TheSameProblemInDifferentWordsIsOneCluster()
    {
        var clusters = ChallengeClustering.Cluster(
        [
            new(1, "Celery tasks never run", "", ["celery"]),
            new(2, "Background tasks not executing", "", []),
            new(3, "worker not picking up jobs", "", []),
            new(4, "CORS errors calling the Django API", "", ["django-cors-headers"]),
        ]);

        clusters.Select(c => c.Select(m => m.Id).ToArray()).ShouldBe([[1L, 2L, 3L], [4L]]);
    }

    [Fact]
    public void StemmingMakesWordFormsOne()
    {
        ChallengeSimilarity.Stem("executing").ShouldBe(ChallengeSimilarity.Stem("executed"));
        ChallengeSimilarity.Stem("execute").ShouldBe(ChallengeSimilarity.Stem("executes"));
        ChallengeSimilarity.Stem("queries").ShouldBe("query");
    }
}
