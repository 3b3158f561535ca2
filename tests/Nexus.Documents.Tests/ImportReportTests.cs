using System.Text;

namespace Nexus.Documents.Tests;

public class ImportReportTests
{
    private const string Readme = "# Hub\r\n\r\n## Technologies\r\n\r\n- **Docker** – images \r\n- Nomad\r\n\r\n## Weekly Standups\r\n\r\n\tCafé ü ß ™ “quotes” 🚀\r\n";

    [Fact]
    public void ImportReportsWhatEachHeadingBecameWithItemCounts()
    {
        var report = ReadmeImporter.Import(Readme, TestCatalogue.Instance).Report;

        report.Headings.ShouldBe(
        [
            new HeadingReport("Technologies", 2, "technologies", 2),
            new HeadingReport("Weekly Standups", 2, "custom", 0),
        ]);
        report.CustomSections.ShouldBe(["Weekly Standups"]);
        report.Technologies.ShouldBe([new TopicMatch("Docker", "docker"), new TopicMatch("Nomad", null)]);
        report.ProposedTechnologies.ShouldBe(1);
    }

    [Fact]
    public void ImportOfAUtf16ReadmeWithCrLfAndTabsNormalisesAndReportsIt()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Readme)).ToArray();

        var (hub, report) = ReadmeImporter.Import(bytes, TestCatalogue.Instance);

        hub.Sections[1].Markdown.ShouldBe("    Café ü ß ™ “quotes” 🚀");
        report.Encoding.ShouldSatisfyAllConditions(
            e => e.SourceEncoding.ShouldBe("utf-16le"),
            e => e.BomRemoved.ShouldBeTrue(),
            e => e.LineEndingsNormalized.ShouldBe(10),
            e => e.TabsExpanded.ShouldBe(1),
            e => e.TrailingWhitespaceTrimmed.ShouldBe(1),
            e => e.SequencesRepaired.ShouldBe(0),
            e => e.Repaired.ShouldBeFalse());
    }

    [Fact]
    public void ImportLeavesCorrectAccentsQuotesAndEmojiUntouched()
    {
        const string text = "# Café Ärger 🚀\n\n## Overview\n\nnaïve façade — “quoted” ‘single’ ü ß ™ © ½ 👩‍💻 Straße“ Zoë\n";

        var (hub, report) = ReadmeImporter.Import(Encoding.UTF8.GetBytes(text), TestCatalogue.Instance);

        hub.Title.ShouldBe("Café Ärger 🚀");
        hub.Sections.Single().Markdown.ShouldBe("naïve façade — “quoted” ‘single’ ü ß ™ © ½ 👩‍💻 Straße“ Zoë");
        report.Encoding.SequencesRepaired.ShouldBe(0);
    }
}
