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

    [Theory]
    [InlineData(1252)]
    [InlineData(1250)]
    [InlineData(1251)]
    [InlineData(1254)]
    [InlineData(1253)]
    [InlineData(1255)]
    [InlineData(1256)]
    [InlineData(1257)]
    [InlineData(1258)]
    [InlineData(10000)]
    public void ImportOfAMisreadCopyOfTheExportWithCrLfEqualsTheHub(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var generator = new HubGenerator(2000 + codePage, TestCatalogue.Instance);
        for (var i = 0; i < 50; i++)
        {
            var hub = generator.Next();
            var utf8 = Encoding.UTF8.GetBytes(HubMarkdownExporter.Export(hub));
            var misread = Encoding.GetEncoding(codePage).GetString(utf8).Replace("\n", "\r\n", StringComparison.Ordinal);

            var back = ReadmeImporter.Import(Encoding.UTF8.GetBytes(misread), TestCatalogue.Instance).Hub;

            if (!back.StructurallyEquals(hub))
                Assert.Fail($"Hub {i} misread as {codePage} did not come back.\n{HubDiff.Describe(hub, back)}");
        }
    }
}
