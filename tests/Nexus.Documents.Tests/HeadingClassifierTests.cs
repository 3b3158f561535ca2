namespace Nexus.Documents.Tests;

public class HeadingClassifierTests
{
    [Theory]
    [InlineData("Key Technologies Covered", "technologies")]
    [InlineData("🛠️ Key Technologies", "technologies")]
    [InlineData("Core Backend Concepts", "concepts")]
    [InlineData("Important Backend Development Concepts", "concepts")]
    [InlineData("Backend Concepts Explored", "concepts")]
    [InlineData("Challenges & Solutions", "challenges")]
    [InlineData("Challenges Faced & Solutions Implemented", "challenges")]
    [InlineData("3. Challenges Faced:", "challenges")]
    [InlineData("Best Practices & Personal Takeaways", "best-practices")]
    [InlineData("Collaboration – Key for Success", "collaboration")]
    [InlineData("Personal Growth", "growth")]
    [InlineData("🎯 Future Goals!", "future-goals")]
    [InlineData("Author", "author")]
    [InlineData("🤝 Authors & Acknowledgments", "author")]
    [InlineData("Program Overview", "overview")]
    [InlineData("Useful Links", "resources")]
    [InlineData("💻 Code Snippets", "snippets")]
    [InlineData("Projects I Built", "projects")]
    [InlineData("Repository Structure", "custom")]
    [InlineData("Weekly Standups", "custom")]
    public void ClassifyMapsHeadingsByMeaning(string heading, string expected)
    {
        HeadingClassifier.Classify(heading).ToWire().ShouldBe(expected);
    }

    [Fact]
    public void SectionKindsConvertToAndFromTheirWireNames()
    {
        foreach (var kind in Enum.GetValues<SectionKind>())
            SectionKinds.Parse(kind.ToWire()).ShouldBe(kind);
        SectionKind.BestPractices.ToWire().ShouldBe("best-practices");
        SectionKinds.TryParse("FUTURE-GOALS", out var parsed).ShouldBeTrue();
        parsed.ShouldBe(SectionKind.FutureGoals);
        SectionKinds.TryParse("nope", out _).ShouldBeFalse();
    }

    [Fact]
    public void ImportFindsSectionsAtAnyHeadingLevelIncludingSetextHeadings()
    {
        const string markdown = "My Hub\n======\n\nIntro.\n\n### 1. Key Technologies\n\n- Docker\n\nChallenges\n----------\n\n- **Slow builds**: cached layers\n";

        var hub = ReadmeImporter.Import(markdown, TestCatalogue.Instance).Hub;

        hub.Title.ShouldBe("My Hub");
        hub.Summary.ShouldBe("Intro.");
        hub.Sections.Select(s => s.Kind).ShouldBe([SectionKind.Technologies, SectionKind.Challenges]);
        hub.Technologies.Single().Slug.ShouldBe("docker");
        hub.Challenges.Single().ShouldBe(hub.Challenges[0] with { Title = "Slow builds", Problem = "cached layers" });
    }

    [Fact]
    public void ImportKeepsSubHeadingsOfAPlainSectionInsideIt()
    {
        const string markdown = "# Hub\n\n## Collaboration\n\nWe paired.\n\n### Worked With:\n- Frontend learners\n\n### Platforms:\n- Discord\n";

        var hub = ReadmeImporter.Import(markdown, TestCatalogue.Instance).Hub;

        hub.Sections.Single().Markdown.ShouldBe("We paired.\n\n### Worked With:\n- Frontend learners\n\n### Platforms:\n- Discord");
    }
}
