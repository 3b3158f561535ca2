using System.Text;

namespace Nexus.Documents.Tests;

public class MojibakeRepairerTests
{
    private const string Correct = "Café – naïve “quotes” ü ß ™ 🚀 déjà vu — Straße “é” ½ © Ärger Œuvre 👩‍💻";

    static MojibakeRepairerTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What a reader produces when it decodes UTF-8 bytes with the wrong code page.</summary>
    private static string Misread(string text, int codePage) => Encoding.GetEncoding(codePage).GetString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void RepairLeavesCorrectTextWithAccentsQuotesAndEmojiUnchanged()
    {
        var result = MojibakeRepairer.Repair(Correct);

        result.Text.ShouldBe(Correct);
        result.SequencesRepaired.ShouldBe(0);
        result.CodePage.ShouldBeNull();
    }

    [Theory]
    [InlineData(1252, "windows-1252")]
    [InlineData(1250, "windows-1250")]
    [InlineData(1251, "windows-1251")]
    [InlineData(1253, "windows-1253")]
    [InlineData(1254, "windows-1254")]
    [InlineData(1255, "windows-1255")]
    [InlineData(1256, "windows-1256")]
    [InlineData(1257, "windows-1257")]
    [InlineData(1258, "windows-1258")]
    [InlineData(10000, "macintosh")]
    public void RepairReversesUtf8MisreadAsACodePage(int codePage, string name)
    {
        var text = "Python – core language 🚀 and “smart quotes” — done ✅ 🧠";

        var result = MojibakeRepairer.Repair(Misread(text, codePage));

        result.Text.ShouldBe(text);
        result.CodePage.ShouldBe(name);
        result.Replacements.ShouldBe(0);
    }

    [Fact]
    public void RepairReversesMacRomanMojibakeOfDashesAndEmoji()
    {
        MojibakeRepairer.Repair("Python ‚Äì core üöÄ").Text.ShouldBe("Python – core 🚀");
    }

    [Fact]
    public void RepairReplacesOnlyTheSequencesThatLostABytes()
    {
        // 🤝 is F0 9F A4 9D; 0x9D is undefined in Windows-1252, so readers dropped it.
        var result = MojibakeRepairer.Repair("ðŸ¤ Authors â€“ thanks ðŸš€");

        result.Text.ShouldBe("\uFFFD Authors – thanks 🚀");
        result.SequencesRepaired.ShouldBe(2);
        result.Replacements.ShouldBe(1);
    }

    [Fact]
    public void RepairConsumesTheReplacementCharacterThatStoodForALostByte()
    {
        MojibakeRepairer.Repair("â€\uFFFD quoted â€“ dash").Text.ShouldBe("\uFFFD quoted – dash");
    }

    [Fact]
    public void RepairUndoesTextThatWasMisreadTwice()
    {
        var twice = Misread(Misread("Learn – grow 🚀", 1252), 1252);

        MojibakeRepairer.Repair(twice).Text.ShouldBe("Learn – grow 🚀");
    }

    [Fact]
    public void RepairFixesMojibakeButKeepsCorrectCharactersElsewhereInTheText()
    {
        var result = MojibakeRepairer.Repair("Café and naïve stay; â€“ becomes a dash; Ã© becomes é");

        result.Text.ShouldBe("Café and naïve stay; – becomes a dash; é becomes é");
    }

    [Fact]
    public void RepairRestoresBytesThatReadersMappedToC1Controls()
    {
        // Latin-1 readers turn the bytes of ” (E2 80 9D) into â, U+0080 and U+009D.
        MojibakeRepairer.Repair("say \u00E2\u0080\u009Dhi").Text.ShouldBe("say ”hi");
    }

    [Fact]
    public void RepairDropsTheLeadOfANoBreakSpaceThatBecameAPlainSpace()
    {
        MojibakeRepairer.Repair("Price:Â 5 â€“ ok").Text.ShouldBe("Price: 5 – ok");
    }
}
