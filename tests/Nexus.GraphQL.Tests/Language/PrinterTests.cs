using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Tests.Language;

public class PrinterTests
{
    [Fact]
    public void KitchenSinkQueryPrintsLikeGraphqlJs() =>
        Printer.Print(Parser.Parse(KitchenSink.Query)).ShouldBe(KitchenSink.PrintedQuery);

    [Fact]
    public void KitchenSinkSdlPrintsLikeGraphqlJs() =>
        Printer.Print(Parser.Parse(KitchenSink.Sdl)).ShouldBe(KitchenSink.PrintedSdl);

    [Fact]
    public void PrintedKitchenSinkReparsesToTheSamePrint()
    {
        var printed = Printer.Print(Parser.Parse(KitchenSink.PrintedQuery));
        printed.ShouldBe(KitchenSink.PrintedQuery);
        Printer.Print(Parser.Parse(KitchenSink.PrintedSdl)).ShouldBe(KitchenSink.PrintedSdl);
    }

    [Theory]
    [InlineData(KitchenSink.Query)]
    [InlineData(KitchenSink.Sdl)]
    public void PrintedDocumentsReparseToTheSameTree(string source)
    {
        var original = Parser.Parse(source);
        var reparsed = Parser.Parse(Printer.Print(original));
        TreeShape.Of(reparsed).ShouldBe(TreeShape.Of(original));
    }

    [Fact]
    public void LongArgumentListsWrapOntoSeparateLines()
    {
        var document = Parser.Parse("{ field(argumentNumberOne: \"aaaaaaaaaaaaaaaaaaaa\", argumentNumberTwo: \"bbbbbbbbbbbbbbbbbbbbbb\") }");
        Printer.Print(document).ShouldBe("""
            {
              field(
                argumentNumberOne: "aaaaaaaaaaaaaaaaaaaa"
                argumentNumberTwo: "bbbbbbbbbbbbbbbbbbbbbb"
              )
            }
            """);
    }

    [Fact]
    public void ExecutableDescriptionsPrintLikeGraphqlJs()
    {
        var document = Parser.Parse("\"desc\" query Q(\"vd\" $a: Int) { a } \"fd\" fragment F on T { b }");
        Printer.Print(document).ShouldBe("\"desc\"\nquery Q(\n\"vd\"\n$a: Int\n) {\n  a\n}\n\n\"fd\"\nfragment F on T {\n  b\n}");
    }

    [Fact]
    public void StringsEscapeControlCharactersQuotesAndBackslashes() =>
        Printer.PrintString("a\"b\\c\nd\u0001\u007F").ShouldBe("\"a\\\"b\\\\c\\nd\\u0001\\u007F\"");

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("ends with \"\"\"", "\"\"\"\nends with \\\"\"\"\n\"\"\"")]
    public void BlockStringsPrintWithGraphqlJsLineBreakRules(string value, string expected) =>
        BlockString.Print(value).ShouldBe(expected);
}
