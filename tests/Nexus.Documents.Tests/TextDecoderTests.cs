using System.Text;

namespace Nexus.Documents.Tests;

public class TextDecoderTests
{
    private const string Text = "# Hub – ü 🚀\nline";

    [Fact]
    public void DecodeDropsTheUtf8ByteOrderMark()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)]);

        decoded.Text.ShouldBe(Text);
        decoded.BomRemoved.ShouldBeTrue();
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void DecodeReadsUtf16WithOrWithoutAByteOrderMark(bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, bom);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)];

        var decoded = TextDecoder.Decode(bytes);

        decoded.Text.ShouldBe(Text);
        decoded.Encoding.ShouldBe(bigEndian ? "utf-16be" : "utf-16le");
    }

    [Fact]
    public void DecodeReplacesInvalidUtf8BytesInOtherwiseUtf8Text()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("ü ok "), 0xFF, .. "!"u8];

        var decoded = TextDecoder.Decode(bytes);

        decoded.Text.ShouldBe("ü ok \uFFFD!");
        decoded.InvalidBytesReplaced.ShouldBe(1);
    }

    [Fact]
    public void DecodeReadsLegacyWindows1252FilesThatAreNotUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("Café – “quoted”");

        var decoded = TextDecoder.Decode(bytes);

        decoded.Text.ShouldBe("Café – “quoted”");
        decoded.Encoding.ShouldBe("windows-1252");
    }

    [Fact]
    public void NormalizeTurnsCrLfIntoLfExpandsTabsAndTrimsTrailingSpaces()
    {
        var result = TextNormalizer.Normalize("a  \r\n\tb\r\nc\t \r```\n\tcode\n```");

        result.Text.ShouldBe("a\n    b\nc\n```\n\tcode\n```");
        result.LineEndingsNormalized.ShouldBe(3);
        result.TabsExpanded.ShouldBe(2);
        result.TrailingWhitespaceTrimmed.ShouldBe(2);
    }
}
