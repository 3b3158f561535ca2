namespace Nexus.Documents.Tests;

public class CatalogueTests
{
    private static readonly Catalogue Catalogue = TestCatalogue.Instance;

    [Theory]
    [InlineData("DRF", "django-rest-framework")]
    [InlineData("django rest-framework", "django-rest-framework")]
    [InlineData("Postgres", "postgresql")]
    [InlineData("POSTGRESQL", "postgresql")]
    [InlineData("GH Actions", "github-actions")]
    [InlineData("github  actions", "github-actions")]
    [InlineData("C#", "csharp")]
    [InlineData("C++", "cpp")]
    [InlineData("c", "c")]
    [InlineData("NodeJS", "nodejs")]
    [InlineData("Django REST Framework (DRF)", "django-rest-framework")]
    [InlineData("Redis Caching", "redis")]
    public void MatchFindsEntriesThroughNamesAndAliasesIgnoringCaseAndPunctuation(string text, string slug)
    {
        Catalogue.Match(text, TopicKind.Technology)?.Slug.ShouldBe(slug);
    }

    [Fact]
    public void MatchKeepsTechnologiesAndConceptsApart()
    {
        Catalogue.Match("Caching", TopicKind.Technology).ShouldBeNull();
        Catalogue.Match("Caching Strategies", TopicKind.Concept)?.Slug.ShouldBe("caching");
        Catalogue.Match("Quantum Basket Weaving", TopicKind.Technology).ShouldBeNull();
    }

    [Theory]
    [InlineData("- **Python** – Core language", "Python", "Core language")]
    [InlineData("* **Django**: Built the API", "Django", "Built the API")]
    [InlineData("- **Docker:** containers", "Docker", "containers")]
    [InlineData("- Redis - caching layer", "Redis", "caching layer")]
    [InlineData("+ GraphQL", "GraphQL", "")]
    [InlineData("1. Celery: background jobs", "Celery", "background jobs")]
    public void ImportReadsEveryTechnologyBulletShape(string bullet, string name, string note)
    {
        var hub = ReadmeImporter.Import($"# Hub\n\n## Technologies\n\n{bullet}\n", Catalogue).Hub;

        hub.Technologies.Single().ShouldSatisfyAllConditions(
            t => t.Name.ShouldBe(name),
            t => t.Note.ShouldBe(note),
            t => t.Slug.ShouldNotBeNull());
    }

    [Fact]
    public void ImportSplitsKnownPairsButNotNamesWithBracketedLists()
    {
        var hub = ReadmeImporter.Import("# Hub\n\n## Tech Stack\n\n- Celery & RabbitMQ – queues\n- Python (Django, DRF)\n- CI/CD Pipelines\n", Catalogue).Hub;

        hub.Technologies.Select(t => (t.Slug, t.Name, t.Note)).ShouldBe(
        [
            ("celery", "Celery", "queues"), ("rabbitmq", "RabbitMQ", "queues"),
            ("python", "Python (Django, DRF)", ""), ("ci-cd", "CI/CD Pipelines", ""),
        ]);
    }

    [Fact]
    public void ImportReadsTechnologiesFromNestedListsAndTablesAndProposesUnknownOnes()
    {
        const string markdown = "# Hub\n\n## Tools\n\nWhat I used.\n\n- **Backend**\n  - Django – views\n  - Celery\n\n| Tool | Why |\n|---|---|\n| Docker | images |\n| Nomad | scheduling |\n";

        var (hub, report) = ReadmeImporter.Import(markdown, Catalogue);

        hub.Technologies.Select(t => t.Name).ShouldBe(["Backend", "Django", "Celery", "Docker", "Nomad"]);
        hub.Technologies[3].Note.ShouldBe("images");
        hub.Sections.Single().Markdown.ShouldBe("What I used.");
        report.Technologies.Where(t => !t.Matched).Select(t => t.Name).ShouldBe(["Backend", "Nomad"]);
    }
}
