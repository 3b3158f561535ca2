using System.Text;

namespace Nexus.Documents.Tests;

public class BadInputTests
{
    private static DocumentRejectedException Rejection(byte[] input, ImportLimits? limits = null) =>
        Should.Throw<DocumentRejectedException>(() => ReadmeImporter.Import(input, TestCatalogue.Instance, limits));

    [Fact]
    public void ImportRejectsAnEmptyFile()
    {
        Rejection([]).Code.ShouldBe("empty");
        Rejection(" \n\t\n"u8.ToArray()).Code.ShouldBe("empty");
    }

    [Fact]
    public void ImportRejectsABinaryFile()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0];

        var rejection = Rejection(png);

        rejection.Code.ShouldBe("binary");
        rejection.Message.ShouldBe("This looks like a binary file, not a Markdown README.");
    }

    [Fact]
    public void ImportRejectsAHundredMegabyteUploadBeforeReadingIt()
    {
        Rejection(new byte[100 * 1024 * 1024]).Code.ShouldBe("too-large");
    }

    [Fact]
    public void ImportRejectsAReadmeOfOneFiveMegabyteLine()
    {
        var line = Encoding.UTF8.GetBytes(new string('a', 5 * 1024 * 1024));

        Rejection(line).Code.ShouldBe("too-large");
        Rejection(line, new ImportLimits(MaxBytes: 10 * 1024 * 1024)).Code.ShouldBe("line-too-long");
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("> ")]
    [InlineData("1. ")]
    public void ImportRejectsTenThousandLevelsOfNestingOnOneLine(string marker)
    {
        var nested = string.Concat(Enumerable.Repeat(marker, 10_000)) + "deep";

        Rejection(Encoding.UTF8.GetBytes(nested)).Code.ShouldBe("too-deeply-nested");
    }

    [Fact]
    public void ImportRejectsListsNestedByIndentationThousandsOfLevelsDeep()
    {
        var lines = Enumerable.Range(0, 10_000).Select(i => new string(' ', Math.Min(i * 2, 60_000)) + "- item");

        var rejection = Rejection(Encoding.UTF8.GetBytes(string.Join('\n', lines)));

        rejection.Code.ShouldBeOneOf("too-deeply-nested", "too-large");
    }

    [Fact]
    public void SafeMarkdownRejectsNestingThatWouldOverflowTheRenderer()
    {
        Should.Throw<DocumentRejectedException>(() => SafeMarkdown.ToHtml(string.Concat(Enumerable.Repeat("> ", 10_000)) + "x"));
        Should.Throw<DocumentRejectedException>(() => SafeMarkdown.ToHtml(new string('[', 100_000)));
    }

    [Fact]
    public void ImportAcceptsInvalidUtf8AndReportsTheReplacedBytes()
    {
        byte[] bytes = [.. "# Hub ü\n\n## Overview\n\nbad "u8, 0xC3, 0x28, .. " byte\n"u8];

        var (hub, report) = ReadmeImporter.Import(bytes, TestCatalogue.Instance);

        hub.Sections.Single().Markdown.ShouldBe("bad \uFFFD( byte");
        report.Encoding.InvalidBytesReplaced.ShouldBe(1);
    }
}
