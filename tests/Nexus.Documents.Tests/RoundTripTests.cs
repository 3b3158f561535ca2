using System.Text;

namespace Nexus.Documents.Tests;

public class RoundTripTests
{
    public static TheoryData<int> Batches() => new(Enumerable.Range(0, 10));

    [Theory]
    [MemberData(nameof(Batches))]
    public void ImportOfTheExportEqualsTheHubForGeneratedHubs(int batch)
    {
        var generator = new HubGenerator(1000 + batch, TestCatalogue.Instance);
        for (var i = 0; i < 40; i++)
        {
            var hub = generator.Next();
            var markdown = HubMarkdownExporter.Export(hub);

            var back = ReadmeImporter.Import(Encoding.UTF8.GetBytes(markdown), TestCatalogue.Instance).Hub;

            if (!back.StructurallyEquals(hub))
                Assert.Fail($"Hub {i} of batch {batch} changed on the round trip.\n{HubDiff.Describe(hub, back)}\n--- Markdown ---\n{markdown}");
            HubMarkdownExporter.Export(back).ShouldBe(markdown);
        }
    }

    [Fact]
    public void ImportOfTheExportEqualsTheHubForEveryImportedFixture()
    {
        foreach (var name in new[] { "plain-utf8.md", "mojibake-1254-lost-bytes.md", "challenge-blocks.md", "banner-tables-contact.md" })
        {
            var hub = Fixture.Import(name).Hub;
            var markdown = HubMarkdownExporter.Export(hub);

            var back = ReadmeImporter.Import(markdown, TestCatalogue.Instance).Hub;

            if (!back.StructurallyEquals(hub))
                Assert.Fail($"{name} changed on the round trip.\n{HubDiff.Describe(hub, back)}\n--- Markdown ---\n{markdown}");
        }
    }
}
