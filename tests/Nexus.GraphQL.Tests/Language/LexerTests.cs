using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Tests.Language;

public class LexerTests
{
    private static Token Single(string source)
    {
        var lexer = new Lexer(source);
        var token = lexer.Next();
        lexer.Next().Kind.ShouldBe(TokenKind.EndOfFile);
        return token;
    }

    private static GraphQLSyntaxError Fails(string source) =>
        Should.Throw<GraphQLSyntaxError>(() =>
        {
            var lexer = new Lexer(source);
            while (lexer.Next().Kind != TokenKind.EndOfFile)
            {
            }
        });

    [Fact]
    public void IgnoresByteOrderMarkWhitespaceCommasAndComments()
    {
        var token = Single("\uFEFF ,\t# comment\r\n  foo # trailing");
        token.ShouldBe(new Token(TokenKind.Name, 17, 20, 2, 3, "foo"));
    }

    [Fact]
    public void ReadsEveryPunctuator()
    {
        var lexer = new Lexer("! $ & ( ) ... : = @ [ ] { | }");
        var kinds = new List<TokenKind>();
        for (var token = lexer.Next(); token.Kind != TokenKind.EndOfFile; token = lexer.Next())
        {
            kinds.Add(token.Kind);
        }

        kinds.ShouldBe([TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenLeft, TokenKind.ParenRight,
            TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft, TokenKind.BracketRight,
            TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight]);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9007199254740993", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-1.5e-3", TokenKind.Float)]
    [InlineData("1E10", TokenKind.Float)]
    public void ReadsNumbers(string source, TokenKind kind)
    {
        var token = Single(source);
        token.Kind.ShouldBe(kind);
        token.Value.ShouldBe(source);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("0xF", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    public void RejectsMalformedNumbersAtTheOffendingCharacter(string source, string message, int column)
    {
        var error = Fails(source);
        error.Message.ShouldBe("Syntax Error: " + message);
        error.Location.ShouldBe(new SourceLocation(1, column));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"\\u00e9\"", "é")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"raw 😀 pair\"", "raw 😀 pair")]
    [InlineData("\"control \u0007 characters\"", "control \u0007 characters")]
    [InlineData("\"\\u{000041}\"", "A")]
    public void ReadsStringsWithEveryEscapeForm(string source, string value) =>
        Single(source).Value.ShouldBe(value);

    [Theory]
    [InlineData("\"\\uD83D\"", "Invalid Unicode escape sequence: \"\\uD83D\".")]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".")]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"no end", "Unterminated string.")]
    [InlineData("\"line\nbreak\"", "Unterminated string.")]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("..", "Unexpected character: \".\".")]
    public void RejectsInvalidStringsAndCharacters(string source, string message) =>
        Fails(source).Message.ShouldBe("Syntax Error: " + message);

    [Fact]
    public void RejectsLoneSurrogatesInSource() =>
        Fails("\"lone \uD800 surrogate\"").Message.ShouldBe("Syntax Error: Invalid character within String: U+D800.");

    [Fact]
    public void BlockStringStripsCommonIndentation()
    {
        var token = Single("\"\"\"\n\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"");
        token.Kind.ShouldBe(TokenKind.BlockString);
        token.Value.ShouldBe("Hello,\n  World!\n\nYours,\n  GraphQL.");
    }

    [Fact]
    public void BlockStringKeepsFirstLineIndentationAndEscapedTripleQuotes() =>
        Single("\"\"\"  first\n    second \\\"\"\" \"\"\"").Value.ShouldBe("  first\nsecond \"\"\" ");

    [Fact]
    public void BlockStringTreatsCarriageReturnsAsLineBreaks() =>
        Single("\"\"\"a\r\n  b\r  c\"\"\"").Value.ShouldBe("a\nb\nc");

    [Fact]
    public void BlockStringKeepsEscapesLiteral() =>
        Single("\"\"\"\\n \\u0041\"\"\"").Value.ShouldBe("\\n \\u0041");

    [Fact]
    public void TokensAfterBlockStringsHaveCorrectLines()
    {
        var lexer = new Lexer("\"\"\"a\nb\"\"\" name");
        lexer.Next();
        var name = lexer.Next();
        (name.Line, name.Column).ShouldBe((2, 6));
    }
}
