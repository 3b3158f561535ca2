using System.IO.Compression;
using System.Text;

namespace Nexus.Documents.Tests;

public class ExportTests
{
    private static readonly HubDocument Hub = new(
        "My Hub 🚀",
        "What I learned.",
        [
            new HubSection(SectionKind.Technologies, "Key Technologies", ""),
            new HubSection(SectionKind.Challenges, "Challenges", "The hard parts."),
            new HubSection(SectionKind.Custom, "Standups", "Daily at 9."),
        ],
        [new TopicNote("python", "Python", "Core language"), new TopicNote(null, "Nomad*", "")],
        [],
        [new ChallengeDocument("Slow API", "Listings took 2.5s.", "- Cached pages\n- Indexed columns", "300ms", ["redis"])],
        [],
        [new SnippetDocument("Cache page", "python", "@cache_page(300)\ndef view(request): ...", "Five minutes."), new SnippetDocument("Build", "dockerfile", "FROM python:3.12", "")],
        [new ResourceDocument("Django Docs", "https://docs.djangoproject.com/")],
        [new ProjectDocument("Alx Travel", "Bookings API.", "https://github.com/me/alx-travel", "Backend")],
        new AuthorDocument("Grace", "ProDev Backend", "https://github.com/grace", "", "grace@example.com"));

    [Fact]
    public void ExportWritesTheCanonicalReadmeLayout()
    {
        HubMarkdownExporter.Export(Hub).ShouldBe("""
            # My Hub 🚀

            What I learned.

            ## Key Technologies

            - **Python** – Core language
            - **Nomad\***

            ## Challenges

            The hard parts.

            ### Slow API

            **Problem:** Listings took 2.5s.

            **Solution:**

            - Cached pages
            - Indexed columns

            **Result:** 300ms

            **Technologies:** redis

            ## Standups

            Daily at 9.

            ## Code Snippets

            ### Cache page

            Five minutes.

            ```python
            @cache_page(300)
            def view(request): ...
            ```

            ### Build

            ```dockerfile
            FROM python:3.12
            ```

            ## Projects

            ### Alx Travel

            Bookings API.

            - **Repository:** https://github.com/me/alx-travel
            - **Role:** Backend

            ## Resources

            - [Django Docs](https://docs.djangoproject.com/)

            ## Author

            - **Name:** Grace
            - **Program:** ProDev Backend
            - **GitHub:** https://github.com/grace
            - **Email:** grace@example.com

            """);
    }

    [Fact]
    public void ExportedReadmeImportsBackToTheSameHub()
    {
        var back = ReadmeImporter.Import(HubMarkdownExporter.Export(Hub), TestCatalogue.Instance).Hub;

        back.StructurallyEquals(Hub).ShouldBeTrue(HubDiff.Describe(Hub, back));
    }

    [Fact]
    public void ArchiveHoldsTheReadmeDocsExamplesWithExtensionsAndProjects()
    {
        using var stream = new MemoryStream();
        HubArchiveExporter.Write(Hub, stream);
        stream.Position = 0;

        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        zip.Entries.Select(e => e.FullName).ShouldBe(
        [
            "README.md", "docs/01-key-technologies.md", "docs/02-challenges.md", "docs/03-standups.md",
            "examples/01-cache-page.py", "examples/02-build.Dockerfile", "projects/01-alx-travel.md",
        ]);
        using var reader = new StreamReader(zip.GetEntry("examples/01-cache-page.py")!.Open(), Encoding.UTF8);
        reader.ReadToEnd().ShouldBe("@cache_page(300)\ndef view(request): ...\n");
    }

    [Fact]
    public void ArchiveReadmeImportsBackToTheSameHub()
    {
        using var stream = new MemoryStream();
        HubArchiveExporter.Write(Hub, stream);
        stream.Position = 0;

        var readme = ArchiveReader.Read(stream).Single(d => d.Path == "README.md");

        ReadmeImporter.Import(readme.Content, TestCatalogue.Instance).Hub.StructurallyEquals(Hub).ShouldBeTrue();
    }

    [Fact]
    public void HtmlExportIsAStandalonePageWithInlineStyleAndNoScripts()
    {
        var html = HubHtmlExporter.Export(Hub with { Summary = "Hi <script>alert(1)</script> <img src=x onerror=alert(2)>" });

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<title>My Hub 🚀</title>");
        html.ShouldContain("<style>");
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("onerror");
        html.ShouldNotContain("<link");
        html.ShouldContain("<h3 id=\"slow-api\">Slow API</h3>");
    }

    [Fact]
    public void ExportWritesAuthorDetailsUnderTheAuthorHeadingTheImportKept()
    {
        var hub = Fixture.Import("plain-utf8.md").Hub;

        var markdown = HubMarkdownExporter.Export(hub);

        markdown.Split('\n').Count(l => l == "## Author").ShouldBe(1);
        markdown.ShouldEndWith("## Author\n\nALX Africa\n\n---\n\n#ALX_SE #ALX_BE #ProDevBackend\n\n- **Name:** Grace\n- **Program:** ProDev Backend Engineering Learner\n");
    }
}
