namespace Nexus.Documents.Tests;

public class ChallengeShapeTests
{
    private static IReadOnlyList<ChallengeDocument> Challenges(string body) =>
        ReadmeImporter.Import($"# Hub\n\n## Challenges Faced\n\n{body}\n", TestCatalogue.Instance).Hub.Challenges;

    [Fact]
    public void ImportReadsChallengeTablesWithResultAndTechnologyColumns()
    {
        var challenges = Challenges("| Challenge | Solution | Result | Tools |\n|---|---|---|---|\n| Slow API | Added caching | from 2.5s to 300ms | Redis, Django |\n| Pipes \\| inside | Escaped | ok | |");

        challenges.Count.ShouldBe(2);
        challenges[0].ShouldSatisfyAllConditions(
            c => c.Title.ShouldBe("Slow API"),
            c => c.Solution.ShouldBe("Added caching"),
            c => c.Result.ShouldBe("from 2.5s to 300ms"),
            c => c.Technologies.ShouldBe(["Redis", "Django"]));
        challenges[1].Title.ShouldBe("Pipes | inside");
    }

    [Fact]
    public void ImportReadsChallengeBlocksWithProblemSolutionAndResultLabelsInEveryStyle()
    {
        var challenges = Challenges("""
            ### Challenge 1: Broken deploys
            **Problem**: CI failed on every merge.
            **Solution Implemented:**
            - Pinned the Python version
            - Cached dependencies
            #### Result
            Builds went from 12 min to 3 min.
            **Technologies:** GitHub Actions, Docker

            ### 2) Flaky tests
            Challenge: Random failures.
            Fix: Isolated the database.
            """);

        challenges.Count.ShouldBe(2);
        challenges[0].ShouldSatisfyAllConditions(
            c => c.Title.ShouldBe("Broken deploys"),
            c => c.Problem.ShouldBe("CI failed on every merge."),
            c => c.Solution.ShouldBe("- Pinned the Python version\n- Cached dependencies"),
            c => c.Result.ShouldBe("Builds went from 12 min to 3 min."),
            c => c.Technologies.ShouldBe(["GitHub Actions", "Docker"]));
        challenges[1].ShouldBe(challenges[1] with { Title = "Flaky tests", Problem = "Random failures.", Solution = "Isolated the database." });
    }

    [Fact]
    public void ImportReadsPlainBoldBulletsWithNestedSolutionsAsChallenges()
    {
        var challenges = Challenges("- **Steep Learning Curve**: Django was new.\n  - Solution: Daily katas.\n- Time zones – standups at odd hours");

        challenges.Count.ShouldBe(2);
        challenges[0].ShouldBe(challenges[0] with { Title = "Steep Learning Curve", Problem = "Django was new.", Solution = "Daily katas." });
        challenges[1].Title.ShouldBe("Time zones – standups at odd hours");
    }

    [Fact]
    public void ImportKeepsProseInAChallengesSectionAsTheSectionText()
    {
        var hub = ReadmeImporter.Import("# Hub\n\n## Challenges\n\nThese were hard.\n\n- **Docker**: volumes\n\nMore to come.\n", TestCatalogue.Instance).Hub;

        hub.Sections.Single().Markdown.ShouldBe("These were hard.\n\nMore to come.");
        hub.Challenges.Single().Title.ShouldBe("Docker");
    }

    [Fact]
    public void ImportReadsLabelledParagraphsWithoutHeadingsAsChallengesNamedByTheirProblem()
    {
        var challenges = Challenges("**Problem:** Tests were flaky in CI. Every run differed.\n**Solution:**\n- Isolated the database\n- Fixed seeds\n\n**Result:** Green builds.\n\n**Challenge:** Slow queries.\n**Solution:** Indexes.");

        challenges.Count.ShouldBe(2);
        challenges[0].ShouldSatisfyAllConditions(
            c => c.Title.ShouldBe("Tests were flaky in CI"),
            c => c.Problem.ShouldBe("Tests were flaky in CI. Every run differed."),
            c => c.Solution.ShouldBe("- Isolated the database\n- Fixed seeds"),
            c => c.Result.ShouldBe("Green builds."));
        challenges[1].ShouldBe(challenges[1] with { Title = "Slow queries", Problem = "Slow queries.", Solution = "Indexes." });
    }
}
