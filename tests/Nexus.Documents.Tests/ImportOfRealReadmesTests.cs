namespace Nexus.Documents.Tests;

public class ImportOfRealReadmesTests
{
    [Fact]
    public void ImportReadsThePlainReadmeIntoSectionsByMeaning()
    {
        var (hub, report) = Fixture.Import("plain-utf8.md");

        hub.Title.ShouldBe("ALX Project Nexus – ProDev Backend Engineering");
        hub.Sections.Select(s => s.Kind).ShouldBe(
        [
            SectionKind.Overview, SectionKind.Technologies, SectionKind.Concepts, SectionKind.Challenges,
            SectionKind.BestPractices, SectionKind.Collaboration, SectionKind.Growth, SectionKind.Custom,
        ]);
        report.Headings.Select(h => h.RecognisedAs).ShouldContain("author");
        report.Encoding.SequencesRepaired.ShouldBe(0);
    }

    [Fact]
    public void ImportTakesPlainBulletsAsTechnologiesAndSplitsKnownPairs()
    {
        var hub = Fixture.Import("plain-utf8.md").Hub;

        hub.Technologies.Select(t => t.Name).ShouldBe(
        [
            "Python", "Django", "RESTful APIs", "GraphQL", "Docker", "CI/CD Pipelines", "Celery", "RabbitMQ",
            "Redis Caching", "PostgreSQL", "Swagger API Documentation",
        ]);
        hub.Technologies.Single(t => t.Name == "Celery").Slug.ShouldBe("celery");
        hub.Technologies.Single(t => t.Name == "Redis Caching").Slug.ShouldBe("redis");
        hub.Technologies.Single(t => t.Name == "RESTful APIs").Slug.ShouldBeNull();
        hub.Concepts.Count.ShouldBe(11);
        hub.Concepts.Select(c => c.Slug).ShouldContain("authorization");
        hub.Concepts.Single(c => c.Name == "Caching Strategies").Slug.ShouldBe("caching");
    }

    [Fact]
    public void ImportReadsNumberedChallengeBlocksWithChallengeAndSolutionLabels()
    {
        var hub = Fixture.Import("plain-utf8.md").Hub;

        hub.Challenges.Count.ShouldBe(4);
        hub.Challenges[1].ShouldSatisfyAllConditions(
            c => c.Title.ShouldBe("Performance Optimization"),
            c => c.Problem.ShouldBe("Slow database queries on property listings."),
            c => c.Solution.ShouldBe("Implemented Redis caching at view and queryset levels with cache invalidation using Django signals."));
        hub.Takeaways.Count.ShouldBe(8);
    }

    [Fact]
    public void ImportKeepsUnstructuredAuthorProseAsACustomSection()
    {
        var hub = Fixture.Import("plain-utf8.md").Hub;

        hub.Author.ShouldNotBeNull();
        hub.Author.Name.ShouldBe("Grace");
        hub.Author.Program.ShouldBe("ProDev Backend Engineering Learner");
        var custom = hub.Sections.Last();
        custom.Title.ShouldBe("Author");
        custom.Markdown.ShouldContain("ALX Africa");
        custom.Markdown.ShouldContain("#ALX_SE #ALX_BE #ProDevBackend");
    }

    [Fact]
    public void ImportRepairsTheMojibakeReadmeAndReportsIt()
    {
        var (hub, report) = Fixture.Import("mojibake-1254-lost-bytes.md");

        report.Encoding.SequencesRepaired.ShouldBe(24);
        report.Encoding.MisreadCodePage.ShouldBe("windows-1254");
        report.Encoding.Replacements.ShouldBe(1);
        hub.Sections.Select(s => s.Title).ShouldContain("🚀 Key Technologies Covered");
        hub.Technologies[0].ShouldBe(new TopicNote("python", "Python", "Core programming language used throughout the program."));
        hub.Technologies.Single(t => t.Name == "Django REST Framework (DRF)").Slug.ShouldBe("django-rest-framework");
        hub.Takeaways[0].ShouldBe("Write **modular, reusable code** — follow DRY principles.");
    }

    [Fact]
    public void ImportReadsChallengeTablesAndLinksAndTheAuthorLine()
    {
        var (hub, report) = Fixture.Import("mojibake-1254-lost-bytes.md");

        hub.Challenges.Count.ShouldBe(4);
        hub.Challenges[1].Title.ShouldBe("Complex query optimization");
        hub.Challenges[1].Solution.ShouldBe("Used `select_related`, `prefetch_related`, and raw SQL");
        hub.Resources.Count.ShouldBe(4);
        hub.Resources[0].ShouldBe(new ResourceDocument("Django Documentation", "https://docs.djangoproject.com/en/5.2/"));
        hub.Author.ShouldBe(new AuthorDocument("Brenda Jematia", "Backend Developer", "", "", ""));
        report.Headings.Single(h => h.RecognisedAs == "author").Heading.ShouldBe("\uFFFD Authors & Acknowledgments");
    }

    [Fact]
    public void ImportReadsEveryShapeInTheChallengeBlocksFixture()
    {
        var (hub, report) = Fixture.Import("challenge-blocks.md");

        hub.Summary.ShouldBe("A hub of what I learned in the **ProDev Backend** program.");
        hub.Technologies.Select(t => (t.Slug, t.Name, t.Note)).ShouldBe(
        [
            ("django", "Django", "Built the property listing API."),
            ("django-rest-framework", "DRF", "serializers and viewsets"),
            ("postgresql", "Postgres", "the main database"),
            ("github-actions", "GH Actions", ""),
            ("kubernetes", "Kubernetes", "deployed the final project"),
            (null, "Helm", "charts for the services"),
        ]);
        hub.Concepts.Select(c => c.Slug).ShouldBe(["caching", "message-queues", null]);
        hub.Challenges.Count.ShouldBe(4);
        hub.Challenges[0].ShouldSatisfyAllConditions(
            c => c.Title.ShouldBe("Slow property listings"),
            c => c.Solution.ShouldBe("- Added `select_related` to the queryset\n- Cached the first page in Redis"),
            c => c.Result.ShouldBe("Response time dropped from 2.5s to 300ms."));
        hub.Challenges[2].ShouldBe(hub.Challenges[2] with { Title = "Steep Learning Curve", Problem = "GraphQL resolvers were new to me." });
        hub.Challenges[3].Title.ShouldBe("Time management");
        hub.Takeaways[1].ShouldBe("Write tests first\nfor anything touching payments.");
        hub.Snippets.Select(s => (s.Title, s.Language)).ShouldBe([("Cached queryset", "python"), ("Repository Structure", "text")]);
        hub.Snippets[0].Description.ShouldBe("Cache the first page for five minutes.");
        hub.Author.ShouldBe(new AuthorDocument("Amina Yusuf", "ALX ProDev Backend", "https://github.com/amina-yusuf",
            "https://www.linkedin.com/in/amina-yusuf", "amina@example.com"));
        hub.Resources.Select(r => r.Url).ShouldBe(["https://docs.djangoproject.com/", "https://www.postgresql.org/docs/"]);
        report.CustomSections.ShouldBe(["Repository Structure"]);
        report.MatchedTechnologies.ShouldBe(5);
        report.ProposedTechnologies.ShouldBe(1);
    }

    [Fact]
    public void ImportKeepsABannerAboveTheTitleInTheSummary()
    {
        var hub = Fixture.Import("banner-tables-contact.md").Hub;

        hub.Title.ShouldBe("📘 ProDev Backend — Learning Hub");
        hub.Summary.ShouldBe("<p align=\"center\"><img src=\"banner.png\" width=\"600\"></p>\n\n[![Build](https://img.shields.io/badge/build-passing-green.svg)](https://github.com/x/y)");
    }

    [Fact]
    public void ImportReadsTechnologyTablesItalicLabelsAndContactLines()
    {
        var hub = Fixture.Import("banner-tables-contact.md").Hub;

        hub.Technologies.Select(t => (t.Slug, t.Name, t.Note)).ShouldBe([("python", "Python 3.12", "Language"), (null, "FastAPI", "APIs"), ("postgresql", "Postgres", "Storage")]);
        hub.Concepts[1].ShouldBe(new TopicNote("caching", "Caching", "cache-aside with TTLs"));
        hub.Challenges[0].ShouldBe(hub.Challenges[0] with
        {
            Title = "Celery tasks not executing",
            Problem = "the worker used a different broker URL.",
            Solution = "set `CELERY_BROKER_URL` in both services.",
            Result = "all tasks run.",
        });
        hub.Author.ShouldBe(new AuthorDocument("", "", "https://github.com/zoe", "https://linkedin.com/in/zoe", "zoe@example.com"));
        hub.Sections.Select(s => s.Title).ShouldContain("Table of Contents");
    }
}
