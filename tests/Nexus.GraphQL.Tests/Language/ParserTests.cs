using Nexus.GraphQL.Language;

namespace Nexus.GraphQL.Tests.Language;

public class ParserTests
{
    private static GraphQLSyntaxError Fails(string source, ParserOptions? options = null) =>
        Should.Throw<GraphQLSyntaxError>(() => Parser.Parse(source, options));

    [Theory]
    [InlineData("{ a b", "Expected Name, found <EOF>.", 1, 6)]
    [InlineData("query { ...on }", "Expected Name, found \"}\".", 1, 15)]
    [InlineData("type T { a: [Int }", "Expected \"]\", found \"}\".", 1, 18)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("{ a(b: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("query Q($v: Int = $w) { a }", "Unexpected variable \"$w\" in constant value.", 1, 19)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("notAKeyword { a }", "Unexpected Name \"notAKeyword\".", 1, 1)]
    [InlineData("\"d\" extend type T @a", "Unexpected description, descriptions are not supported on type extensions.", 1, 1)]
    [InlineData("extend type T", "Unexpected <EOF>.", 1, 14)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("directive @d on NOWHERE", "Unexpected Name \"NOWHERE\".", 1, 17)]
    [InlineData("query\n  Q {\n    a(x: 00)\n  }", "Invalid number, unexpected digit after 0: \"0\".", 3, 11)]
    public void ReportsSyntaxErrorsWithLocations(string source, string message, int line, int column)
    {
        var error = Fails(source);
        error.Message.ShouldBe("Syntax Error: " + message);
        error.Location.ShouldBe(new SourceLocation(line, column));
    }

    [Fact]
    public void RejectsDocumentsWithTooManyTokens()
    {
        var error = Fails("{ a b c d e }", new ParserOptions { MaxTokens = 4 });
        error.Message.ShouldBe("Syntax Error: Document contains more than 4 tokens. Parsing aborted.");
    }

    [Fact]
    public void RejectsDocumentsNestedTooDeeply()
    {
        var source = string.Concat(Enumerable.Repeat("{ a ", 6)) + new string('}', 6);
        Fails(source, new ParserOptions { MaxDepth = 5 }).Message.ShouldContain("maximum nesting depth of 5");
        Should.NotThrow(() => Parser.Parse(source, new ParserOptions { MaxDepth = 6 }));
    }

    [Fact]
    public void RejectsDeeplyNestedListValues()
    {
        var source = "{ a(x: " + new string('[', 50) + new string(']', 50) + ") }";
        Fails(source, new ParserOptions { MaxDepth = 20 }).Message.ShouldContain("maximum nesting depth");
    }

    [Fact]
    public void RecordsLineAndColumnOnNodes()
    {
        var document = Parser.Parse("query Q {\n  alias: field(arg: 1)\n}");
        var operation = document.Definitions[0].ShouldBeOfType<OperationDefinitionNode>();
        var field = operation.SelectionSet.Selections[0].ShouldBeOfType<FieldNode>();
        field.Location.ShouldBe(new Location(12, 32, 2, 3));
        field.Alias!.Value.ShouldBe("alias");
        field.ResponseKey.ShouldBe("alias");
        field.Arguments[0].Value.ShouldBe(new IntValueNode("1") { Location = new Location(30, 31, 2, 21) });
    }

    [Fact]
    public void ParsesSdlIntoTypedDefinitions()
    {
        var document = Parser.Parse(KitchenSink.Sdl);
        var foo = document.Definitions.OfType<ObjectTypeDefinitionNode>().First();
        foo.Name.Value.ShouldBe("Foo");
        foo.Interfaces.Select(i => i.Name.Value).ShouldBe(["Bar", "Baz", "Two"]);
        foo.Description!.Value.ShouldBe("This is a description\nof the `Foo` type.");
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Single(d => d.Name.Value == "myRepeatableDir");
        repeatable.Repeatable.ShouldBeTrue();
        document.Definitions.OfType<TypeDefinitionNode>().Count(d => d.IsExtension).ShouldBe(11);
        document.Definitions.OfType<SchemaExtensionNode>().Count().ShouldBe(2);
    }

    [Fact]
    public void ParsesStandaloneValuesAndTypes()
    {
        Printer.Print(Parser.ParseValue("{a: [1, 2.5, \"s\", $v, ENUM, null, true]}"))
            .ShouldBe("{a: [1, 2.5, \"s\", $v, ENUM, null, true]}");
        Parser.ParseType("[String!]!").ShouldBeOfType<NonNullTypeNode>().Type.ShouldBeOfType<ListTypeNode>();
    }

    [Fact]
    public void TreeIsImmutableAndComparableByValue()
    {
        var a = Parser.ParseType("[Int]");
        var b = Parser.ParseType("[Int]");
        a.ShouldBe(b);
        (a with { Location = null }).ShouldNotBe(a);
    }
}
